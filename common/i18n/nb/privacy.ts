// Norske tekster (bokmål) om personvern: innsyn, lagringstid og unntak fra offentlighet.
export default {
  title: 'Personvern',
  anonymisedName: 'Anonymisert person',
  accessRequest: {
    heading: 'Innsyn i personopplysninger',
    intro:
      'Last ned alt Tillit har lagret om {{name}} som en fil, for eksempel når personen ber om innsyn etter artikkel 15 i personvernforordningen (GDPR). Nedlastingen registreres i endringsloggen.',
    anonymousData:
      'Anonyme opplysninger, som svar i medarbeiderundersøkelser og anonyme rapporter, er med vilje ikke knyttet til noen person. De kan derfor ikke tas med i innsynet.',
    download: 'Last ned innsyn',
    downloadFor: 'Last ned innsyn for {{name}}',
    fileTitle: 'Innsyn i personopplysninger om {{name}} fra Tillit',
    about:
      'Filen inneholder personopplysningene Tillit hadde lagret om personen da innsynet ble laget, én del for hver type opplysning, blant annet profil, roller, medlemskap med historikk, fullmakter personen har gjennom rollene sine, pålogginger, totrinnsbekreftelse, tilknyttede påloggingstjenester, varsler og e-post til personen, API-nøkler personen har opprettet, poster personen har merket som unntatt offentlighet, og hendelser i endringsloggen der personen har handlet eller er berørt. Passord, nøkler og koder blir aldri utlevert, heller ikke i kryptert form.',
    sections: {
      profile: 'Profil',
      roles: 'Roller i organisasjonen',
      memberships: 'Medlemskap i enheter, med historikk',
      mandates: 'Fullmakter personen har gjennom rollene sine',
      sessions: 'Pålogginger',
      secondFactor: 'Totrinnsbekreftelse',
      identities: 'Tilknyttede påloggingstjenester',
      apiTokens: 'API-nøkler personen har opprettet',
      notifications: 'Varsler til personen',
      emails: 'E-post til personen',
      confidentialMarkings: 'Poster personen har merket som unntatt offentlighet',
      audit: 'Hendelser i endringsloggen',
    },
  },
  retention: {
    title: 'Lagringstid',
    intro:
      'Her bestemmer du hvor lenge ulike typer opplysninger lagres. Hver natt slettes det som er blitt for gammelt, og hver sletting registreres i endringsloggen med hvor mye som ble fjernet.',
    nextRun: 'Neste sletting: {{time}}.',
    notPlanned: 'Slettingen kjøres hver natt.',
    days_one: '{{count}} dag',
    days_other: '{{count}} dager',
    fixed: 'Kan ikke endres.',
    range: 'Tillatt: {{minimum}}–{{maximum}} dager. Standard: {{default}} dager.',
    daysLabel: 'Lagres i antall dager',
    save: 'Lagre',
    saveFor: 'Lagre lagringstiden for {{name}}',
    saved: 'Lagringstiden for {{name}} er nå {{days}} dager.',
    changed: 'Endret {{time}} av {{name}}.',
    changedBySystem: 'Endret {{time}}.',
    usingDefault: 'Standardverdien gjelder.',
    classes: {
      sessionsExpired: {
        name: 'Utløpte pålogginger',
        description: 'Pålogginger slettes innen en time etter at de er utløpt.',
      },
      authThrottle: {
        name: 'Mislykkede påloggingsforsøk',
        description:
          'Tellere som sperrer pålogging etter for mange feilaktige forsøk. De inneholder bare hashverdier av konto og adresse.',
      },
      notificationsRead: {
        name: 'Leste varsler',
        description: 'Varsler mottakeren har lest. Uleste varsler lagres til de er lest.',
      },
      outboxSent: {
        name: 'Sendt e-post',
        description:
          'Kopier av sendt eller endelig mislykket e-post. De inneholder mottakerens adresse og teksten i meldingen.',
      },
      peopleDeactivated: {
        name: 'Personer som har sluttet',
        description:
          'Personer som har vært deaktivert så lenge, anonymiseres: navn, e-postadresse og stilling erstattes, og passord, tilknyttede påloggingstjenester, totrinnsbekreftelse, varsler og e-post slettes. ID-en blir stående, slik at historikken og endringsloggen henger sammen.',
      },
      auditLog: {
        name: 'Endringslogg',
        description:
          'Hendelser i endringsloggen. De eldste slettes i rekkefølge, og bare hvis kjeden av kontrollsummer er ubrutt.',
      },
    },
  },
  confidential: {
    tag: 'Unntatt offentlighet',
    mark: 'Merk som unntatt offentlighet',
    markDescription: 'Bare de som må se opplysningen, ser den. For alle andre finnes den ikke i lister eller søk.',
    reason: 'Hjemmel for unntak',
    reasonHint: 'For eksempel bestemmelsen i offentleglova som gjelder.',
    reasonShown: 'Unntatt offentlighet: {{reason}}',
  },
} as const;
