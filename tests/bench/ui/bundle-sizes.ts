/**
 * Sizes of the built Chrome extension, raw and gzip: every JS and CSS file,
 * and the JavaScript each context loads (its entry plus everything it imports
 * statically), which is what the 40 KB gzip budget of the popup is about.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface ContextSize extends Size {
  name: string;
  files: string[];
}

export function sizeOf(file: string): Size {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Every .js and .css file under `dist`, largest first. */
export function fileSizes(dist: string): Array<Size & { file: string }> {
  const out: Array<Size & { file: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) out.push({ file: relative(dist, path), ...sizeOf(path) });
    }
  };
  walk(dist);
  return out.sort((a, b) => b.raw - a.raw);
}

// `from"./x.js"`, `import"./x.js"`, `import("./x.js")`, and the chunk lists of
// Vite's preload helper (`"assets/x.js"`, relative to the extension's root).
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g;
const PRELOAD_LIST = /["'](assets\/[^"']+\.js)["']/g;

/**
 * A JS file and every file it imports, statically or dynamically: a page's
 * dynamic imports (the popup's interface after boot.ts) load at once too.
 */
function closure(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(IMPORT)) {
      if (spec) visit(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
    }
    for (const [, path] of code.matchAll(PRELOAD_LIST)) if (path) visit(join(dist, path));
  };
  entries.forEach(visit);
  return [...seen];
}

function htmlScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+)"/g)];
  return refs.map(([, ref]) =>
    ref!.startsWith('/') ? join(dist, ref!) : resolve(dirname(join(dist, page)), ref!),
  );
}

function total(dist: string, name: string, files: string[]): ContextSize {
  const sizes = files.map(sizeOf);
  return {
    name,
    files: files.map((f) => relative(dist, f)),
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
  };
}

/** The JavaScript each extension context loads. */
export function contextSizes(dist: string): ContextSize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const pages: Array<[string, string]> = [
    ['popup', 'src/popup/index.html'],
    ['reader page', 'src/reader/index.html'],
    ['reading-list page', 'src/list/index.html'],
  ];
  const out = pages
    .filter(([, page]) => existsSync(join(dist, page)))
    .map(([name, page]) => total(dist, name, closure(dist, htmlScripts(dist, page))));
  out.push(total(dist, 'background worker', closure(dist, [join(dist, manifest.background.service_worker)])));
  const content = join(dist, 'src', 'content', 'content-script.js');
  if (existsSync(content)) out.push(total(dist, 'content script (injected on click)', [content]));
  return out;
}
