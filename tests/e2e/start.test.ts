import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/paths';

// The newcomer's first command: `npm start -- --headless` must leave
// screenshots of the popup and of reader mode showing the demo article.
it('npm start -- --headless saves screenshots of the popup and of reader mode on the demo article', () => {
  const out = join(ROOT, 'test-results', 'start-check');
  rmSync(out, { recursive: true, force: true });
  const printed = execFileSync('npx', ['tsx', 'src/dev/start.ts', '--headless', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DISPLAY: '' },
  });
  const popupShot = join(out, 'popup.png');
  expect(printed).toContain(popupShot);
  const png = readFileSync(popupShot);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: a popup-sized image, not an empty one.
  expect(png.readUInt32BE(16)).toBeGreaterThan(300);
  expect(png.readUInt32BE(20)).toBeGreaterThan(200);
  const readerShot = join(out, 'reader.png');
  expect(printed).toContain(readerShot);
  const reader = readFileSync(readerShot);
  expect(reader.subarray(1, 4).toString()).toBe('PNG');
  expect(reader.readUInt32BE(16)).toBe(1280);
}, 90_000);
