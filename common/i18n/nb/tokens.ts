// Norske tekster (bokmål) for administratorens side om API-nøkler for integrasjoner.
export default {
  title: 'API-nøkler',
  intro:
    'Med en API-nøkkel kan et annet system, for eksempel lønnssystemet eller et rapportverktøy, lese eller endre organisasjonen i Tillit uten at noen logger inn. Nøkkelen handler på dine vegne, men får bare gjøre det du krysser av for, og alle endringer havner i endringsloggen.',
  create: {
    heading: 'Opprett en API-nøkkel',
    name: 'Navn',
    nameDescription:
      'Skriv hvilket system som skal bruke nøkkelen, slik at det går fram hva som slutter å virke hvis den trekkes tilbake.',
    scopesLegend: 'Hva får nøkkelen gjøre?',
    scopesDescription: 'Velg bare det systemet trenger.',
    scopesRequired: 'Velg minst én tilgang.',
    expires: 'Gyldig til og med',
    expiresDescription:
      'Høyst ett år fram i tid. La feltet stå tomt hvis nøkkelen skal gjelde til den trekkes tilbake.',
    submit: 'Opprett nøkkel',
  },
  scopes: {
    orgRead: {
      label: 'Lese organisasjonen',
      description: 'Enheter, personer, medlemskap og delegasjonsreglementet, og eksport som CSV.',
    },
    orgWrite: {
      label: 'Endre organisasjonen',
      description:
        'Opprette, endre og deaktivere enheter og personer, endre medlemskap, roller og delegasjonsreglementet, og importere CSV. Gi det bare til systemer dere stoler like mye på som på en administrator.',
    },
  },
  created: {
    heading: 'Kopier nøkkelen nå',
    warning:
      'Nøkkelen vises bare denne ene gangen. Tillit lagrer den ikke og kan ikke vise den igjen. Oppbevar den som et passord, for eksempel blant systemets hemmelige innstillinger, og send den aldri på e-post eller i en chat.',
    label: 'API-nøkkel for {{name}}',
    usage: 'Systemet sender nøkkelen i overskriften Authorization: Bearer etterfulgt av nøkkelen.',
    copy: 'Kopier nøkkelen',
    copied: 'Nøkkelen er kopiert.',
    copyFailed:
      'Det gikk ikke å kopiere automatisk. Nøkkelen er merket, så du kan kopiere den med Ctrl+C (⌘+C på Mac).',
    done: 'Jeg har lagret nøkkelen',
  },
  list: {
    heading: 'Nøkler',
    tableLabel: 'Alle API-nøkler',
    none: 'Det finnes ingen API-nøkler ennå.',
    name: 'Navn',
    scopes: 'Får gjøre',
    status: 'Status',
    createdBy: 'Opprettet av',
    lastUsed: 'Sist brukt',
    expires: 'Gyldig til og med',
    actions: 'Handling',
    never: 'Aldri',
    noExpiry: 'Til den trekkes tilbake',
    revoke: 'Trekk tilbake',
  },
  status: {
    active: 'Aktiv',
    expired: 'Utløpt',
    revoked: 'Trukket tilbake',
    suspended: 'Hvilende',
  },
  suspendedHint:
    'Den som opprettet nøkkelen, er ikke lenger aktiv administrator. Nøkkelen virker igjen hvis vedkommende blir det.',
  revoke: {
    title: 'Trekke tilbake {{name}}?',
    text: 'Systemer som bruker nøkkelen, mister tilgangen med en gang. Det kan ikke angres, men du kan opprette en ny nøkkel.',
    confirm: 'Trekk tilbake nøkkelen',
    cancel: 'Avbryt',
    close: 'Lukk',
    done: 'Nøkkelen {{name}} er trukket tilbake.',
  },
};
