// Svenska texter om integritet: registerutdrag, lagringstider och sekretessmarkering.
export default {
  title: 'Integritet',
  anonymisedName: 'Anonymiserad person',
  accessRequest: {
    heading: 'Registerutdrag',
    intro:
      'Ladda ned allt som Tillit har sparat om {{name}} som en fil, till exempel när personen begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Nedladdningen registreras i granskningsloggen.',
    anonymousData:
      'Anonyma uppgifter, som svar i medarbetarenkäter och anonyma rapporter, är med avsikt inte kopplade till någon person. De kan därför inte tas med i utdraget.',
    download: 'Ladda ned registerutdrag',
    downloadFor: 'Ladda ned registerutdrag för {{name}}',
    fileTitle: 'Registerutdrag för {{name}} ur Tillit',
    about:
      'Filen innehåller de personuppgifter som Tillit hade sparat om personen när utdraget togs fram, en del för varje slags uppgift, bland annat profil, roller, medlemskap med historik, mandat som personen har genom sina roller, inloggningar, tvåstegsverifiering, kopplade inloggningstjänster, notiser och e-post till personen, API-nycklar som personen har skapat, poster som personen har sekretessmarkerat och granskningsloggens händelser där personen har agerat eller berörs. Lösenord, nycklar och koder lämnas aldrig ut, inte heller i krypterad form.',
    sections: {
      profile: 'Profil',
      roles: 'Roller i organisationen',
      memberships: 'Medlemskap i enheter, med historik',
      mandates: 'Mandat som personen har genom sina roller',
      sessions: 'Inloggningar',
      secondFactor: 'Tvåstegsverifiering',
      identities: 'Kopplade inloggningstjänster',
      apiTokens: 'API-nycklar som personen har skapat',
      notifications: 'Notiser till personen',
      emails: 'E-post till personen',
      confidentialMarkings: 'Poster som personen har sekretessmarkerat',
      audit: 'Händelser i granskningsloggen',
    },
  },
  retention: {
    title: 'Lagringstider',
    intro:
      'Här bestämmer du hur länge olika slags uppgifter sparas. Varje natt raderas det som har blivit för gammalt, och varje rensning registreras i granskningsloggen med hur mycket som togs bort.',
    nextRun: 'Nästa rensning: {{time}}.',
    notPlanned: 'Rensningen körs varje natt.',
    days_one: '{{count}} dag',
    days_other: '{{count}} dagar',
    fixed: 'Går inte att ändra.',
    range: 'Tillåtet: {{minimum}}–{{maximum}} dagar. Förval: {{default}} dagar.',
    daysLabel: 'Sparas i antal dagar',
    save: 'Spara',
    saveFor: 'Spara lagringstiden för {{name}}',
    saved: 'Lagringstiden för {{name}} är nu {{days}} dagar.',
    changed: 'Ändrad {{time}} av {{name}}.',
    changedBySystem: 'Ändrad {{time}}.',
    usingDefault: 'Förvalt värde gäller.',
    classes: {
      sessionsExpired: {
        name: 'Utgångna inloggningar',
        description: 'Inloggningar raderas inom en timme efter att de har gått ut.',
      },
      authThrottle: {
        name: 'Misslyckade inloggningsförsök',
        description:
          'Räknare som spärrar inloggning efter för många felaktiga försök. De innehåller bara hashvärden av konto och adress.',
      },
      notificationsRead: {
        name: 'Lästa notiser',
        description: 'Notiser som mottagaren har läst. Olästa notiser sparas tills de har lästs.',
      },
      outboxSent: {
        name: 'Skickad e-post',
        description:
          'Kopior av skickad eller slutligt misslyckad e-post. De innehåller mottagarens adress och meddelandets text.',
      },
      peopleDeactivated: {
        name: 'Personer som har slutat',
        description:
          'Personer som har varit inaktiverade så länge anonymiseras: namn, e-postadress och befattning ersätts, och lösenord, kopplade inloggningstjänster, tvåstegsverifiering, notiser och e-post tas bort. Id:t finns kvar så att historiken och granskningsloggen hänger ihop.',
      },
      auditLog: {
        name: 'Granskningslogg',
        description:
          'Händelser i granskningsloggen. De äldsta raderas i tur och ordning, och bara om kedjan av kontrollsummor är obruten.',
      },
    },
  },
  confidential: {
    tag: 'Sekretess',
    mark: 'Sekretessmarkera',
    markDescription:
      'Bara de som behöver se uppgiften ser den. För alla andra finns den inte i listor eller sökningar.',
    reason: 'Skäl för sekretess',
    reasonHint: 'Till exempel bestämmelsen i offentlighets- och sekretesslagen (OSL) som gäller.',
    reasonShown: 'Sekretess: {{reason}}',
  },
} as const;
