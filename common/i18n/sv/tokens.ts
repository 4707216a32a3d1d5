// Svenska texter för administratörens sida om API-nycklar för integrationer.
export default {
  title: 'API-nycklar',
  intro:
    'Med en API-nyckel kan ett annat system, till exempel lönesystemet eller ett rapportverktyg, läsa eller ändra organisationen i Tillit utan att någon loggar in. Nyckeln agerar i ditt namn men får bara göra det du kryssar i, och alla ändringar hamnar i granskningsloggen.',
  create: {
    heading: 'Skapa en API-nyckel',
    name: 'Namn',
    nameDescription:
      'Skriv vilket system som ska använda nyckeln, så att det syns vad som slutar fungera om den återkallas.',
    scopesLegend: 'Vad får nyckeln göra?',
    scopesDescription: 'Välj bara det som systemet behöver.',
    scopesRequired: 'Välj minst en behörighet.',
    expires: 'Gäller till och med',
    expiresDescription: 'Högst ett år framåt. Lämna fältet tomt om nyckeln ska gälla tills den återkallas.',
    submit: 'Skapa nyckel',
  },
  scopes: {
    orgRead: {
      label: 'Läsa organisationen',
      description: 'Enheter, personer, medlemskap och delegationsordningen, och export som CSV.',
    },
    orgWrite: {
      label: 'Ändra organisationen',
      description:
        'Skapa, ändra och inaktivera enheter och personer, ändra medlemskap, roller och delegationsordningen, och importera CSV. Ge det bara till system ni litar på lika mycket som på en administratör.',
    },
  },
  created: {
    heading: 'Kopiera nyckeln nu',
    warning:
      'Nyckeln visas bara den här gången. Tillit sparar den inte och kan inte visa den igen. Förvara den som ett lösenord, till exempel bland systemets hemliga inställningar, och skicka den aldrig med e-post eller i en chatt.',
    label: 'API-nyckel för {{name}}',
    usage: 'Systemet skickar nyckeln i rubriken Authorization: Bearer följt av nyckeln.',
    copy: 'Kopiera nyckeln',
    copied: 'Nyckeln är kopierad.',
    copyFailed:
      'Det gick inte att kopiera automatiskt. Nyckeln är markerad, så du kan kopiera den med Ctrl+C (⌘+C på Mac).',
    done: 'Jag har sparat nyckeln',
  },
  list: {
    heading: 'Nycklar',
    tableLabel: 'Alla API-nycklar',
    none: 'Det finns inga API-nycklar ännu.',
    name: 'Namn',
    scopes: 'Får göra',
    status: 'Status',
    createdBy: 'Skapad av',
    lastUsed: 'Senast använd',
    expires: 'Gäller till och med',
    actions: 'Åtgärd',
    never: 'Aldrig',
    noExpiry: 'Tills den återkallas',
    revoke: 'Återkalla',
  },
  status: {
    active: 'Aktiv',
    expired: 'Har gått ut',
    revoked: 'Återkallad',
    suspended: 'Vilande',
  },
  suspendedHint: 'Den som skapade nyckeln är inte längre aktiv administratör. Nyckeln fungerar igen om hen blir det.',
  revoke: {
    title: 'Återkalla {{name}}?',
    text: 'System som använder nyckeln förlorar åtkomsten direkt. Det går inte att ångra, men du kan skapa en ny nyckel.',
    confirm: 'Återkalla nyckeln',
    cancel: 'Avbryt',
    close: 'Stäng',
    done: 'Nyckeln {{name}} är återkallad.',
  },
};
