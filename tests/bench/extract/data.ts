/**
 * The benchmark data: `<repo>/../shared/data` (override with FOLIO_DATA_DIR).
 * See that folder's README for the sources and licences.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the data is looked for, and whether it was found. */
export function dataDir(): { dir: string; found: boolean; hint: string } {
  const fromEnv = process.env.FOLIO_DATA_DIR;
  const dir = fromEnv ? resolve(fromEnv) : resolve(REPO, '..', 'shared', 'data');
  const hint = fromEnv
    ? 'FOLIO_DATA_DIR'
    : '<repo>/../shared/data (set FOLIO_DATA_DIR to use another folder)';
  return { dir, found: existsSync(dir), hint };
}

export interface AebPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The article-extraction-benchmark pages with their true article bodies. */
export function loadAeb(dir: string): AebPage[] {
  const root = join(dir, 'aeb-dev');
  if (!existsSync(root)) return [];
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, entry]) => ({
      id,
      url: entry.url,
      html: gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: entry.articleBody,
    }));
}

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  dir?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

export interface ReadabilityPage {
  id: string;
  html: string;
  expectedHtml: string;
  metadata: ExpectedMetadata;
}

/** Mozilla Readability's test pages: source, expected output and metadata. */
export function loadReadabilityPages(dir: string): ReadabilityPage[] {
  const root = join(dir, 'readability-test-pages');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({
      id,
      html: readFileSync(join(root, id, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(root, id, 'expected.html'), 'utf8'),
      metadata: JSON.parse(
        readFileSync(join(root, id, 'expected-metadata.json'), 'utf8'),
      ) as ExpectedMetadata,
    }));
}
