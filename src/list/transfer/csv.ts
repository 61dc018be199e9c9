import { ImportError } from './import-types';

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
 * Returns rows of fields; a quote left open names the line it started on.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const src = text.replace(/^\uFEFF/, '');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
      line++;
    } else field += c;
  }
  if (quoted) throw new ImportError(`the quoted field that starts on line ${quoteLine} is never closed`);
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Rows as objects keyed by the lower-cased header; `required` columns must exist. */
export function csvRecords(text: string, required: string[], service: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ImportError('the file is empty');
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length)
    throw new ImportError(
      `this is not a ${service} CSV export: it has no ${missing.map((m) => `“${m}”`).join(' or ')} column ` +
        `(its columns are ${names.map((n) => `“${n}”`).join(', ') || 'none'})`,
    );
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
}
