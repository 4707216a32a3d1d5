// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return before
// one) as a formula: "CSV injection" (OWASP). A name someone typed into Tillit could then make an
// administrator's Excel open a link or run a command. Every CSV export therefore passes each cell
// through neutraliseFormula, which puts an apostrophe in front of such cells, the defence OWASP
// recommends; an import of the same format takes exactly one apostrophe away with restoreFormula,
// so that export -> import leaves every value as it was.

/** The characters that make a spreadsheet read a cell as a formula when they come first. */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r'] as const;

// Apostrophes before a trigger are counted too: a value that already starts with "'=" gets one
// more, so that restoring gives back the apostrophe the value had.
const risky = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

/** The cell as a spreadsheet shows it as text: an apostrophe before a formula-like value. */
export function neutraliseFormula(value: string): string {
  return risky.test(value) ? `'${value}` : value;
}

/** The value neutraliseFormula was given: one leading apostrophe before a trigger removed. */
export function restoreFormula(cell: string): string {
  return neutralised.test(cell) ? cell.slice(1) : cell;
}

/** True when a spreadsheet would run the cell as a formula. */
export function isFormulaLike(cell: string): boolean {
  return formulaTriggers.some((trigger) => cell.startsWith(trigger));
}
