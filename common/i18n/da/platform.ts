// Danske tekster til platformens sider (log ind, første opsætning, forside, notifikationer,
// indstillinger, tilgængelighedserklæring, log over ændringer) og til den fælles ramme.
export default {
  common: {
    loading: 'Indlæser …',
    retry: 'Prøv igen',
    networkError: 'Vi kunne ikke få forbindelse til Tillit. Tjek din internetforbindelse, og prøv igen.',
    serverError: 'Noget gik galt hos os. Prøv igen om lidt.',
    backHome: 'Gå til forsiden',
  },
  form: {
    errorHeading: 'Ret følgende, før du går videre',
  },
  language: {
    label: 'Sprog',
  },
  layout: {
    skipToContent: 'Gå til hovedindholdet',
    mainNav: 'Hovedmenu',
    menu: 'Menu',
    signOut: 'Log ud',
    accessibilityStatement: 'Tilgængelighedserklæring',
    footerNote: 'Tillit – open source-software til tillidsbaseret styring og ledelse',
    unreadCount_one: '{{count}} ulæst notifikation',
    unreadCount_other: '{{count}} ulæste notifikationer',
  },
  nav: {
    home: 'Forside',
    notifications: 'Notifikationer',
    settings: 'Indstillinger',
    audit: 'Ændringslog',
  },
  signIn: {
    title: 'Log ind',
    intro: 'Log ind med den e-mailadresse, som din organisation har registreret for dig.',
    email: 'E-mailadresse',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
  },
  setup: {
    title: 'Kom i gang med Tillit',
    intro:
      'Tillit er ikke sat op endnu. Giv organisationen et navn, og opret den første administrator. Enheder og personer kan du tilføje bagefter.',
    organisationLegend: 'Organisation',
    organisationName: 'Organisationens navn',
    defaultLocale: 'Standardsprog',
    defaultLocaleDescription: 'Bruges i e-mails og for alle, der ikke har valgt deres eget sprog.',
    adminLegend: 'Første administrator',
    adminDescription: 'Denne person kan administrere organisationen og udpege flere administratorer.',
    adminName: 'Fulde navn',
    adminEmail: 'E-mailadresse',
    adminPassword: 'Adgangskode',
    passwordRule:
      'Mellem 12 og 128 tegn. Nogle ord, der ikke hænger sammen, giver en lang adgangskode, der er nem at huske.',
    submit: 'Gem og log ind',
  },
  home: {
    title: 'Forside',
    greeting: 'Hej {{name}}',
    needsMeHeading: 'Det venter på dig',
    needsMeEmpty:
      'Lige nu venter der ikke noget på dig. Her vises forhindringer, der venter på dit svar, spørgeskemaer, du skal besvare, og oprydningsopgaver for styringskrav.',
    due: 'Frist {{date}}',
    overdue: 'Overskredet',
    unreadHeading: 'Ulæste notifikationer',
    unreadEmpty: 'Du har ingen ulæste notifikationer.',
    allNotifications: 'Alle notifikationer',
    myUnitsHeading: 'Mine enheder',
    myUnitsEmpty: 'Du er ikke med i nogen enhed endnu.',
  },
  notifications: {
    title: 'Notifikationer',
    empty: 'Du har ingen notifikationer.',
    unread: 'Ulæst',
    markRead: 'Markér som læst',
    markAllRead: 'Markér alle som læst',
    markedRead: 'Notifikationen er markeret som læst.',
    allMarkedRead: 'Alle notifikationer er markeret som læst.',
    unknownKind: 'Du har fået en ny notifikation. Åbn den for at se mere.',
  },
  notificationKinds: {
    welcome: 'Velkommen til Tillit! Start med at se, hvad der venter på dig.',
    test: 'Dette er en testnotifikation. Kan du læse den, virker notifikationerne.',
    membershipAdded: 'Du er blevet tilføjet til {{unitName}}.',
  },
  email: {
    footer:
      'Du får denne e-mail, fordi du bruger Tillit. Under Indstillinger kan du vælge mellem én e-mail pr. notifikation og ét samlet overblik om dagen.',
    digestSubject: 'Nye notifikationer: {{count}}',
  },
  settings: {
    title: 'Indstillinger',
    languageLegend: 'Sprog',
    languageDescription: 'Sproget i Tillit og i de e-mails, du får derfra.',
    deliveryLegend: 'Notifikationer på e-mail',
    deliveryDescription: 'Notifikationerne vises altid i Tillit. Vælg, hvor ofte du også vil have dem på e-mail.',
    modes: {
      immediate: {
        label: 'Med det samme',
        description: 'Én e-mail for hver notifikation, når den kommer.',
      },
      digest: {
        label: 'Én gang om dagen',
        description: 'Én samlet e-mail om dagen med alle nye notifikationer.',
      },
    },
    save: 'Gem indstillingerne',
    saved: 'Dine indstillinger er gemt.',
  },
  accessibility: {
    title: 'Tilgængelighedserklæring',
    yourOrganisation: 'din organisation',
    intro:
      'Denne erklæring gælder Tillit, den webtjeneste, som {{organisation}} bruger til tillidsbaseret styring og ledelse. Vi ønsker, at alle kan bruge tjenesten, uanset funktionsevne og hvilken enhed de bruger.',
    statusHeading: 'Overholdelsesstatus',
    statusText:
      'Vi vurderer, at Tillit overholder WCAG 2.1 niveau AA, som er kravet i den europæiske standard EN 301 549, fuldt ud, så vidt vi har kunnet teste. Vurderingen er vores egen og er endnu ikke efterprøvet af en ekstern part. Hvad testene ikke dækker, står nedenfor.',
    testedHeading: 'Sådan har vi testet',
    testedIntro: 'Hver ny version af Tillit bliver kontrolleret på disse måder, før den tages i brug:',
    testedAutomated:
      'Automatiske scanninger med axe mod succeskriterierne i WCAG 2.1 niveau A og AA, i en rigtig browser, på alle sider i vores testforløb.',
    testedKeyboard:
      'Tastaturtest: alt kan gøres uden mus, fokus er altid synligt og flyttes til den nye sides overskrift, når du skifter side.',
    testedReflow:
      'Tilpasning til en bredde på 320 CSS-pixels (som på en lille mobil eller ved 400 procents forstørrelse), uden at man skal rulle vandret.',
    testedDesignSystem:
      'Komponenter, farver og fokusmarkeringer kommer fra Designsystemet, den norske offentlige sektors designsystem, som selv er testet for tilgængelighed.',
    limitationsHeading: 'Kendte begrænsninger',
    limitationsKnown: 'Vi kender i dag ikke til indhold, der ikke lever op til kravene.',
    limitationsUntested:
      'Automatiske test fanger ikke alt. Vi har endnu ikke testet Tillit manuelt med skærmlæsere (fx NVDA, JAWS, VoiceOver eller TalkBack) eller med talestyring, så der kan stadig være problemer. Sig endelig til, hvis du støder på noget.',
    reportHeading: 'Meld et problem, eller bed om et andet format',
    reportText:
      'Hvis noget i Tillit ikke virker for dig, eller du har brug for information i et andet format, så kontakt {{organisation}}, fx via din leder eller den, der administrerer Tillit. Beskriv, hvad du prøvede at gøre, og gerne hvilken enhed, browser og hvilke hjælpemidler du bruger.',
    enforcementHeading: 'Tilsyn',
    enforcementIntro:
      'Hvis du ikke er tilfreds med svaret på din henvendelse, kan du kontakte tilsynsmyndigheden. Offentlige organisationer i Danmark offentliggør desuden deres officielle tilgængelighedserklæring via Digitaliseringsstyrelsens WAS-Tool.',
    enforcement: {
      se: 'I Sverige fører Myndigheten för digital förvaltning (Digg) tilsyn med loven om tilgængelighed til digital offentlig service.',
      no: 'I Norge fører Tilsynet for universell utforming av ikt (Uu-tilsynet) tilsyn med kravene.',
      dk: 'Digitaliseringsstyrelsen fører tilsyn med webtilgængelighedsloven.',
    },
    enforcementLink: {
      se: 'Anmeld manglende tilgængelighed til Digg',
      no: 'Kontakt Uu-tilsynet',
      dk: 'Kontakt Digitaliseringsstyrelsen om manglende tilgængelighed',
    },
    aboutHeading: 'Om erklæringen',
    aboutText:
      'Erklæringen blev udarbejdet den {{date}} på grundlag af en selvevaluering foretaget af dem, der udvikler Tillit. Den gennemgås, når tjenesten ændres på en måde, der påvirker tilgængeligheden, og mindst én gang om året.',
  },
  audit: {
    title: 'Ændringslog',
    intro: 'Her registreres hver ændring af organisationens data: hvem der gjorde hvad, ved hvilken post og hvornår.',
    filterLabel: 'Filtrér ændringsloggen',
    entityType: 'Type post',
    entityTypeHint: 'Fx unit, person eller mandate.',
    entityId: 'Postens id',
    filter: 'Filtrér',
    clear: 'Nulstil filteret',
    tableLabel: 'Hændelser i ændringsloggen',
    time: 'Tidspunkt',
    actor: 'Hvem',
    action: 'Hændelse',
    entity: 'Post',
    changes: 'Ændringer',
    system: 'Ingen bruger logget ind',
    none: 'Ingen hændelser passer til filteret.',
    count_one: 'Viser {{count}} hændelse.',
    count_other: 'Viser {{count}} hændelser.',
    limited_one: 'Viser den seneste hændelse. Indsnævr filteret for at se ældre.',
    limited_other: 'Viser de {{count}} seneste hændelser. Indsnævr filteret for at se ældre.',
    showChanges_one: 'Vis {{count}} ændring',
    showChanges_other: 'Vis {{count}} ændringer',
    noChanges: 'Ingen ændrede felter',
    field: 'Felt',
    before: 'Før',
    after: 'Efter',
    value: 'Værdi',
    empty: '(tom)',
  },
  forbidden: {
    title: 'Du har ikke adgang til denne side',
    text: 'Siden er kun for administratorer. Hvis du har brug for adgang, så spørg en administrator i din organisation.',
  },
  notFound: {
    title: 'Siden findes ikke',
    text: 'Den side, du leder efter, findes ikke, eller den er flyttet. Tjek adressen, eller gå tilbage til forsiden.',
  },
  errorPage: {
    title: 'Noget gik galt',
    text: 'Siden kunne ikke vises på grund af en fejl. Genindlæs siden for at prøve igen. Hvis fejlen fortsætter, så kontakt den, der administrerer Tillit.',
    staleText: 'Tillit er lige blevet opdateret. Genindlæs siden for at få den nyeste version.',
    reload: 'Genindlæs siden',
  },
} as const;
