// Table types of the burden module; server/db/schema.ts merges them into Database.
import type { ColumnType, Generated } from 'kysely';

export interface BurdenDemandTable {
  id: string;
  title: string;
  description: string;
  kind: string;
  owner_unit_id: string;
  owner_person_id: string | null;
  origin: string;
  origin_unit_id: string | null;
  /** Null: no legal basis. */
  legal_basis: string | null;
  purpose: string;
  result_users: string;
  frequency_unit: string;
  frequency_count: number;
  minutes: number;
  performers_entered: number | null;
  review_on: string | null;
  measures: string | null;
  focus: string | null;
  status: string;
  merged_into_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  idempotency_key: string | null;
}

export interface BurdenDemandPerformerTable {
  demand_id: string;
  unit_id: string;
  include_descendants: number;
  role: string;
}

export interface BurdenAssessmentTable {
  id: string;
  demand_id: string;
  person_id: string;
  /** The round id, or '' outside rounds (keeps the one-per-person constraint on both databases). */
  round_key: string;
  round_id: string | null;
  usefulness: number;
  noticed: string;
  minutes: number | null;
  comment: string;
  created_at: string;
  updated_at: string;
}

export interface BurdenRoundTable {
  id: string;
  title: string;
  scope_unit_id: string | null;
  opens_on: string;
  closes_on: string;
  status: string;
  created_by: string;
  created_at: string;
  closed_at: string | null;
  idempotency_key: string | null;
}

export interface BurdenRoundDemandTable {
  round_id: string;
  demand_id: string;
  hours_before: number;
  minutes_before: number;
  occurrences_before: number;
  performers_before: number;
}

export interface BurdenProposalTable {
  id: string;
  round_id: string;
  demand_id: string;
  proposed_by: string;
  action: string;
  new_frequency_unit: string | null;
  new_frequency_count: number | null;
  new_minutes: number | null;
  merge_into_id: string | null;
  external_recipient: string | null;
  external_request: string | null;
  external_sent_on: string | null;
  external_answer: string | null;
  rationale: string;
  status: string;
  decision: string | null;
  decided_by: string | null;
  decision_rationale: string | null;
  decided_at: string | null;
  /** Projected annual hours when proposed; hours_after is what approval would leave. */
  hours_before: number;
  hours_after: number;
  created_at: string;
}

export interface BurdenSnapshotTable {
  id: string;
  taken_at: string;
  cause: string;
  cause_id: string | null;
  total_hours: number;
  active_demands: number;
  /** {"<owner unit id>": hours, ...} */
  units_json: string;
}

export interface BurdenTables {
  burden_demands: BurdenDemandTable;
  burden_demand_performers: BurdenDemandPerformerTable;
  burden_assessments: BurdenAssessmentTable;
  burden_rounds: BurdenRoundTable;
  burden_round_demands: BurdenRoundDemandTable;
  burden_proposals: BurdenProposalTable;
  burden_snapshots: BurdenSnapshotTable;
}

// The organisation's burden settings are columns of the organisation row (migration 007); the
// interface is extended here so schema.ts stays the platform's file.
declare module './schema.js' {
  interface OrganisationTable {
    /** Working hours in one full-time equivalent (default 1700). */
    burden_hours_per_fte: Generated<number>;
    /** Whole currency units per hour; null: money is not shown. */
    burden_hourly_cost: ColumnType<number | null, number | null | undefined, number | null>;
  }
}
