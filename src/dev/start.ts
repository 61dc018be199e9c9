/**
 * `npm start`: builds Folio for Chromium, serves the bundled demo article
 * (tests/fixtures/seed-news) on 127.0.0.1 and opens it in Chromium with Folio
 * loaded and pinned to the toolbar, then clicks Folio's toolbar button once
 * so the popup shows.
 * With `--headless`, or when there is no display, it saves screenshots of
 * the page, the popup and reader mode on the page instead (page.png,
 * popup.png, reader.png) and prints their paths.
 *
 * Options: --headless, --out DIR (screenshots; default test-results/screenshots)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickToolbarButton, launchChromium, pinToToolbar } from '../../tests/e2e/support/chromium';
import { readerFrame as waitForReaderFrame } from '../../tests/e2e/support/reader-page';
import { ROOT } from '../../tests/e2e/support/paths';
import { startFixtureServer } from '../../tests/e2e/support/server';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const outDir = resolve(ROOT, outIndex >= 0 ? (args[outIndex + 1] ?? '') : 'test-results/screenshots');

execFileSync('node', [resolve(ROOT, 'src/dev/build.mjs'), 'chrome'], { stdio: 'inherit' });
const server = await startFixtureServer();
const demoUrl = server.url('/seed-news/source.html');
const session = await launchChromium(undefined, { headless });
// Folio's button in the toolbar itself, as a person who uses it keeps it.
await pinToToolbar(session);
const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
await page.setViewport({ width: 1280, height: 900 });
await page.goto(demoUrl, { waitUntil: 'load' });
const popup = await clickToolbarButton(session, page);
await popup.waitForSelector('article .article-body p', { timeout: 15_000 });

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const shots = [resolve(outDir, 'page.png'), resolve(outDir, 'popup.png'), resolve(outDir, 'reader.png')];
  await page.screenshot({ path: shots[0] });
  // Show the panel's sources and the first kind of removed block (the reader
  // picture shows the rest of the panel).
  await popup.evaluate(() => {
    const details = document.querySelector<HTMLDetailsElement>('.removed-kind');
    if (details) details.open = true;
    const aside = document.querySelector('aside');
    const cited = document.querySelector<HTMLElement>('.cited');
    if (aside && cited) aside.scrollTop = cited.offsetTop - aside.offsetTop - 8;
  });
  // The headless popup window keeps a default size: capture the popup's own 780 × 590.
  await popup.screenshot({
    path: shots[1],
    clip: { x: 0, y: 0, width: 780, height: 590 },
    captureBeyondViewport: true,
  });
  // Reader mode on the page, from the popup's toggle.
  await popup.click('.reader-toggle');
  const reader = await waitForReaderFrame(page);
  // The frame was prepared hidden while the popup was open: wait for the frame that shows it.
  await reader.waitForFunction(() => performance.getEntriesByName('folio:article-shown').length > 0);
  await reader.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await page.screenshot({ path: shots[2] });
  console.log(`Demo article: ${demoUrl}\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  await session.close();
  await server.close();
} else {
  console.log(`Folio is running in Chromium on the demo article ${demoUrl}.`);
  console.log(
    'Click the Folio button in the toolbar (pinned there) to open it again. Close the browser to stop.',
  );
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
