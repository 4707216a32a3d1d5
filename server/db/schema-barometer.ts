// Table types of the barometer module; server/db/schema.ts merges them into Database.
// Answers (responses, answers, comments) carry no person, time or session: see SECURITY.md.
import type { Generated } from 'kysely';

export interface BarometerSettingsTable {
  organisation_id: string;
  min_group: number;
  min_comments: number;
  updated_at: string;
}

export interface BarometerInstrumentTable {
  id: string;
  key: string;
  version: number;
  definition_json: string;
  built_in: number;
  created_by: string | null;
  created_at: string;
}

export interface BarometerWaveTable {
  id: string;
  title: string;
  /** [{ key, version }] in form order. */
  instruments_json: string;
  scope_unit_id: string | null;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  status: string;
  min_group: number;
  min_comments: number;
  repeat: string;
  series_id: string;
  reminder_days_before_close: number | null;
  reminded: number;
  dependent_unit_ids_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The organisation as it was when the wave opened; counts filled in at close. */
export interface BarometerWaveUnitTable {
  wave_id: string;
  unit_id: string;
  parent_id: string | null;
  name: string;
  code: string;
  depth: number;
  sort: number;
  invited: number | null;
  answered: number | null;
}

/** Who is invited and whether they answered: no time, deleted at close. */
export interface BarometerParticipationTable {
  wave_id: string;
  person_id: string;
  unit_id: string;
  is_manager: number;
  answered: number;
}

export interface BarometerResponseTable {
  id: string;
  wave_id: string;
  unit_id: string;
  /** 'all' or 'managers': a manager's manager-only answers are a separate, unlinked response. */
  audience: string;
  /** 1 when this respondent wrote a comment: the comment threshold counts people, not comments. */
  commented: Generated<number>;
}

export interface BarometerAnswerTable {
  id: string;
  response_id: string;
  item_key: string;
  target_unit_id: string | null;
  value: number;
}

export interface BarometerCommentTable {
  id: string;
  wave_id: string;
  unit_id: string;
  item_key: string;
  text: string;
}

/** Direct (not subtree) sums per unit and metric, computed at close. */
export interface BarometerAggregateTable {
  wave_id: string;
  unit_id: string;
  metric: string;
  n: number;
  sum: number;
  sum_sq: number;
  /** { "value": count } for item distributions; '{}' otherwise. */
  counts_json: string;
}

/** The units whose subtree figures may be shown, per metric, computed once per wave. */
export interface BarometerVisibilityTable {
  wave_id: string;
  metric: string;
  unit_ids_json: string;
}

export interface BarometerDialogueTable {
  id: string;
  wave_id: string;
  unit_id: string;
  seen: string;
  will_do: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface BarometerDialogueActionTable {
  id: string;
  dialogue_id: string;
  text: string;
  owner_person_id: string | null;
  due_on: string | null;
  status: string;
  follow_up: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface BarometerTables {
  barometer_settings: BarometerSettingsTable;
  barometer_instruments: BarometerInstrumentTable;
  barometer_waves: BarometerWaveTable;
  barometer_wave_units: BarometerWaveUnitTable;
  barometer_participation: BarometerParticipationTable;
  barometer_responses: BarometerResponseTable;
  barometer_answers: BarometerAnswerTable;
  barometer_comments: BarometerCommentTable;
  barometer_aggregates: BarometerAggregateTable;
  barometer_visibility: BarometerVisibilityTable;
  barometer_dialogues: BarometerDialogueTable;
  barometer_dialogue_actions: BarometerDialogueActionTable;
}
