// Table types of the burden module; server/db/schema.ts merges them into Database.
export interface BurdenTables {}
