/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection):
 * `=`, `+`, `-`, `@`, and tab or carriage return before them (OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it is safe to open in Excel: text that would start a formula gets
 * a leading apostrophe, which spreadsheets show as plain text. Numbers are
 * written as numbers (a negative amount stays a number).
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
