/** The CLI's work, separated from process handling so tests can call it. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../extract';
import { USAGE, parseArgs } from './args';
import type { CliOptions } from './args';
import { EXTENSIONS, render } from './formats';
import { nodeWindow } from './node-window';
import { MAX_MARKUP_BYTES, decodeHtml, parseHtml } from './parse-html';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the CLI on `argv`; returns the exit code (0 ok, 1 a file failed, 2 usage error). */
export function runCli(argv: readonly string[], io: Io): number {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.out) mkdirSync(options.out, { recursive: true });
  let failed = 0;
  const used = new Set<string>();
  for (const file of options.files) {
    try {
      const output = extractFile(file, options);
      if (options.out) writeFileSync(outputPath(file, options, used), output);
      else io.stdout(output);
    } catch (error) {
      failed++;
      io.stderr(`${file}: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function extractFile(file: string, options: CliOptions): string {
  const html = decodeHtml(readInput(file));
  const fileUrl = pathToFileURL(resolve(file)).href;
  const docs: Document[] = [];
  // Parsed again only for the rare page Readability searches twice (ExtractOptions.freshCopy).
  const freshCopy = (): Document => {
    const doc = parseHtml(html, options.url ?? fileUrl, options.parser);
    docs.push(doc);
    return doc;
  };
  const doc = freshCopy();
  const url = options.url ?? declaredUrl(doc) ?? fileUrl;
  const result = extractArticle(doc, url, { force: options.force, window: nodeWindow(), freshCopy });
  // jsdom keeps each window alive until closed; a run may read hundreds of files.
  // (linkedom's window has no close(), and needs none.)
  for (const doc of docs) {
    const view = doc.defaultView as { close?: () => void } | null;
    if (typeof view?.close === 'function') view.close();
  }
  if (result.kind !== 'article') throw new Error(`not an article: ${result.reason}`);
  return render(result.article, options.format);
}

/** File bytes, gunzipped for `.gz` (with a cap, so a small bomb cannot fill memory). */
function readInput(file: string): Uint8Array {
  const bytes = readFileSync(file);
  if (!file.endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_MARKUP_BYTES * 4 });
  } catch (error) {
    throw new Error(`cannot gunzip: ${(error as Error).message}`);
  }
}

/** The page's own address (canonical, then og:url), when it gives an absolute one. */
function declaredUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return href && /^https?:\/\//i.test(href) ? href : null;
}

/** `DIR/<name without extension>.<ext>`, with a numeric suffix when two inputs share a name. */
function outputPath(file: string, options: CliOptions, used: Set<string>): string {
  const stem =
    basename(file)
      .replace(/\.gz$/i, '')
      .replace(/\.[^.]+$/, '') || 'page';
  let name = `${stem}.${EXTENSIONS[options.format]}`;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}.${EXTENSIONS[options.format]}`;
  used.add(name);
  return join(options.out ?? '.', name);
}
