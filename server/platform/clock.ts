/** The current time as an ISO-8601 UTC string; the one format every table stores. */
export function nowIso(): string {
  return new Date().toISOString();
}
