// Danske tekster om databeskyttelse: indsigt, opbevaringsperioder og fortrolige oplysninger.
export default {
  title: 'Databeskyttelse',
  anonymisedName: 'Anonymiseret person',
  accessRequest: {
    heading: 'Indsigt i personoplysninger',
    intro:
      'Hent alt, hvad Tillit har gemt om {{name}}, som en fil, for eksempel når personen beder om indsigt efter artikel 15 i databeskyttelsesforordningen (GDPR). Hentningen registreres i ændringsloggen.',
    anonymousData:
      'Anonyme oplysninger, som svar i medarbejderundersøgelser og anonyme indberetninger, er med vilje ikke knyttet til nogen person. De kan derfor ikke komme med i indsigten.',
    download: 'Hent indsigt',
    downloadFor: 'Hent indsigt for {{name}}',
    fileTitle: 'Indsigt i personoplysninger om {{name}} fra Tillit',
    about:
      'Filen indeholder de personoplysninger, Tillit havde gemt om personen, da indsigten blev lavet, én del for hver slags oplysning, blandt andet profil, roller, medlemskaber med historik, beføjelser, personen har gennem sine roller, logins, totrinsbekræftelse, tilknyttede logintjenester, notifikationer og e-mails til personen, API-nøgler, personen har oprettet, poster, personen har markeret som fortrolige, og hændelser i ændringsloggen, hvor personen har handlet eller er berørt. Adgangskoder, nøgler og koder udleveres aldrig, heller ikke i krypteret form.',
    sections: {
      profile: 'Profil',
      roles: 'Roller i organisationen',
      memberships: 'Medlemskaber af enheder, med historik',
      mandates: 'Beføjelser, personen har gennem sine roller',
      sessions: 'Logins',
      secondFactor: 'Totrinsbekræftelse',
      identities: 'Tilknyttede logintjenester',
      apiTokens: 'API-nøgler, personen har oprettet',
      notifications: 'Notifikationer til personen',
      emails: 'E-mails til personen',
      confidentialMarkings: 'Poster, personen har markeret som fortrolige',
      audit: 'Hændelser i ændringsloggen',
    },
  },
  retention: {
    title: 'Opbevaringsperioder',
    intro:
      'Her bestemmer du, hvor længe forskellige slags oplysninger gemmes. Hver nat slettes det, der er blevet for gammelt, og hver sletning registreres i ændringsloggen med, hvor meget der blev fjernet.',
    nextRun: 'Næste sletning: {{time}}.',
    notPlanned: 'Sletningen kører hver nat.',
    days_one: '{{count}} dag',
    days_other: '{{count}} dage',
    fixed: 'Kan ikke ændres.',
    range: 'Tilladt: {{minimum}}–{{maximum}} dage. Standard: {{default}} dage.',
    daysLabel: 'Gemmes i antal dage',
    save: 'Gem',
    saveFor: 'Gem opbevaringsperioden for {{name}}',
    saved: 'Opbevaringsperioden for {{name}} er nu {{days}} dage.',
    changed: 'Ændret {{time}} af {{name}}.',
    changedBySystem: 'Ændret {{time}}.',
    usingDefault: 'Standardværdien gælder.',
    classes: {
      sessionsExpired: {
        name: 'Udløbne logins',
        description: 'Logins slettes inden for en time, efter at de er udløbet.',
      },
      authThrottle: {
        name: 'Mislykkede loginforsøg',
        description:
          'Tællere, der spærrer for login efter for mange forkerte forsøg. De indeholder kun hashværdier af konto og adresse.',
      },
      notificationsRead: {
        name: 'Læste notifikationer',
        description: 'Notifikationer, som modtageren har læst. Ulæste notifikationer gemmes, til de er læst.',
      },
      outboxSent: {
        name: 'Sendte e-mails',
        description:
          'Kopier af sendte eller endeligt mislykkede e-mails. De indeholder modtagerens adresse og beskedens tekst.',
      },
      peopleDeactivated: {
        name: 'Personer, der er fratrådt',
        description:
          'Personer, der har været deaktiveret så længe, anonymiseres: navn, e-mailadresse og stilling erstattes, og adgangskode, tilknyttede logintjenester, totrinsbekræftelse, notifikationer og e-mails slettes. Id’et bliver stående, så historikken og ændringsloggen hænger sammen.',
      },
      auditLog: {
        name: 'Ændringslog',
        description:
          'Hændelser i ændringsloggen. De ældste slettes i rækkefølge, og kun hvis kæden af kontrolsummer er ubrudt.',
      },
    },
  },
  confidential: {
    tag: 'Fortrolig',
    mark: 'Markér som fortrolig',
    markDescription:
      'Kun de, der skal se oplysningen, kan se den. For alle andre findes den ikke i lister eller søgninger.',
    reason: 'Begrundelse for fortrolighed',
    reasonHint: 'For eksempel den bestemmelse i offentlighedsloven, der gælder.',
    reasonShown: 'Fortrolig: {{reason}}',
  },
} as const;
