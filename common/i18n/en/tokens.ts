// English texts for the administrators' page about API tokens for integrations.
export default {
  title: 'API tokens',
  intro:
    'An API token lets another system, such as the payroll system or a reporting tool, read or change the organisation in Tillit without anyone signing in. The token acts on your behalf but may only do what you tick, and every change is recorded in the audit log.',
  create: {
    heading: 'Create an API token',
    name: 'Name',
    nameDescription: 'Say which system will use the token, so it is clear what stops working if it is revoked.',
    scopesLegend: 'What may the token do?',
    scopesDescription: 'Choose only what the system needs.',
    scopesRequired: 'Choose at least one permission.',
    expires: 'Valid until and including',
    expiresDescription: 'At most one year ahead. Leave the field empty for a token that is valid until it is revoked.',
    submit: 'Create token',
  },
  scopes: {
    orgRead: {
      label: 'Read the organisation',
      description: 'Units, people, memberships and delegations, and export as CSV.',
    },
    orgWrite: {
      label: 'Change the organisation',
      description:
        'Create, change and deactivate units and people, change memberships, roles and delegations, and import CSV. Give it only to systems you trust as much as an administrator.',
    },
  },
  created: {
    heading: 'Copy the token now',
    warning:
      'The token is shown this once only. Tillit does not keep it and cannot show it again. Store it like a password, for example among the system’s secret settings, and never send it by e-mail or in a chat.',
    label: 'API token for {{name}}',
    usage: 'The system sends the token in the Authorization header: Bearer followed by the token.',
    copy: 'Copy the token',
    copied: 'The token has been copied.',
    copyFailed:
      'The token could not be copied automatically. It is selected, so you can copy it with Ctrl+C (⌘+C on a Mac).',
    done: 'I have saved the token',
  },
  list: {
    heading: 'Tokens',
    tableLabel: 'All API tokens',
    none: 'There are no API tokens yet.',
    name: 'Name',
    scopes: 'May',
    status: 'Status',
    createdBy: 'Created by',
    lastUsed: 'Last used',
    expires: 'Valid until',
    actions: 'Action',
    never: 'Never',
    noExpiry: 'Until revoked',
    revoke: 'Revoke',
  },
  status: {
    active: 'Active',
    expired: 'Expired',
    revoked: 'Revoked',
    suspended: 'Suspended',
  },
  suspendedHint:
    'The person who created the token is no longer an active administrator. The token works again if they become one.',
  revoke: {
    title: 'Revoke {{name}}?',
    text: 'Systems that use the token lose access straight away. This cannot be undone, but you can create a new token.',
    confirm: 'Revoke the token',
    cancel: 'Cancel',
    close: 'Close',
    done: 'The token {{name}} has been revoked.',
  },
};
