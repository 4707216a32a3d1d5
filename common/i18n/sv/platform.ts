// Svenska texter för plattformens sidor (inloggning, första start, startsida, notiser,
// inställningar, tillgänglighetsredogörelse, granskningslogg) och för den gemensamma ramen.
export default {
  common: {
    loading: 'Laddar …',
    retry: 'Försök igen',
    networkError: 'Vi fick ingen kontakt med Tillit. Kontrollera din uppkoppling och försök igen.',
    serverError: 'Något gick fel hos oss. Försök igen om en stund.',
    backHome: 'Gå till startsidan',
  },
  form: {
    errorHeading: 'Rätta följande innan du går vidare',
  },
  language: {
    label: 'Språk',
  },
  layout: {
    skipToContent: 'Hoppa till huvudinnehållet',
    mainNav: 'Huvudmeny',
    menu: 'Meny',
    signOut: 'Logga ut',
    accessibilityStatement: 'Tillgänglighetsredogörelse',
    footerNote: 'Tillit – öppen programvara för tillitsbaserad styrning och ledning',
    unreadCount_one: '{{count}} oläst notis',
    unreadCount_other: '{{count}} olästa notiser',
  },
  nav: {
    home: 'Start',
    notifications: 'Notiser',
    settings: 'Inställningar',
    audit: 'Granskningslogg',
  },
  signIn: {
    title: 'Logga in',
    intro: 'Logga in med den e-postadress som din organisation har registrerat för dig.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
  },
  setup: {
    title: 'Kom igång med Tillit',
    intro:
      'Tillit är inte konfigurerat ännu. Ange organisationens namn och skapa den första administratören. Enheter och personer kan du lägga till efteråt.',
    organisationLegend: 'Organisation',
    organisationName: 'Organisationens namn',
    defaultLocale: 'Standardspråk',
    defaultLocaleDescription: 'Används i e-post och för alla som inte har valt ett eget språk.',
    adminLegend: 'Första administratören',
    adminDescription: 'Den här personen kan hantera organisationen och utse fler administratörer.',
    adminName: 'För- och efternamn',
    adminEmail: 'E-postadress',
    adminPassword: 'Lösenord',
    passwordRule:
      'Mellan 12 och 128 tecken. Några ord som inte hör ihop blir ett långt lösenord som är lätt att komma ihåg.',
    submit: 'Spara och logga in',
  },
  home: {
    title: 'Start',
    greeting: 'Hej {{name}}',
    needsMeHeading: 'Det här väntar på dig',
    needsMeEmpty:
      'Just nu väntar inget på dig. Här visas hinder som väntar på ditt svar, enkäter att besvara och städuppdrag för styrkrav.',
    due: 'Senast {{date}}',
    overdue: 'Försenad',
    unreadHeading: 'Olästa notiser',
    unreadEmpty: 'Du har inga olästa notiser.',
    allNotifications: 'Alla notiser',
    myUnitsHeading: 'Mina enheter',
    myUnitsEmpty: 'Du är inte med i någon enhet ännu.',
  },
  notifications: {
    title: 'Notiser',
    empty: 'Du har inga notiser.',
    unread: 'Oläst',
    markRead: 'Markera som läst',
    markAllRead: 'Markera alla som lästa',
    markedRead: 'Notisen är markerad som läst.',
    allMarkedRead: 'Alla notiser är markerade som lästa.',
    unknownKind: 'Du har fått en ny notis. Öppna den för att se mer.',
  },
  notificationKinds: {
    welcome: 'Välkommen till Tillit! Börja med att titta på vad som väntar på dig.',
    test: 'Det här är en testnotis. Kan du läsa den fungerar notiserna.',
    membershipAdded: 'Du har lagts till i {{unitName}}.',
  },
  email: {
    footer:
      'Du får det här mejlet eftersom du använder Tillit. Under Inställningar kan du välja mellan ett mejl per notis och en sammanfattning om dagen.',
    digestSubject: 'Nya notiser: {{count}}',
  },
  settings: {
    title: 'Inställningar',
    languageLegend: 'Språk',
    languageDescription: 'Språket i Tillit och i de mejl du får därifrån.',
    deliveryLegend: 'Notiser via e-post',
    deliveryDescription: 'Notiserna syns alltid i Tillit. Välj hur ofta du också vill få dem med e-post.',
    modes: {
      immediate: {
        label: 'Direkt',
        description: 'Ett mejl för varje notis, när den kommer.',
      },
      digest: {
        label: 'En gång om dagen',
        description: 'Ett enda mejl om dagen med alla nya notiser.',
      },
    },
    save: 'Spara inställningarna',
    saved: 'Dina inställningar är sparade.',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    yourOrganisation: 'din organisation',
    intro:
      'Den här redogörelsen gäller Tillit, den webbtjänst som {{organisation}} använder för tillitsbaserad styrning och ledning. Vi vill att alla ska kunna använda tjänsten, oavsett funktionsförmåga och vilken enhet man använder.',
    statusHeading: 'Förenlighet med lagkraven',
    statusText:
      'Vi bedömer att Tillit är helt förenlig med lagen (2018:1937) om tillgänglighet till digital offentlig service, det vill säga nivå AA i WCAG 2.1 enligt den europeiska standarden EN 301 549, så långt vi har kunnat testa. Bedömningen är en självskattning som ännu inte har granskats av någon extern part. Vad testerna inte täcker beskrivs nedan.',
    testedHeading: 'Så har vi testat',
    testedIntro: 'Varje ny version av Tillit kontrolleras på följande sätt innan den släpps:',
    testedAutomated:
      'Automatiska granskningar med axe mot framgångskriterierna i WCAG 2.1 nivå A och AA, i en riktig webbläsare, på alla sidor som ingår i våra testflöden.',
    testedKeyboard:
      'Tangentbordskontroller: allt går att göra utan mus, fokus syns alltid och flyttas till den nya sidans rubrik när du byter sida.',
    testedReflow:
      'Anpassning till 320 CSS-pixlars bredd (som på en liten mobil eller vid 400 procents förstoring) utan att man behöver skrolla i sidled.',
    testedDesignSystem:
      'Komponenter, färger och fokusmarkeringar kommer från Designsystemet, den norska offentliga sektorns designsystem, som själv är testat för tillgänglighet.',
    limitationsHeading: 'Kända brister',
    limitationsKnown: 'Vi känner i dag inte till något innehåll som inte uppfyller kraven.',
    limitationsUntested:
      'Automatiska tester hittar inte allt. Vi har ännu inte testat Tillit manuellt med skärmläsare (till exempel NVDA, JAWS, VoiceOver eller TalkBack) eller med röststyrning, så där kan det finnas problem kvar. Berätta gärna för oss om du stöter på något.',
    reportHeading: 'Anmäl brister eller be om ett annat format',
    reportText:
      'Om något i Tillit inte fungerar för dig, eller om du behöver information i ett annat format, kontakta {{organisation}}, till exempel via din chef eller den som administrerar Tillit. Beskriv vad du försökte göra och gärna vilken enhet, webbläsare och vilka hjälpmedel du använder.',
    enforcementHeading: 'Tillsyn',
    enforcementIntro:
      'Om du inte är nöjd med hur din synpunkt har hanterats kan du vända dig till tillsynsmyndigheten.',
    enforcement: {
      se: 'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service.',
      no: 'I Norge har Tilsynet for universell utforming av ikt (Uu-tilsynet) tillsyn över kraven.',
      dk: 'I Danmark har Digitaliseringsstyrelsen tillsyn över lagen om webbtillgänglighet.',
    },
    enforcementLink: {
      se: 'Anmäl bristande tillgänglighet till Digg',
      no: 'Kontakta Uu-tilsynet',
      dk: 'Kontakta Digitaliseringsstyrelsen',
    },
    aboutHeading: 'Om redogörelsen',
    aboutText:
      'Redogörelsen upprättades den {{date}} och bygger på en självskattning av dem som utvecklar Tillit. Den ses över när tjänsten ändras på ett sätt som påverkar tillgängligheten, och minst en gång om året.',
  },
  audit: {
    title: 'Granskningslogg',
    intro: 'Här registreras varje ändring av organisationens uppgifter: vem som gjorde vad, med vilken post och när.',
    filterLabel: 'Filtrera granskningsloggen',
    entityType: 'Typ av post',
    entityTypeHint: 'Till exempel unit, person eller mandate.',
    entityId: 'Postens id',
    filter: 'Filtrera',
    clear: 'Rensa filtret',
    tableLabel: 'Händelser i granskningsloggen',
    time: 'Tid',
    actor: 'Vem',
    action: 'Händelse',
    entity: 'Post',
    changes: 'Ändringar',
    system: 'Ingen inloggad användare',
    none: 'Inga händelser matchar filtret.',
    count_one: 'Visar {{count}} händelse.',
    count_other: 'Visar {{count}} händelser.',
    limited_one: 'Visar den senaste händelsen. Avgränsa filtret för att se äldre.',
    limited_other: 'Visar de {{count}} senaste händelserna. Avgränsa filtret för att se äldre.',
    showChanges_one: 'Visa {{count}} ändring',
    showChanges_other: 'Visa {{count}} ändringar',
    noChanges: 'Inga ändrade fält',
    field: 'Fält',
    before: 'Före',
    after: 'Efter',
    value: 'Värde',
    empty: '(tomt)',
  },
  forbidden: {
    title: 'Du har inte behörighet till den här sidan',
    text: 'Sidan är bara till för administratörer. Om du behöver komma åt den, fråga en administratör i din organisation.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du letar efter finns inte, eller så har den flyttats. Kontrollera adressen eller gå tillbaka till startsidan.',
  },
  errorPage: {
    title: 'Något gick fel',
    text: 'Sidan kunde inte visas på grund av ett fel. Ladda om sidan för att försöka igen. Om felet finns kvar, kontakta den som administrerar Tillit.',
    staleText: 'Tillit har precis uppdaterats. Ladda om sidan för att få den senaste versionen.',
    reload: 'Ladda om sidan',
  },
} as const;
