// The audit log's hash chain: the integrity check on the audit page and the auditors' own page.
export default {
  title: 'Ændringslog',
  nav: 'Kontrol af loggen',
  seq: {
    column: 'Nr.',
    unsealed: 'Endnu ikke i kæden',
  },
  integrity: {
    pageTitle: 'Kontrol af ændringsloggen',
    pageIntro:
      'Her kan du som revisor kontrollere, at ændringsloggen ikke er blevet ændret bagefter. Selve loggen kan kun administratorer læse.',
    forbidden: 'Siden er kun for administratorer og revisorer.',
    heading: 'Kontrollér, at loggen er uændret',
    intro:
      'Hver hændelse i loggen får en kontrolsum, som beregnes ud fra hændelsen og ud fra kontrolsummen for hændelsen før. På den måde danner hændelserne en kæde. Hvis nogen ændrer, sletter eller flytter hændelser direkte i databasen, passer kontrolsummerne ikke længere, og kontrollen viser, hvor kæden brydes. Hver kontrol registreres i loggen.',
    compareLegend: 'Sammenlign med en kontrolsum, du har skrevet ned (valgfrit)',
    compareDescription: 'Udfyld hændelsens nummer og kontrolsummen fra en tidligere kontrol.',
    seq: 'Hændelsens nummer',
    hash: 'Kontrolsum',
    check: 'Kontrollér loggen',
    checking: 'Kontrollerer…',
    ok_one: 'Loggen er uændret. Kæden er hel: {{count}} hændelse blev kontrolleret.',
    ok_other: 'Loggen er uændret. Kæden er hel: {{count}} hændelser blev kontrolleret.',
    broken: 'Loggen er blevet ændret. Kæden brydes ved hændelse nummer {{seq}}.',
    whatIsWrong: 'Hvad der er galt',
    kinds: {
      gap: 'Hændelsen mangler. Den er blevet slettet eller flyttet ud af kæden.',
      prevHash: 'Hændelsen hænger ikke sammen med hændelsen før. Hændelser har byttet plads eller er blevet udskiftet.',
      hash: 'Hændelsens indhold passer ikke med dens kontrolsum. Hændelsen er blevet ændret.',
      head: 'Kæden slutter ikke der, hvor den sluttede sidste gang. De seneste hændelser er blevet slettet eller skrevet om, eller der er tilføjet hændelser uden for kæden.',
    },
    entries: 'Kontrollerede hændelser',
    unsealed: 'Hændelser, der endnu ikke er i kæden',
    pruned: 'Hændelser slettet efter opbevaringsreglerne',
    prunedValue: 'Nummer 1–{{seq}}',
    head: 'Seneste hændelse i kæden',
    headValue: 'Nummer {{seq}}',
    headHash: 'Kontrolsum for hændelse {{seq}}',
    checkedAt: 'Kontrolleret',
    noted: {
      match:
        'Den kontrolsum, du skrev ned for hændelse {{seq}}, passer. Loggen frem til den hændelse er den samme, som da du skrev den ned.',
      differs:
        'Den kontrolsum, du skrev ned for hændelse {{seq}}, passer ikke. Loggen frem til den hændelse er blevet skrevet om siden da.',
      unknown:
        'Hændelse {{seq}} kan ikke sammenlignes. Den er slettet efter opbevaringsreglerne eller findes ikke endnu.',
    },
    writeDownHeading: 'Skriv kontrolsummen ned',
    writeDown:
      'Kontrollen viser, at kæden hænger sammen. Den kan ikke alene vise, at ingen har skrevet slutningen af loggen om og beregnet kontrolsummerne igen. Skriv derfor nummeret og kontrolsummen for den seneste hændelse ned et sted uden for Tillit, fx i en protokol eller i en e-mail til revisorerne. Udfyld dem ved en senere kontrol. Passer de ikke, er loggen blevet skrevet om.',
  },
};
