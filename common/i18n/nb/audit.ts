// The audit log's hash chain: the integrity check on the audit page and the auditors' own page.
export default {
  title: 'Endringslogg',
  nav: 'Kontroll av loggen',
  seq: {
    column: 'Nr.',
    unsealed: 'Ennå ikke i kjeden',
  },
  integrity: {
    pageTitle: 'Kontroll av endringsloggen',
    pageIntro:
      'Her kan du som revisor kontrollere at endringsloggen ikke er endret i ettertid. Selve loggen kan bare administratorer lese.',
    forbidden: 'Siden er bare for administratorer og revisorer.',
    heading: 'Kontroller at loggen er uendret',
    intro:
      'Hver hendelse i loggen får en kontrollsum som regnes ut fra hendelsen og fra kontrollsummen til hendelsen før. Slik danner hendelsene en kjede. Hvis noen endrer, sletter eller flytter hendelser direkte i databasen, stemmer ikke kontrollsummene lenger, og kontrollen viser hvor kjeden brytes. Hver kontroll registreres i loggen.',
    compareLegend: 'Sammenlign med en kontrollsum du har skrevet ned (valgfritt)',
    compareDescription: 'Fyll inn nummeret på hendelsen og kontrollsummen fra en tidligere kontroll.',
    seq: 'Nummeret på hendelsen',
    hash: 'Kontrollsum',
    check: 'Kontroller loggen',
    checking: 'Kontrollerer…',
    ok_one: 'Loggen er uendret. Kjeden er hel: {{count}} hendelse ble kontrollert.',
    ok_other: 'Loggen er uendret. Kjeden er hel: {{count}} hendelser ble kontrollert.',
    broken: 'Loggen er endret. Kjeden brytes ved hendelse nummer {{seq}}.',
    whatIsWrong: 'Hva som er galt',
    kinds: {
      gap: 'Hendelsen mangler. Den er slettet eller flyttet ut av kjeden.',
      prevHash: 'Hendelsen henger ikke sammen med hendelsen før. Hendelser har byttet plass eller er byttet ut.',
      hash: 'Innholdet i hendelsen stemmer ikke med kontrollsummen. Hendelsen er endret.',
      head: 'Kjeden slutter ikke der den sluttet forrige gang. De siste hendelsene er slettet eller skrevet om, eller det er lagt til hendelser utenfor kjeden.',
    },
    entries: 'Kontrollerte hendelser',
    unsealed: 'Hendelser som ennå ikke er i kjeden',
    pruned: 'Hendelser slettet etter oppbevaringsreglene',
    prunedValue: 'Nummer 1–{{seq}}',
    head: 'Siste hendelse i kjeden',
    headValue: 'Nummer {{seq}}',
    headHash: 'Kontrollsum for hendelse {{seq}}',
    checkedAt: 'Kontrollert',
    noted: {
      match:
        'Kontrollsummen du skrev ned for hendelse {{seq}}, stemmer. Loggen fram til den hendelsen er den samme som da du skrev den ned.',
      differs:
        'Kontrollsummen du skrev ned for hendelse {{seq}}, stemmer ikke. Loggen fram til den hendelsen er skrevet om siden da.',
      unknown:
        'Hendelse {{seq}} kan ikke sammenlignes. Den er slettet etter oppbevaringsreglene eller finnes ikke ennå.',
    },
    writeDownHeading: 'Skriv ned kontrollsummen',
    writeDown:
      'Kontrollen viser at kjeden henger sammen. Den kan ikke alene vise at ingen har skrevet om slutten av loggen og regnet ut kontrollsummene på nytt. Skriv derfor ned nummeret og kontrollsummen for den siste hendelsen et sted utenfor Tillit, for eksempel i en protokoll eller i en e-post til revisorene. Fyll dem inn ved en senere kontroll. Stemmer de ikke, er loggen skrevet om.',
  },
};
