/** Small text helpers shared by the pipeline steps (pure). */

/** Accent-, case- and punctuation-insensitive key for matching commune or cité names ("CONDE-sur-l'ESCAUT" = "Condé-sur-l'Escaut"). */
export function normName(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');
}

/** Commune name key that also ignores a leading article ("Bassée" = "La Bassée", as in the 2018 IGN file). */
export function communeKey(s: string | null | undefined): string {
  return normName(s).replace(/^(le|la|les|l) /, '');
}

/** ASCII slug for ids. */
export function slug(s: string): string {
  return normName(s).replace(/ /g, '-');
}

/** null for empty / whitespace-only strings, trimmed string otherwise. */
export function clean(s: unknown): string | null {
  if (s === null || s === undefined) return null;
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

export interface CsvRow {
  /** 1-based line number of the record's first line in the source file (header = line 1). */
  line: number;
  values: Record<string, string>;
}

/** RFC 4180 CSV parser (comma separator, double-quote quoting, CRLF or LF). The first record is the header. */
export function parseCsv(text: string): {
  header: string[];
  rows: CsvRow[];
  errors: { line: number; reason: string }[];
} {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const [head, ...body] = nonEmpty;
  const header = head ? head.fields.map((h) => h.trim()) : [];
  const rows: CsvRow[] = [];
  const errors: { line: number; reason: string }[] = [];
  for (const r of body) {
    if (r.fields.length !== header.length) {
      errors.push({ line: r.line, reason: `expected ${header.length} fields, found ${r.fields.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => {
      values[h] = r.fields[k] ?? '';
    });
    rows.push({ line: r.line, values });
  }
  return { header, rows, errors };
}
