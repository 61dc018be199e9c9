/**
 * The same engines timed in a content script, where the extension runs Folio,
 * beside the page itself, in one launch, page by page. The main browser
 * timings run in the page: that is the browser's own engine without the
 * extension machinery around it. A content script reaches the same DOM
 * differently: Chromium gives it an isolated world with its own wrappers of
 * the same nodes, Firefox gives it Xray wrappers, through which every DOM call
 * of the script passes. This part measures what that costs each engine, and
 * the ratio a reader of the extension gets.
 *
 * The content script comes from a bench-only extension (a temporary folder):
 * the two harness scripts, as the page gets them, and a bridge that answers
 * the page's `postMessage` with the timings. Manifest V2 in Firefox, where its
 * content scripts run without a host permission granted by hand; V3 in
 * Chromium, which no longer loads V2.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from '../../e2e/support/paths';
import type { BrowserTiming } from './browser-harness';
import {
  assertIsolated,
  harnessScripts,
  serveBlank,
  timeBothInPage,
  timerStep,
  type BrowserPage,
} from './in-browser';
import { CHROMIUM_ARGS } from './in-chromium';

export interface ContentScriptRun {
  version: string;
  runs: number;
  timerStepUs: number;
  /** Each page's fastest times in the page itself and in the content script, in the same launch. */
  page: BrowserTiming[];
  contentScript: BrowserTiming[];
}

type Engine = 'chromium' | 'firefox';

/**
 * Answers `{folioBench: 'ask', id, html, url, runs, force}` posted by the page
 * with `{folioBench: 'answer', id, result}`, the harness run in the content
 * script. Marks the page when it is ready.
 */
const BRIDGE = `
window.addEventListener('message', (event) => {
  const ask = event.data;
  if (event.source !== window || !ask || ask.folioBench !== 'ask') return;
  let result;
  try {
    const r = globalThis.folioTimeBoth(ask.html, ask.url, ask.runs, ask.force);
    result = { folioMs: r.folioMs, readabilityMs: r.readabilityMs, sanitizedMs: r.sanitizedMs,
      folioText: r.folioText, readabilityText: r.readabilityText };
  } catch (error) {
    result = { error: String((error && error.stack) || error) };
  }
  window.postMessage({ folioBench: 'answer', id: ask.id, result }, '*');
});
document.documentElement.dataset.folioBenchReady = '1';
`;

/** Writes the bench-only extension for `engine` into a new temporary folder. */
function writeExtension(engine: Engine, pageUrl: string, harness: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-cs-'));
  const scripts = harness.map((code, i) => {
    writeFileSync(join(dir, `harness-${i}.js`), code);
    return `harness-${i}.js`;
  });
  writeFileSync(join(dir, 'bridge.js'), BRIDGE);
  const manifest = {
    manifest_version: engine === 'chromium' ? 3 : 2,
    name: 'Folio extraction bench',
    version: '1.0',
    ...(engine === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'extraction-bench@folio.test' } } }
      : {}),
    // Match patterns name no port: the host's every port.
    content_scripts: [
      {
        matches: [`${new URL(pageUrl).protocol}//${new URL(pageUrl).hostname}/*`],
        js: [...scripts, 'bridge.js'],
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function launch(engine: Engine, extension: string): Promise<Browser> {
  if (engine === 'chromium')
    return puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      enableExtensions: [extension],
      args: CHROMIUM_ARGS,
    });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  await browser.installExtension(extension);
  return browser;
}

/** Waits until the content script has marked the page (BiDi-safe polling). */
async function contentScriptReady(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await page.evaluate('document.documentElement.dataset.folioBenchReady === "1"'))) {
    if (Date.now() > deadline) throw new Error('The bench content script did not start in the page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Times both engines in the page and in the content script, alternating which goes first per page. */
export async function timeInContentScript(
  engine: Engine,
  pages: readonly BrowserPage[],
  runs: number,
): Promise<ContentScriptRun | null> {
  if (!existsSync(engine === 'chromium' ? CHROMIUM : FIREFOX)) return null;
  const harness = await harnessScripts();
  const { url, server } = await serveBlank();
  const extension = writeExtension(engine, url, harness);
  let browser: Browser | null = null;
  try {
    browser = await launch(engine, extension);
    const page = await browser.newPage();
    await page.goto(url);
    await assertIsolated(page);
    await contentScriptReady(page);
    for (const script of harness) await page.evaluate(script);
    let id = 0;
    const inPage = (p: BrowserPage, n: number) => timeBothInPage(page, p, n);
    const inContentScript = async (p: BrowserPage, n: number): Promise<BrowserTiming> => {
      const ask = { folioBench: 'ask', id: id++, html: p.html, url: p.url, runs: n, force: p.force };
      const answer = (await page.evaluate(`new Promise((resolve) => {
        const listen = (event) => {
          if (!event.data || event.data.folioBench !== 'answer' || event.data.id !== ${ask.id}) return;
          window.removeEventListener('message', listen);
          resolve(event.data.result);
        };
        window.addEventListener('message', listen);
        window.postMessage(${JSON.stringify(ask)}, '*');
      })`)) as BrowserTiming & { error?: string };
      if (answer.error) throw new Error(`In the content script: ${answer.error}`);
      return answer;
    };
    // Warm-up: the first runs compile both engines in both places.
    for (const p of pages.slice(0, 5)) {
      await inPage(p, 2);
      await inContentScript(p, 2);
    }
    const run: ContentScriptRun = {
      version: await browser.version(),
      runs,
      timerStepUs: await timerStep(page),
      page: [],
      contentScript: [],
    };
    for (const [k, p] of pages.entries()) {
      if (k % 2) {
        run.contentScript.push(await inContentScript(p, runs));
        run.page.push(await inPage(p, runs));
      } else {
        run.page.push(await inPage(p, runs));
        run.contentScript.push(await inContentScript(p, runs));
      }
    }
    return run;
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
    rmSync(extension, { recursive: true, force: true });
  }
}
