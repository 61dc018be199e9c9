// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('../storage/fake-platform'));
import '../storage/setup';
import { exportJson } from '../../../src/list/transfer/export-json';
import { exportHtml, exportMarkdown } from '../../../src/list/transfer/export-text';
import { parseImport } from '../../../src/list/transfer/parse-import';
import { getBody } from '../../../src/storage/article-bodies';
import { importArticles } from '../../../src/storage/import-entries';
import { readAllEntries } from '../../../src/storage/list-entries';
import { findEntryByUrl, setArchived, setProgress } from '../../../src/storage/list-updates';
import { saveArticle } from '../../../src/storage/save-article';
import { resetBrowser } from '../storage/fake-platform';
import { sampleArticle } from '../storage/sample-article';

const fixture = (name: string): string => readFileSync(resolve('tests/fixtures/imports', name), 'utf8');
const FILES = [
  'pocket-export.html',
  'pocket-export.csv',
  'instapaper-export.csv',
  'omnivore-export.json',
  'wallabag-export.json',
];
// Distinct articles across all five files (several appear in two or three of them).
const DISTINCT = 12;

const importText = async (text: string) => importArticles(parseImport(text).items);

describe('importing every service’s export', () => {
  it('adds each article once, whatever file or decorated address it came in', async () => {
    let added = 0;
    for (const file of FILES) added += (await importText(fixture(file))).added;
    expect(added).toBe(DISTINCT);
    expect(await readAllEntries()).toHaveLength(DISTINCT);
    // Importing everything again adds nothing.
    for (const file of FILES) expect((await importText(fixture(file))).added).toBe(0);
    expect(await readAllEntries()).toHaveLength(DISTINCT);
  });

  it('keeps what is in the list, adding only tags, a missing copy and nothing else', async () => {
    const mine = await saveArticle(sampleArticle('https://aeon.co/essays/why-we-read'));
    await setArchived(mine.id, true);
    await importText(fixture('instapaper-export.csv'));
    await importText(fixture('omnivore-export.json'));
    const entry = await findEntryByUrl('https://aeon.co/essays/why-we-read');
    expect(entry).toMatchObject({ id: mine.id, title: mine.title, archived: true, pending: false });
    expect(entry?.tags).toEqual(['starred', 'essays', 'reading']);
    // A link that was only pending gains wallabag's copy.
    await importText(fixture('instapaper-export.csv'));
    const batteries = 'https://www.economist.com/science-and-technology/2024/02/01/batteries';
    expect((await findEntryByUrl(batteries))?.pending).toBe(true);
    await importText(fixture('wallabag-export.json'));
    const filled = await findEntryByUrl(batteries);
    expect(filled?.pending).toBe(false);
    expect((await getBody(filled!.id))?.text).toContain('kilowatt-hour');
  });

  it('Omnivore progress becomes a percentage-only position', async () => {
    await importText(fixture('omnivore-export.json'));
    const entry = await findEntryByUrl('https://aeon.co/essays/why-we-read');
    expect(entry?.progress).toMatchObject({ quote: '', percent: 0.45 });
  });
});

describe('export', () => {
  it('JSON holds everything and re-imports into an empty list as the same list', async () => {
    // With a canonical address of its own: the id comes from it, and must survive the round trip.
    const a = await saveArticle(
      sampleArticle('https://n.example/a', { canonicalUrl: 'https://n.example/c' }),
      1000,
    );
    await setProgress(a.id, { block: 1, quote: 'Second paragraph', offset: 0.3, percent: 0.5, at: 2000 });
    await importText(fixture('pocket-export.csv'));
    const before = await readAllEntries();
    const json = await exportJson(before);

    // Into the same list: nothing is duplicated.
    expect((await importText(json)).added).toBe(0);
    // Into an empty list (another browser): the same entries, positions and copies.
    resetBrowser();
    expect((await importText(json)).added).toBe(before.length);
    const after = await readAllEntries();
    const byId = (list: typeof before) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(after)).toEqual(byId(before));
    expect((await getBody(a.id))?.contentHtml).toContain('marines and borders');
  });

  it('HTML in Pocket’s layout, which re-imports as Pocket HTML', async () => {
    await importText(fixture('pocket-export.html'));
    const html = exportHtml(await readAllEntries());
    const parsed = parseImport(html);
    expect(parsed.format).toBe('Pocket (HTML)');
    expect(parsed.items).toHaveLength(5);
    expect(parsed.items.filter((i) => i.archived)).toHaveLength(2);
    expect((await importArticles(parsed.items)).added).toBe(0);
  });

  it('Markdown lists unread and archived articles with their links', async () => {
    await importText(fixture('pocket-export.csv'));
    const md = exportMarkdown(await readAllEntries(), new Date('2026-01-02T00:00:00Z'));
    expect(md).toContain('Exported 2026-01-02: 4 articles.');
    expect(md).toContain('## Unread (3)');
    expect(md).toContain('- [The "slow web" movement](https://www.wired.com/story/slow-web-movement/)');
  });
});
