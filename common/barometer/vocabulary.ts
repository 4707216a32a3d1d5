// The barometer's fixed vocabulary. Labels live in the catalogs (barometer.*).

/** A wave is prepared as a draft, opens (snapshot frozen, invitations sent) and closes (results). */
export const waveStatuses = ['draft', 'open', 'closed'] as const;
export type WaveStatus = (typeof waveStatuses)[number];

/** A pulse can repeat: when it closes, the next draft of the series is created. */
export const waveRepeats = ['none', 'monthly', 'quarterly'] as const;
export type WaveRepeat = (typeof waveRepeats)[number];

/** How an item is answered: a point on a scale, one of several choices, or free text. */
export const itemKinds = ['scale', 'choice', 'text'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Who is asked an item: everyone, or only those who manage a unit in the snapshot. */
export const itemAudiences = ['all', 'managers'] as const;
export type ItemAudience = (typeof itemAudiences)[number];

/** 'dependentGroups': the item is asked once per work group the respondent's group depends on. */
export const itemTargets = ['none', 'dependentGroups'] as const;
export type ItemTarget = (typeof itemTargets)[number];

/** The links of the steering chain the trust instrument asks about, from the team upward. */
export const chainLevels = ['closestManager', 'seniorManagement', 'staffFunctions', 'politicians'] as const;
export type ChainLevel = (typeof chainLevels)[number];

/** Trust up: the respondent trusts the level above. Trust down: the trust placed in those below. */
export const chainDirections = ['up', 'down'] as const;
export type ChainDirection = (typeof chainDirections)[number];

/** Can, will, dare: ability, benevolence and integrity. */
export const trustFacets = ['can', 'will', 'dare'] as const;
export type TrustFacet = (typeof trustFacets)[number];

/** The state of an action agreed in a team dialogue, followed up at the next wave. */
export const actionStatuses = ['planned', 'started', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** The organisation's anonymity thresholds: never below 3; 5 by default. */
export const anonymityLimits = { floor: 3, defaultMinGroup: 5, defaultMinComments: 5, ceiling: 50 } as const;
