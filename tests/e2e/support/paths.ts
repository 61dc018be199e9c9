import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST_CHROME = fileURLToPath(new URL('../../../dist/chrome', import.meta.url));
export const DIST_FIREFOX_E2E = fileURLToPath(new URL('../../../dist/firefox-e2e', import.meta.url));

/** Debian's browsers; overridable for other systems. */
export const CHROMIUM = process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FOLIO_FIREFOX ?? '/usr/bin/firefox-esr';

export function requireBuilt(dir: string): void {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`${dir} is not built: run npm run build first (npm test does).`);
  }
}
