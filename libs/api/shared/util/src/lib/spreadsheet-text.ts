const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): text a spreadsheet would evaluate (starting with
 * = + - @, tab or carriage return) is prefixed with an apostrophe so it stays text. Every CSV and XLSX
 * writer of the app passes its cells through this.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse for cells read back from a file the app exported, so an export re-imports to the same text. */
export function restoreNeutralisedFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
