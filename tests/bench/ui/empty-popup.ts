/**
 * Chromium's own floor for "toolbar click → something on screen in the
 * popup": an extension whose popup is one line of static HTML and one tiny
 * script that marks its first animation frame. Folio's popup cannot be faster
 * than this on the same machine. `pinned`: its button is in the toolbar;
 * otherwise it is clicked in the Extensions menu (see pinToToolbar).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickToolbarButtonAt, launchChromium, pinToToolbar } from '../../e2e/support/chromium';

export async function emptyPopupTimes(url: string, runs: number, pinned: boolean): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-empty-popup-'));
  mkdirSync(join(dir, 'src', 'popup'), { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty popup',
      version: '1.0',
      action: { default_popup: 'src/popup/index.html' },
      background: { service_worker: 'worker.js' },
      permissions: ['activeTab'],
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(
    join(dir, 'src', 'popup', 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>empty</title><script src="mark.js"></script><p>Hello</p>',
  );
  writeFileSync(
    join(dir, 'src', 'popup', 'mark.js'),
    "requestAnimationFrame(() => performance.mark('folio:article-shown'));",
  );
  const session = await launchChromium(dir);
  if (pinned) await pinToToolbar(session);
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await session.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const { popup, clickedAt } = await clickToolbarButtonAt(session, page);
      await popup.waitForFunction(() => performance.getEntriesByName('folio:article-shown').length > 0, {
        polling: 40,
      });
      const shown = await popup.evaluate(
        () => performance.timeOrigin + performance.getEntriesByName('folio:article-shown')[0]!.startTime,
      );
      if (i > 0) times.push(shown - clickedAt); // the first run is the warm-up
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}
