// Table types of the barometer module; server/db/schema.ts merges them into Database.
export interface BarometerTables {}
