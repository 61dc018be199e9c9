// Builds every variant from the one vite.config.ts: dist/chrome and
// dist/firefox (shipped), and dist/firefox-e2e (test-only, see manifest-for.ts).
// Usage: node src/dev/build.mjs [chrome|firefox|firefox-e2e ...]
import { build } from 'vite';

const all = ['chrome', 'firefox', 'firefox-e2e'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const variants = wanted.length ? wanted : all;

for (const variant of variants) {
  if (!all.includes(variant)) throw new Error(`Unknown build variant ${variant}; one of ${all.join(', ')}`);
  const [target, e2e] = variant.split('-');
  process.env.FOLIO_TARGET = target;
  process.env.FOLIO_E2E = e2e ? '1' : '0';
  delete process.env.FOLIO_OUT_DIR;
  const started = performance.now();
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  console.log(`built dist/${variant} in ${Math.round(performance.now() - started)} ms`);
}
