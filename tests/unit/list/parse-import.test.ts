// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('../storage/fake-platform'));
import { parseImport } from '../../../src/list/transfer/parse-import';
import { ImportError } from '../../../src/list/transfer/import-types';

const fixture = (name: string): string =>
  // Under jsdom, import.meta.url is not a file URL: resolve from the project root.
  readFileSync(resolve('tests/fixtures/imports', name), 'utf8');

describe('parseImport: each service’s export', () => {
  it('Pocket HTML: unread and archived sections, tags, times; non-web links skipped', () => {
    const parsed = parseImport(fixture('pocket-export.html'));
    expect(parsed.format).toBe('Pocket (HTML)');
    expect(parsed.items).toHaveLength(5);
    expect(parsed.items[0]).toMatchObject({
      title: 'The Internet Is Rotting',
      archived: false,
      tags: ['internet', 'archives'],
      savedAt: 1716199200000,
    });
    expect(parsed.items.filter((i) => i.archived).map((i) => i.title)).toEqual([
      'The science of reading',
      'An old post',
    ]);
    expect(parsed.skipped).toBe(1);
    expect(parsed.reasons[0]).toMatch(/javascript:alert\(1\).*not a web address/);
  });

  it('Pocket CSV: quoted commas and quotes, pipe-separated tags, archive status', () => {
    const parsed = parseImport(fixture('pocket-export.csv'));
    expect(parsed.format).toBe('Pocket (CSV)');
    expect(parsed.items.map((i) => i.title)).toEqual([
      'The Internet Is Rotting',
      'Ocean currents, explained: why the Gulf Stream matters',
      'The "slow web" movement',
      'https://lwn.net/Articles/950000/',
    ]);
    expect(parsed.items[2]).toMatchObject({ archived: true, tags: ['web', 'culture'] });
  });

  it('Instapaper CSV: folders become archive state or tags; a bad row is skipped and named', () => {
    const parsed = parseImport(fixture('instapaper-export.csv'));
    expect(parsed.format).toBe('Instapaper (CSV)');
    expect(parsed.items).toHaveLength(4);
    expect(parsed.items[1]).toMatchObject({
      title: 'Batteries, cheaper than ever',
      archived: true,
      tags: [],
    });
    expect(parsed.items[2]).toMatchObject({ tags: ['starred'] });
    expect(parsed.items[3]).toMatchObject({ tags: ['math'] });
    expect(parsed.reasons).toEqual(['line 6: “not a url” is not a web address']);
  });

  it('Omnivore JSON: labels, archived state, reading progress; deleted items left out', () => {
    const parsed = parseImport(fixture('omnivore-export.json'));
    expect(parsed.format).toBe('Omnivore (JSON)');
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]).toMatchObject({ tags: ['essays', 'reading'], percent: 0.45, archived: false });
    expect(parsed.items[1]).toMatchObject({ tags: ['news'], archived: true });
    expect(parsed.reasons[0]).toMatch(/deleted in Omnivore/);
  });

  it('wallabag JSON: the content becomes a sanitized offline copy', () => {
    const parsed = parseImport(fixture('wallabag-export.json'));
    expect(parsed.format).toBe('wallabag (JSON)');
    const [tide, batteries] = parsed.items;
    expect(tide).toMatchObject({ archived: false, tags: ['tide'] });
    expect(batteries).toMatchObject({ archived: true });
    const article = tide!.article!;
    expect(article.contentHtml).toContain('harbour wall in Brest');
    expect(article.contentHtml).not.toMatch(/<script|onclick/i);
    expect(article.text.split('\n')).toHaveLength(3);
    expect(article).toMatchObject({ byline: 'Ana Ruiz', readingMinutes: 3, lang: 'en' });
  });
});

describe('parseImport: clear errors that name the problem', () => {
  const error = (text: string): string => {
    try {
      parseImport(text);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('names a JSON file cut short', () => {
    expect(error(fixture('malformed-truncated.json'))).toMatch(/JSON is malformed or cut short/);
  });
  it('names the line of an unclosed quote', () => {
    expect(error(fixture('malformed-unclosed-quote.csv'))).toMatch(/starts on line 3 is never closed/);
  });
  it('names the columns of an unknown CSV', () => {
    expect(error(fixture('malformed-unknown-columns.csv'))).toMatch(/neither a Pocket.*“name,link,date”/);
  });
  it('names a CSV missing a column it needs', () => {
    expect(error('URL,Selection,Folder\nhttps://a.example/,,Unread\n')).toMatch(/no “title” column/);
  });
  it('says an empty file is empty, and an unknown JSON list what it holds', () => {
    expect(error('  ')).toMatch(/empty/);
    expect(error('[{"href":"https://a.example"}]')).toMatch(/not an Omnivore or wallabag export.*“href”/);
    expect(error('{"format":"folio-reading-list","version":9,"articles":[]}')).toMatch(/version 9/);
  });
});
