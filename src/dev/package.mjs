// Writes store-ready zip files of the shipped builds: dist/folio-chrome-<v>.zip
// and dist/folio-firefox-<v>.zip (build first: npm run build). fflate writes
// the archives so packaging needs no system `zip`.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('../../', import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version;

function files(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, base, out);
    // Fixed dates keep the archives reproducible from the same build.
    else out[relative(base, path)] = [readFileSync(path), { mtime: new Date('2025-01-01T00:00:00Z') }];
  }
  return out;
}

for (const target of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', target);
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`dist/${target} is not built: run npm run build`);
  const zip = zipSync(files(dir), { level: 9 });
  const out = join(root, 'dist', `folio-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${relative(root, out)}  ${(zip.length / 1024).toFixed(1)} KB`);
}
