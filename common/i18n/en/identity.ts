// Texts of sign-in with the organisation's identity provider (OpenID Connect) and connected accounts.
export default {
  title: 'Sign-in with your organisation account',
  signIn: {
    button: 'Sign in with {{name}}',
    or: 'Or sign in with your e-mail address and password:',
    errors: {
      denied: 'Sign-in was cancelled at the sign-in service. You can try again.',
      expired: 'Sign-in took too long or was started in another window. Please try again.',
      failed:
        'Sign-in through the sign-in service could not be completed. Please try again. If it keeps happening, contact whoever administers Tillit.',
      notConnected:
        'This account is not connected to Tillit. Sign in with your password once and connect it under Settings, or ask an administrator for help.',
      inactive: 'Your Tillit account has been deactivated. Contact an administrator if you need access to Tillit.',
      unavailable: 'The sign-in service cannot be reached right now. Try again later, or sign in with your password.',
      notConfigured: 'Sign-in through a sign-in service is not set up in Tillit.',
    },
  },
  connection: {
    heading: 'Connected account',
    intro: 'Connect your account at {{name}} to sign in to Tillit with it.',
    connected: 'Your account at {{name}} has been connected since {{date}}.',
    lastUsed: 'Last used to sign in on {{date}}.',
    neverUsed: 'Not used to sign in yet.',
    connect: 'Connect account at {{name}}',
    disconnect: 'Disconnect the account',
    confirmTitle: 'Disconnect your account at {{name}}?',
    confirmText:
      'You will then sign in with your e-mail address and password. Sessions started with the account will end. You can connect the account again later.',
    disconnected: 'The account has been disconnected.',
    outcomes: {
      linked: 'The account is connected. Next time you can sign in with {{name}}.',
      taken:
        'That account is already connected to another person in Tillit, so it was not connected to you. Contact an administrator if this is wrong.',
      denied: 'Connecting was cancelled at the sign-in service.',
      expired: 'Connecting took too long, or your sign-in changed in the meantime. Please try again.',
      failed: 'The account could not be connected. Please try again.',
      unavailable: 'The sign-in service cannot be reached right now. Try again later.',
    },
  },
  person: {
    heading: 'Sign-in service account',
    connected: 'Connected since {{date}} ({{issuer}}).',
    none: 'No account is connected. The person can connect their account themselves under Settings.',
    remove: 'Remove the connection',
    confirmTitle: 'Remove the connection for {{name}}?',
    confirmText:
      'The person will no longer be able to sign in with the sign-in service account, and sessions started with it end at once. They can connect an account again under Settings.',
    removed: 'The connection for {{name}} has been removed.',
  },
  cancel: 'Cancel',
  close: 'Close',
};
