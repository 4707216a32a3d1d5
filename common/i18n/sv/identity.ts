// Texts of sign-in with the organisation's identity provider (OpenID Connect) and connected accounts.
export default {
  title: 'Inloggning via organisationens konto',
  signIn: {
    button: 'Logga in med {{name}}',
    or: 'Eller logga in med e-postadress och lösenord:',
    errors: {
      denied: 'Inloggningen avbröts hos inloggningstjänsten. Du kan försöka igen.',
      expired: 'Inloggningen tog för lång tid eller påbörjades i ett annat fönster. Försök igen.',
      failed:
        'Inloggningen via inloggningstjänsten kunde inte slutföras. Försök igen. Om felet finns kvar, kontakta den som administrerar Tillit.',
      notConnected:
        'Kontot är inte kopplat till Tillit. Logga in med ditt lösenord en gång och koppla kontot under Inställningar, eller be en administratör om hjälp.',
      inactive: 'Ditt konto i Tillit är inaktiverat. Kontakta en administratör om du behöver komma åt Tillit.',
      unavailable:
        'Inloggningstjänsten går inte att nå just nu. Försök igen om en stund, eller logga in med ditt lösenord.',
      notConfigured: 'Inloggning via en inloggningstjänst är inte inställd i Tillit.',
    },
  },
  connection: {
    heading: 'Kopplat konto',
    intro: 'Koppla ditt konto hos {{name}} så kan du logga in i Tillit med det.',
    connected: 'Ditt konto hos {{name}} är kopplat sedan {{date}}.',
    lastUsed: 'Senast använt för inloggning {{date}}.',
    neverUsed: 'Har inte använts för inloggning ännu.',
    connect: 'Koppla konto hos {{name}}',
    disconnect: 'Koppla bort kontot',
    confirmTitle: 'Koppla bort ditt konto hos {{name}}?',
    confirmText:
      'Du loggar sedan in med e-postadress och lösenord. Sessioner som har startats via kontot avslutas. Du kan koppla kontot igen senare.',
    disconnected: 'Kontot är bortkopplat.',
    outcomes: {
      linked: 'Kontot är kopplat. Nästa gång kan du logga in med {{name}}.',
      taken:
        'Kontot är redan kopplat till en annan person i Tillit och kopplades därför inte till dig. Kontakta en administratör om det är fel.',
      denied: 'Kopplingen avbröts hos inloggningstjänsten.',
      expired: 'Kopplingen tog för lång tid eller så ändrades din inloggning under tiden. Försök igen.',
      failed: 'Kontot kunde inte kopplas. Försök igen.',
      unavailable: 'Inloggningstjänsten går inte att nå just nu. Försök igen om en stund.',
    },
  },
  person: {
    heading: 'Konto hos inloggningstjänsten',
    connected: 'Kopplat sedan {{date}} ({{issuer}}).',
    none: 'Inget konto är kopplat. Personen kan själv koppla sitt konto under Inställningar.',
    remove: 'Ta bort kopplingen',
    confirmTitle: 'Ta bort kopplingen för {{name}}?',
    confirmText:
      'Personen kan då inte längre logga in med kontot hos inloggningstjänsten, och sessioner som har startats med det avslutas direkt. Personen kan koppla ett konto igen under Inställningar.',
    removed: 'Kopplingen för {{name}} är borttagen.',
  },
  cancel: 'Avbryt',
  close: 'Stäng',
};
