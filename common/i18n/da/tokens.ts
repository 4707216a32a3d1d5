// Danske tekster til administratorens side om API-nøgler til integrationer.
export default {
  title: 'API-nøgler',
  intro:
    'Med en API-nøgle kan et andet system, for eksempel lønsystemet eller et rapportværktøj, læse eller ændre organisationen i Tillit, uden at nogen logger ind. Nøglen handler på dine vegne, men må kun det, du sætter kryds ved, og alle ændringer kommer med i ændringsloggen.',
  create: {
    heading: 'Opret en API-nøgle',
    name: 'Navn',
    nameDescription:
      'Skriv, hvilket system der skal bruge nøglen, så det fremgår, hvad der holder op med at virke, hvis den tilbagekaldes.',
    scopesLegend: 'Hvad må nøglen?',
    scopesDescription: 'Vælg kun det, systemet har brug for.',
    scopesRequired: 'Vælg mindst én adgang.',
    expires: 'Gælder til og med',
    expiresDescription: 'Højst et år frem. Lad feltet stå tomt, hvis nøglen skal gælde, indtil den tilbagekaldes.',
    submit: 'Opret nøgle',
  },
  scopes: {
    orgRead: {
      label: 'Læse organisationen',
      description: 'Enheder, personer, medlemskaber og delegationsplanen samt eksport som CSV.',
    },
    orgWrite: {
      label: 'Ændre organisationen',
      description:
        'Oprette, ændre og deaktivere enheder og personer, ændre medlemskaber, roller og delegationsplanen samt importere CSV. Giv det kun til systemer, I stoler lige så meget på som på en administrator.',
    },
  },
  created: {
    heading: 'Kopiér nøglen nu',
    warning:
      'Nøglen vises kun denne ene gang. Tillit gemmer den ikke og kan ikke vise den igen. Opbevar den som en adgangskode, for eksempel blandt systemets hemmelige indstillinger, og send den aldrig med e-mail eller i en chat.',
    label: 'API-nøgle til {{name}}',
    usage: 'Systemet sender nøglen i headeren Authorization: Bearer efterfulgt af nøglen.',
    copy: 'Kopiér nøglen',
    copied: 'Nøglen er kopieret.',
    copyFailed:
      'Nøglen kunne ikke kopieres automatisk. Den er markeret, så du kan kopiere den med Ctrl+C (⌘+C på Mac).',
    done: 'Jeg har gemt nøglen',
  },
  list: {
    heading: 'Nøgler',
    tableLabel: 'Alle API-nøgler',
    none: 'Der er ingen API-nøgler endnu.',
    name: 'Navn',
    scopes: 'Må',
    status: 'Status',
    createdBy: 'Oprettet af',
    lastUsed: 'Senest brugt',
    expires: 'Gælder til og med',
    actions: 'Handling',
    never: 'Aldrig',
    noExpiry: 'Indtil den tilbagekaldes',
    revoke: 'Tilbagekald',
  },
  status: {
    active: 'Aktiv',
    expired: 'Udløbet',
    revoked: 'Tilbagekaldt',
    suspended: 'Hvilende',
  },
  suspendedHint:
    'Den, der oprettede nøglen, er ikke længere aktiv administrator. Nøglen virker igen, hvis vedkommende bliver det.',
  revoke: {
    title: 'Tilbagekald {{name}}?',
    text: 'Systemer, der bruger nøglen, mister adgangen med det samme. Det kan ikke fortrydes, men du kan oprette en ny nøgle.',
    confirm: 'Tilbagekald nøglen',
    cancel: 'Annuller',
    close: 'Luk',
    done: 'Nøglen {{name}} er tilbagekaldt.',
  },
};
