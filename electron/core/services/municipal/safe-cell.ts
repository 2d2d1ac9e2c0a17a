/**
 * Text that a spreadsheet would read as a formula (`= + - @`, also after a tab or carriage return) gets
 * a leading apostrophe-free quote character: a name like "=HYPERLINK(…)" stays text (CSV/XLSX injection).
 */
export function safeCellText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
