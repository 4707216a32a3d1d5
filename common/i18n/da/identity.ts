// Texts of sign-in with the organisation's identity provider (OpenID Connect) and connected accounts.
export default {
  title: 'Log ind med organisationens konto',
  signIn: {
    button: 'Log ind med {{name}}',
    or: 'Eller log ind med e-mailadresse og adgangskode:',
    errors: {
      denied: 'Login blev afbrudt hos logintjenesten. Du kan prøve igen.',
      expired: 'Login tog for lang tid eller blev startet i et andet vindue. Prøv igen.',
      failed:
        'Login via logintjenesten kunne ikke gennemføres. Prøv igen. Hvis fejlen bliver ved, så kontakt den, der administrerer Tillit.',
      notConnected:
        'Kontoen er ikke knyttet til Tillit. Log ind med din adgangskode én gang, og knyt kontoen til under Indstillinger, eller bed en administrator om hjælp.',
      inactive: 'Din konto i Tillit er deaktiveret. Kontakt en administrator, hvis du har brug for adgang til Tillit.',
      unavailable: 'Logintjenesten kan ikke nås lige nu. Prøv igen om lidt, eller log ind med din adgangskode.',
      notConfigured: 'Login via en logintjeneste er ikke sat op i Tillit.',
    },
  },
  connection: {
    heading: 'Tilknyttet konto',
    intro: 'Knyt din konto hos {{name}} til, så kan du logge ind i Tillit med den.',
    connected: 'Din konto hos {{name}} har været tilknyttet siden {{date}}.',
    lastUsed: 'Sidst brugt til login {{date}}.',
    neverUsed: 'Er ikke brugt til login endnu.',
    connect: 'Knyt konto hos {{name}} til',
    disconnect: 'Fjern tilknytningen',
    confirmTitle: 'Fjern tilknytningen af din konto hos {{name}}?',
    confirmText:
      'Du logger derefter ind med e-mailadresse og adgangskode. Sessioner, der er startet via kontoen, afsluttes. Du kan knytte kontoen til igen senere.',
    disconnected: 'Tilknytningen er fjernet.',
    outcomes: {
      linked: 'Kontoen er tilknyttet. Næste gang kan du logge ind med {{name}}.',
      taken:
        'Kontoen er allerede knyttet til en anden person i Tillit og blev derfor ikke knyttet til dig. Kontakt en administrator, hvis det er forkert.',
      denied: 'Tilknytningen blev afbrudt hos logintjenesten.',
      expired: 'Tilknytningen tog for lang tid, eller dit login blev ændret i mellemtiden. Prøv igen.',
      failed: 'Kontoen kunne ikke knyttes til. Prøv igen.',
      unavailable: 'Logintjenesten kan ikke nås lige nu. Prøv igen om lidt.',
    },
  },
  person: {
    heading: 'Konto hos logintjenesten',
    connected: 'Tilknyttet siden {{date}} ({{issuer}}).',
    none: 'Ingen konto er tilknyttet. Personen kan selv knytte sin konto til under Indstillinger.',
    remove: 'Fjern tilknytningen',
    confirmTitle: 'Fjern tilknytningen for {{name}}?',
    confirmText:
      'Personen kan så ikke længere logge ind med kontoen hos logintjenesten, og sessioner, der er startet med den, afsluttes med det samme. Personen kan knytte en konto til igen under Indstillinger.',
    removed: 'Tilknytningen for {{name}} er fjernet.',
  },
  cancel: 'Annuller',
  close: 'Luk',
};
