/**
 * Reads an import file: works out which service wrote it from its content
 * (not only its name), then hands it to that service's parser. Every failure
 * is an ImportError whose message names the problem.
 */
import { parseFolioJson, FOLIO_FORMAT } from './folio-json';
import { ImportError, type ParsedImport } from './import-types';
import { parseInstapaperCsv } from './instapaper-csv';
import { parseOmnivoreJson } from './omnivore-json';
import { parsePocketCsv } from './pocket-csv';
import { parsePocketHtml } from './pocket-html';
import { parseWallabagJson } from './wallabag-json';

export function parseImport(text: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new ImportError('the file is empty');
  if (body.startsWith('{') || body.startsWith('[')) return parseJson(body);
  if (body.startsWith('<')) return parsePocketHtml(body);
  const header = body.slice(0, body.search(/\r?\n|$/)).toLowerCase();
  if (/\bfolder\b/.test(header) && /\bselection\b/.test(header)) return parseInstapaperCsv(body);
  if (/\burl\b/.test(header) && /\b(time_added|status)\b/.test(header)) return parsePocketCsv(body);
  if (header.includes(',')) {
    throw new ImportError(
      `this CSV file is neither a Pocket export (title, url, time_added, tags, status) nor an ` +
        `Instapaper one (URL, Title, Selection, Folder, Timestamp); its first line is “${header.slice(0, 120)}”`,
    );
  }
  throw new ImportError(
    'this is not a file Folio can import (Pocket HTML or CSV, Instapaper CSV, Omnivore, wallabag or Folio JSON)',
  );
}

function parseJson(body: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`the JSON is malformed or cut short (${detail})`);
  }
  if (!Array.isArray(data)) {
    const object = data as Record<string, unknown>;
    if (object?.format === FOLIO_FORMAT) return parseFolioJson(object);
    // wallabag's API wraps entries as {_embedded: {items: []}}; some exports do too.
    const wrapped = (object?._embedded as { items?: unknown })?.items ?? object?.items ?? object?.entries;
    if (Array.isArray(wrapped)) return parseArray(wrapped);
    throw new ImportError(
      'this JSON file is not a Folio, Omnivore or wallabag export: it holds no list of articles',
    );
  }
  return parseArray(data);
}

function parseArray(records: unknown[]): ParsedImport {
  if (records.length === 0) throw new ImportError('the export holds no articles');
  const first = (records.find((r) => r && typeof r === 'object') ?? {}) as Record<string, unknown>;
  if ('is_archived' in first || 'domain_name' in first || 'given_url' in first)
    return parseWallabagJson(records);
  if ('slug' in first || 'readingProgress' in first || 'savedAt' in first || 'labels' in first)
    return parseOmnivoreJson(records);
  throw new ImportError(
    `this JSON list is not an Omnivore or wallabag export: its items have the fields ${
      Object.keys(first)
        .slice(0, 8)
        .map((k) => `“${k}”`)
        .join(', ') || '(none)'
    }`,
  );
}
