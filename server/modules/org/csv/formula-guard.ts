// Spreadsheet programs run a cell that starts with = + - @ as a formula ("CSV injection"), so an
// export could make an administrator's Excel act on a name someone typed into Tillit. The export
// therefore puts an apostrophe in front of such cells, the usual defence, and the import takes
// exactly one apostrophe away again, so that export -> import leaves every value as it was.

const risky = /^'*[=+\-@\t\r]/;
const guarded = /^'+[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return risky.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return guarded.test(value) ? value.slice(1) : value;
}
