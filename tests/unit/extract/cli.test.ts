import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { fixture } from './helpers';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-'));
const seed = join(dir, 'seed.html');
writeFileSync(seed, fixture('seed-news/source.html'));

describe('npm run extract', () => {
  it('prints one file to stdout as JSON by default, with the page address from its canonical link', () => {
    const { code, out } = run([seed]);
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article.byline).toBe('Maria Alvarez');
    expect(article.url).toMatch(/^https:\/\/www\.southernledger\.example\//);
  });

  it('prints text and Markdown', () => {
    const text = run(['--format', 'text', seed]).out.trim().split('\n');
    expect(text).toEqual(fixture('seed-news/expected-paragraphs.txt').trim().split('\n'));
    const md = run(['--format=markdown', seed]).out;
    expect(md).toMatch(/^# Marines Deployed/);
    expect(md).toContain(
      '[Federal authorities](https://www.defense.gov/News/Releases/border-support-mission/)',
    );
  });

  it('gives the same text with the faster linkedom parser', () => {
    const result = run(['--format', 'text', '--parser', 'linkedom', seed]);
    expect(result.out.trim().split('\n')).toEqual(
      fixture('seed-news/expected-paragraphs.txt').trim().split('\n'),
    );
  });

  it('writes several files to --out, goes on past bad ones and fails at the end', () => {
    const out = join(dir, 'out');
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.html');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0]));
    const gz = join(dir, 'packed.html.gz');
    writeFileSync(gz, gzipSync(fixture('seed-news/source.html')));
    const { code, err } = run([
      '--out',
      out,
      '--format',
      'html',
      seed,
      empty,
      binary,
      gz,
      join(dir, 'missing.html'),
    ]);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['packed.html', 'seed.html']);
    expect(readFileSync(join(out, 'seed.html'), 'utf8')).toMatch(
      /^<!doctype html>[\s\S]*<h1>Marines Deployed/,
    );
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${empty}: The file is empty.`);
    expect(lines[1]).toMatch(/binary\.html: The file holds binary data/);
    expect(lines[2]).toMatch(/missing\.html: ENOENT/);
  });

  it('rejects bad usage with exit code 2', () => {
    expect(run([]).code).toBe(2);
    expect(run([seed, seed]).err).toMatch(/Several files need --out DIR/);
    expect(run(['--format', 'pdf', seed]).code).toBe(2);
    expect(run(['--help']).out).toMatch(/^Usage: npm run extract/);
  });

  it('reports a page that is not an article, and extracts it with --force', () => {
    const shop = join(dir, 'shop.html');
    writeFileSync(
      shop,
      `<!doctype html><html><body><p>${'Opening hours of the shop on the corner. '.repeat(3)}</p></body></html>`,
    );
    expect(run([shop]).err).toMatch(/not an article: This page does not look like an article\./);
    expect(run(['--force', '--format', 'text', shop]).out).toMatch(/^Opening hours/);
  });
});
