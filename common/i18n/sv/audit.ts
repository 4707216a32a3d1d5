// The audit log's hash chain: the integrity check on the audit page and the auditors' own page.
export default {
  title: 'Granskningslogg',
  nav: 'Kontroll av loggen',
  seq: {
    column: 'Nr',
    unsealed: 'Ännu inte i kedjan',
  },
  integrity: {
    pageTitle: 'Kontroll av granskningsloggen',
    pageIntro:
      'Här kan du som revisor kontrollera att granskningsloggen inte har ändrats i efterhand. Själva loggen kan bara administratörer läsa.',
    forbidden: 'Sidan är bara till för administratörer och revisorer.',
    heading: 'Kontrollera att loggen är oförändrad',
    intro:
      'Varje händelse i loggen får en kontrollsumma som räknas fram ur händelsen och ur kontrollsumman för händelsen före. Händelserna bildar på så sätt en kedja. Om någon ändrar, tar bort eller flyttar händelser direkt i databasen stämmer kontrollsummorna inte längre, och kontrollen visar var kedjan bryts. Varje kontroll registreras i loggen.',
    compareLegend: 'Jämför med en kontrollsumma du har skrivit ner (frivilligt)',
    compareDescription: 'Fyll i händelsens nummer och kontrollsumman från en tidigare kontroll.',
    seq: 'Händelsens nummer',
    hash: 'Kontrollsumma',
    check: 'Kontrollera loggen',
    checking: 'Kontrollerar…',
    ok_one: 'Loggen är oförändrad. Kedjan är hel: {{count}} händelse kontrollerades.',
    ok_other: 'Loggen är oförändrad. Kedjan är hel: {{count}} händelser kontrollerades.',
    broken: 'Loggen har ändrats. Kedjan bryts vid händelse nummer {{seq}}.',
    whatIsWrong: 'Vad som är fel',
    kinds: {
      gap: 'Händelsen saknas. Den har tagits bort eller flyttats ut ur kedjan.',
      prevHash: 'Händelsen hänger inte ihop med händelsen före. Händelser har bytt plats eller bytts ut.',
      hash: 'Händelsens innehåll stämmer inte med dess kontrollsumma. Händelsen har ändrats.',
      head: 'Kedjan slutar inte där den slutade förra gången. De senaste händelserna har tagits bort eller skrivits om, eller så har händelser lagts till utanför kedjan.',
    },
    entries: 'Kontrollerade händelser',
    unsealed: 'Händelser som ännu inte är i kedjan',
    pruned: 'Gallrade händelser',
    prunedValue: 'Nummer 1–{{seq}}',
    head: 'Senaste händelsen i kedjan',
    headValue: 'Nummer {{seq}}',
    headHash: 'Kontrollsumma för händelse {{seq}}',
    checkedAt: 'Kontrollerad',
    noted: {
      match:
        'Kontrollsumman du skrev ner för händelse {{seq}} stämmer. Loggen fram till den händelsen är densamma som när du skrev ner den.',
      differs:
        'Kontrollsumman du skrev ner för händelse {{seq}} stämmer inte. Loggen fram till den händelsen har skrivits om sedan dess.',
      unknown: 'Händelse {{seq}} går inte att jämföra. Den har gallrats eller finns inte ännu.',
    },
    writeDownHeading: 'Skriv ner kontrollsumman',
    writeDown:
      'Kontrollen visar att kedjan hänger ihop. Den kan inte ensam visa att ingen har skrivit om slutet av loggen och räknat om kontrollsummorna. Skriv därför ner numret och kontrollsumman för den senaste händelsen någonstans utanför Tillit, till exempel i ett protokoll eller i ett e-postmeddelande till revisorerna. Fyll i dem vid en senare kontroll. Stämmer de inte har loggen skrivits om.',
  },
};
