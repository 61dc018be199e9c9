import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './src/dev/manifest-for.ts';

// One config, several builds: FOLIO_TARGET picks the browser (chrome | firefox),
// FOLIO_E2E=1 makes the test-only Firefox variant (see manifest-for.ts).
const target = (process.env.FOLIO_TARGET ?? 'chrome') as Target;
const e2e = process.env.FOLIO_E2E === '1';
const outDir = process.env.FOLIO_OUT_DIR ?? `dist/${target}${e2e ? '-e2e' : ''}`;

/**
 * crxjs declares every `?script` import web-accessible to all http(s) pages,
 * which a script injected with `scripting.executeScript({ files })` does not
 * need: it would only let any page probe that Folio is installed.
 */
function dropContentScriptFromWebAccessibleResources(): Plugin {
  let outDir = '';
  return {
    name: 'folio:drop-content-script-war',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // crxjs also leaves the content script's intermediate ES-module chunk in
    // assets/, referenced by nothing; keep it out of the store packages.
    closeBundle() {
      const assets = resolve(outDir, 'assets');
      if (!existsSync(assets)) return;
      for (const name of readdirSync(assets))
        if (name.startsWith('content-script.ts-')) rmSync(resolve(assets, name));
    },
    // A crxjs hook; crxjs calls it on every plugin after building the manifest.
    ...({
      renderCrxManifest(manifest: { web_accessible_resources?: Array<{ resources: string[] }> }) {
        const war = (manifest.web_accessible_resources ?? [])
          .map((entry) => ({
            ...entry,
            resources: entry.resources.filter((r) => !r.startsWith('src/content/')),
          }))
          .filter((entry) => entry.resources.length > 0);
        if (war.length) manifest.web_accessible_resources = war;
        else delete manifest.web_accessible_resources;
        return manifest;
      },
    } as object),
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(baseManifest, target, { e2eHostAccess: e2e }) as never,
      browser: target,
    }),
    dropContentScriptFromWebAccessibleResources(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    // Extension pages run in browsers with native modulepreload; Vite's polyfill
    // would be the only fetch() in Folio's code (of its own files, but still).
    modulePreload: { polyfill: false },
    // Extension pages that no manifest key names: the reader (framed into the
    // page for reader mode, and opened on its own for offline copies) and the reading list.
    rollupOptions: {
      input: {
        reader: 'src/reader/index.html',
        list: 'src/list/index.html',
      },
    },
  },
  resolve: {
    alias: { '@': resolve(import.meta.dirname, 'src') },
  },
});
