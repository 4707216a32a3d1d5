// Texts of sign-in with the organisation's identity provider (OpenID Connect) and connected accounts.
export default {
  title: 'Innlogging med virksomhetens konto',
  signIn: {
    button: 'Logg inn med {{name}}',
    or: 'Eller logg inn med e-postadresse og passord:',
    errors: {
      denied: 'Innloggingen ble avbrutt hos innloggingstjenesten. Du kan prøve igjen.',
      expired: 'Innloggingen tok for lang tid eller ble startet i et annet vindu. Prøv igjen.',
      failed:
        'Innloggingen via innloggingstjenesten kunne ikke fullføres. Prøv igjen. Hvis feilen vedvarer, kontakt den som administrerer Tillit.',
      notConnected:
        'Kontoen er ikke koblet til Tillit. Logg inn med passordet ditt én gang og koble til kontoen under Innstillinger, eller be en administrator om hjelp.',
      inactive: 'Kontoen din i Tillit er deaktivert. Kontakt en administrator hvis du trenger tilgang til Tillit.',
      unavailable:
        'Innloggingstjenesten kan ikke nås akkurat nå. Prøv igjen om litt, eller logg inn med passordet ditt.',
      notConfigured: 'Innlogging via en innloggingstjeneste er ikke satt opp i Tillit.',
    },
  },
  connection: {
    heading: 'Tilkoblet konto',
    intro: 'Koble til kontoen din hos {{name}}, så kan du logge inn i Tillit med den.',
    connected: 'Kontoen din hos {{name}} har vært tilkoblet siden {{date}}.',
    lastUsed: 'Sist brukt til innlogging {{date}}.',
    neverUsed: 'Er ikke brukt til innlogging ennå.',
    connect: 'Koble til konto hos {{name}}',
    disconnect: 'Koble fra kontoen',
    confirmTitle: 'Koble fra kontoen din hos {{name}}?',
    confirmText:
      'Du logger da inn med e-postadresse og passord. Økter som er startet via kontoen, avsluttes. Du kan koble til kontoen igjen senere.',
    disconnected: 'Kontoen er koblet fra.',
    outcomes: {
      linked: 'Kontoen er koblet til. Neste gang kan du logge inn med {{name}}.',
      taken:
        'Kontoen er allerede koblet til en annen person i Tillit og ble derfor ikke koblet til deg. Kontakt en administrator hvis dette er feil.',
      denied: 'Tilkoblingen ble avbrutt hos innloggingstjenesten.',
      expired: 'Tilkoblingen tok for lang tid, eller innloggingen din ble endret i mellomtiden. Prøv igjen.',
      failed: 'Kontoen kunne ikke kobles til. Prøv igjen.',
      unavailable: 'Innloggingstjenesten kan ikke nås akkurat nå. Prøv igjen om litt.',
    },
  },
  person: {
    heading: 'Konto hos innloggingstjenesten',
    connected: 'Tilkoblet siden {{date}} ({{issuer}}).',
    none: 'Ingen konto er tilkoblet. Personen kan selv koble til kontoen sin under Innstillinger.',
    remove: 'Fjern tilkoblingen',
    confirmTitle: 'Fjerne tilkoblingen for {{name}}?',
    confirmText:
      'Personen kan da ikke lenger logge inn med kontoen hos innloggingstjenesten, og økter som er startet med den, avsluttes med en gang. Personen kan koble til en konto igjen under Innstillinger.',
    removed: 'Tilkoblingen for {{name}} er fjernet.',
  },
  cancel: 'Avbryt',
  close: 'Lukk',
};
