// Row types of every table, shared by all repos. Timestamps are ISO-8601 UTC strings and
// booleans are 0/1 integers so that SQLite and PostgreSQL return the same shapes.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationTable {
  id: string;
  name: string;
  default_locale: string;
  created_at: string;
  /** Working days a signal's handling unit has for a first answer. */
  signal_answer_days: Generated<number>;
  /** SE, NO or DK: whose public holidays are not working days (migration 009); null: from the
   *  default language. */
  signal_holiday_country: string | null;
}

export interface UnitTable {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: string;
  description: string;
  active: number;
  created_at: string;
  updated_at: string;
  deactivated_at: string | null;
}

export interface PersonTable {
  id: string;
  email: string;
  name: string;
  title: string;
  locale: string | null;
  notification_mode: string;
  password_hash: string | null;
  password_changed_at: string | null;
  active: number;
  created_at: string;
  updated_at: string;
  deactivated_at: string | null;
  /** Set when retention anonymised the person (migration 006); optional on insert. */
  anonymised_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PersonRoleTable {
  person_id: string;
  role: string;
  granted_at: string;
}

export interface MembershipTable {
  id: string;
  person_id: string;
  unit_id: string;
  role: string;
  started_at: string;
  ended_at: string | null;
}

export interface MandateTable {
  id: string;
  unit_id: string | null;
  holder_role: string | null;
  title: string;
  description: string;
  delegated_by: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string; // sha-256 of the token; the token itself is never stored
  person_id: string;
  auth_method: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** 'full', or a half-way stage that only reaches the second-factor routes: 'mfa' (verify) or
   *  'enrol' (a role that requires a second factor has none yet). */
  stage: string;
  csrf_token: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditChainTable {
  id: number;
  head_seq: number;
  head_hash: string;
  pruned_to_seq: number;
  pruned_hash: string;
}

export interface PersonIdentityTable {
  issuer: string;
  subject: string;
  person_id: string;
  created_at: string;
  last_used_at: string | null;
}

export interface MfaTotpTable {
  person_id: string;
  secret_enc: string;
  confirmed_at: string | null;
  /** The last RFC 6238 time step accepted: a code is never accepted twice. */
  last_step: number;
  created_at: string;
}

export interface MfaRecoveryCodeTable {
  id: string;
  person_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  token_hash: string;
  scopes_json: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface RetentionPolicyTable {
  data_class: string;
  days: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ConfidentialRecordTable {
  entity_type: string;
  entity_id: string;
  reason: string;
  marked_by: string;
  marked_at: string;
}

export interface NotificationTable {
  id: string;
  person_id: string;
  kind: string;
  params_json: string;
  link: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface OutboxTable {
  id: string;
  person_id: string;
  to_address: string;
  subject: string;
  body: string;
  created_at: string;
  status: string;
  attempts: number;
  lease_until: string | null;
  sent_at: string | null;
  last_error: string | null;
}

export interface JobTable {
  name: string;
  next_run_at: string;
  last_run_at: string | null;
  last_run_by: string | null;
  run_count: number;
}

export interface SignalTable {
  id: string;
  unit_id: string;
  handling_unit_id: string;
  kind: string;
  status: string;
  text: string;
  suggestion: string;
  minutes_per_week: number | null;
  affects_json: string;
  /** Null when the author chose to be anonymous. */
  author_id: string | null;
  /** SHA-256 of an anonymous author's follow key. */
  follow_token_hash: string | null;
  restricted: number;
  escalation_level: number;
  created_at: string;
  updated_at: string;
  due_at: string;
  first_due_at: string;
  first_answered_at: string | null;
  resolved_at: string | null;
  reopen_count: number;
  author_seen_at: string | null;
  burden_item_id: string | null;
  source: string;
  source_ref: string | null;
  idempotency_key: string | null;
}

export interface SignalEventTable {
  id: string;
  signal_id: string;
  seq: number;
  kind: string;
  actor_id: string | null;
  actor_role: string;
  text: string;
  from_unit_id: string | null;
  to_unit_id: string | null;
  planned_by: string | null;
  created_at: string;
  /** The mandate a hand-up cited (migration 009). */
  mandate_id: string | null;
}

export interface SignalConfirmationTable {
  signal_id: string;
  person_id: string;
  minutes_per_week: number | null;
  created_at: string;
}

import type { BurdenTables } from './schema-burden.js';
import type { BarometerTables } from './schema-barometer.js';

export interface Database extends BurdenTables, BarometerTables {
  organisation: OrganisationTable;
  units: UnitTable;
  people: PersonTable;
  person_roles: PersonRoleTable;
  memberships: MembershipTable;
  mandates: MandateTable;
  sessions: SessionTable;
  audit_log: AuditTable;
  notifications: NotificationTable;
  outbox: OutboxTable;
  jobs: JobTable;
  audit_chain: AuditChainTable;
  person_identities: PersonIdentityTable;
  mfa_totp: MfaTotpTable;
  mfa_recovery_codes: MfaRecoveryCodeTable;
  auth_throttle: AuthThrottleTable;
  api_tokens: ApiTokenTable;
  retention_policies: RetentionPolicyTable;
  confidential_records: ConfidentialRecordTable;
  signals: SignalTable;
  signal_events: SignalEventTable;
  signal_confirmations: SignalConfirmationTable;
}

export type UnitRow = Selectable<UnitTable>;
export type PersonRow = Selectable<PersonTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type MandateRow = Selectable<MandateTable>;
export type NewUnit = Insertable<UnitTable>;
export type UnitUpdate = Updateable<UnitTable>;
