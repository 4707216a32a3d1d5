// English texts on privacy: access requests, retention periods and confidential records.
export default {
  title: 'Privacy',
  anonymisedName: 'Anonymised person',
  accessRequest: {
    heading: 'Access request',
    intro:
      'Download everything Tillit holds about {{name}} as one file, for example when the person asks for access under Article 15 of the General Data Protection Regulation (GDPR). The download is recorded in the audit log.',
    anonymousData:
      'Anonymous data, such as answers to staff surveys and anonymous reports, is by design not linked to any person. It therefore cannot be part of this export.',
    download: 'Download access request',
    downloadFor: 'Download the access request for {{name}}',
    fileTitle: 'Personal data held by Tillit about {{name}}',
    about:
      'This file contains the personal data Tillit held about the person when it was produced, one part for each kind of data, among them profile, roles, memberships with their history, mandates the person holds through their roles, sign-ins, two-step verification, linked sign-in services, notifications and e-mails to the person, API tokens the person created, records the person marked confidential, and the audit log entries where the person acted or was concerned. Passwords, keys and codes are never included, not even in encrypted form.',
    sections: {
      profile: 'Profile',
      roles: 'Roles in the organisation',
      memberships: 'Memberships of units, with history',
      mandates: 'Mandates the person holds through their roles',
      sessions: 'Sign-ins',
      secondFactor: 'Two-step verification',
      identities: 'Linked sign-in services',
      apiTokens: 'API tokens the person created',
      notifications: 'Notifications to the person',
      emails: 'E-mails to the person',
      confidentialMarkings: 'Records the person marked confidential',
      audit: 'Audit log entries',
    },
  },
  retention: {
    title: 'Retention periods',
    intro:
      'Here you decide how long each kind of data is kept. Every night, what has become too old is deleted, and each clean-up is recorded in the audit log with how much was removed.',
    nextRun: 'Next clean-up: {{time}}.',
    notPlanned: 'The clean-up runs every night.',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    fixed: 'Cannot be changed.',
    range: 'Allowed: {{minimum}}–{{maximum}} days. Default: {{default}} days.',
    daysLabel: 'Kept for this many days',
    save: 'Save',
    saveFor: 'Save the retention period for {{name}}',
    saved: 'The retention period for {{name}} is now {{days}} days.',
    changed: 'Changed {{time}} by {{name}}.',
    changedBySystem: 'Changed {{time}}.',
    usingDefault: 'The default applies.',
    classes: {
      sessionsExpired: {
        name: 'Expired sign-ins',
        description: 'Sign-ins are deleted within an hour after they expire.',
      },
      authThrottle: {
        name: 'Failed sign-in attempts',
        description:
          'Counters that block signing in after too many wrong attempts. They hold only hashes of the account and the address.',
      },
      notificationsRead: {
        name: 'Read notifications',
        description: 'Notifications the recipient has read. Unread notifications are kept until they are read.',
      },
      outboxSent: {
        name: 'Sent e-mail',
        description:
          'Copies of e-mail that was sent or finally failed. They hold the recipient’s address and the text.',
      },
      peopleDeactivated: {
        name: 'People who have left',
        description:
          'People who have been deactivated this long are anonymised: their name, e-mail address and job title are replaced, and their password, linked sign-in services, two-step verification, notifications and e-mails are deleted. The id stays, so the history and the audit log still hold together.',
      },
      auditLog: {
        name: 'Audit log',
        description:
          'Entries in the audit log. The oldest are deleted in order, and only while the chain of checksums is unbroken.',
      },
    },
  },
  confidential: {
    tag: 'Confidential',
    mark: 'Mark as confidential',
    markDescription: 'Only those who need to see it will. For everyone else it is absent from lists and searches.',
    reason: 'Grounds for confidentiality',
    reasonHint: 'For example, the provision of the freedom of information law that applies.',
    reasonShown: 'Confidential: {{reason}}',
  },
} as const;
