/**
 * CSV for spreadsheets, in the two forms the exports offer: the French one (`;` between fields, decimal comma),
 * which a French spreadsheet opens in columns, and the international one (`,` and decimal point). Both are UTF-8
 * with a BOM (so Excel reads the accents), CRLF line ends, text fields always quoted (RFC 4180), booleans
 * "oui"/"non", empty cells for missing values, and text cells made inert against formula injection.
 */

/** How fields and decimals are written. */
export interface CsvFormat {
  separator: ';' | ',';
  decimal: ',' | '.';
}

/** `fr`: `;` and decimal comma (the default of the French interface); `intl`: `,` and decimal point. */
export const CSV_FORMATS = {
  fr: { separator: ';', decimal: ',' },
  intl: { separator: ',', decimal: '.' },
} as const satisfies Record<string, CsvFormat>;

/** A value of a CSV cell: text from data or from us, a number, a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null;

const UTF8_BOM = '\uFEFF';

/** What a spreadsheet reads as the start of a formula (or uses to hide one): = + - @ tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell from data, made inert for spreadsheets (CSV formula injection): a leading apostrophe when it
 * starts like a formula, so `=HYPERLINK(…)` in a place's name is shown as text, never evaluated.
 * Numbers written by us (distances, populations) are not text and never go through this.
 *
 * @example
 * neutralizeFormula('=1+1'); // "'=1+1"
 * neutralizeFormula('Lens'); // "Lens"
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: always quoted, inner quotes doubled. */
const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * One CSV cell: text quoted and neutralized, numbers with the format's decimal mark (never quoted, never
 * neutralized: a negative number stays a number), booleans "oui"/"non", null empty.
 *
 * @example
 * csvField(2.5, CSV_FORMATS.fr); // "2,5"
 * csvField('Lens', CSV_FORMATS.fr); // "\"Lens\""
 */
export function csvField(value: CsvValue, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') {
    const text = String(value);
    return format.decimal === '.' ? text : text.replace('.', format.decimal);
  }
  return quote(neutralizeFormula(value));
}

/**
 * A whole CSV file: the BOM, the header line (column names written as they are: they are ours), then one line
 * per row, each value taken from the row by the column's name. Columns listed in `bare` hold our own words
 * (an enum such as `commune`/`cite`) and are written without quotes. Ends with CRLF.
 *
 * @example
 * writeCsv(['nom', 'km'], [{ nom: 'Lens', km: 1.5 }], CSV_FORMATS.fr); // "\uFEFFnom;km\r\n\"Lens\";1,5\r\n"
 */
export function writeCsv<K extends string>(
  header: readonly K[],
  rows: Iterable<Readonly<Record<K, CsvValue>>>,
  format: CsvFormat,
  bare: readonly K[] = [],
): string {
  const lines = [header.join(format.separator)];
  for (const row of rows) {
    lines.push(
      header
        .map((k) => {
          const v = row[k];
          return bare.includes(k) && typeof v === 'string' ? v : csvField(v, format);
        })
        .join(format.separator),
    );
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
