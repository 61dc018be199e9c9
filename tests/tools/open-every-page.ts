/**
 * `npm run pages`: opens Folio as a person would on every page of the
 * extraction benchmark's data (the 88 aeb-dev pages and Readability's 130
 * test pages, served from 127.0.0.1 with every other host unreachable) in
 * the built extension, in Chromium (toolbar click) or, with the argument
 * `firefox`, in Firefox ESR (the popup page opened for the page's tab, see
 * pages-browsers.ts): every removed kind opened and the first block put
 * back, reader mode on and off. It lists what a person
 * would meet that the unit and end-to-end tests cannot foresee on real
 * markup: a popup that never settles, a script error in Folio's pages, a
 * load other than the article's own pictures, a reader that does not show
 * or does not give the page back at its scroll position. Exits non-zero
 * when anything is listed. Needs ../shared/data (or FOLIO_DATA) and Debian's
 * Chromium or Firefox ESR; `FOLIO_PAGES_ONLY=a,b` keeps the pages whose id contains one of
 * them; `FOLIO_PAGES_AXE=1` also runs axe-core in the popup and the reader
 * and lists its serious and critical findings apart (see audit()).
 */
import type { Frame, Page } from 'puppeteer-core';
import { seriousViolations } from '../e2e/support/axe';
import { startFixtureServer } from '../e2e/support/server';
import { dataDir, loadAeb, loadReadabilityPages } from '../bench/extract/data';
import { openChromium, openFirefox } from './pages-browsers';

const { dir } = dataDir();
const only = (process.env.FOLIO_PAGES_ONLY ?? '').split(',');
const axe = process.env.FOLIO_PAGES_AXE === '1';
const pages = [
  ...loadAeb(dir).map((p) => ({ id: `aeb-dev/${p.id.slice(0, 12)}`, html: p.html })),
  ...loadReadabilityPages(dir).map((p) => ({ id: `readability/${p.id}`, html: p.html })),
].filter((p) => only.some((part) => p.id.includes(part)));

const byPath = new Map(pages.map((p) => [`/${p.id}/`, p.html]));
const server = await startFixtureServer((path) => {
  const body = byPath.get(path);
  return body === undefined ? null : { body };
});
// Offline by design: a page's own resources and redirects fail at once instead of waiting.
const session = process.argv.includes('firefox') ? await openFirefox() : await openChromium();

/** Pictures of the article (offline here, so they fail): loading them is the view's job. */
const PICTURE = /^(image|media)$/;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Result {
  id: string;
  shown: string;
  problems: string[];
  /** axe-core's serious and critical findings (FOLIO_PAGES_AXE=1), as `where: rule`. */
  findings: string[];
}

/**
 * Runs axe-core in a view of the article. What it finds is listed apart from
 * the problems: most of it is the page's own markup, shown as it is (a
 * picture without a description, a list holding other elements) — a place to
 * look for what Folio could mend in every view, not a failure by itself.
 */
async function audit(view: Page | Frame, where: string, findings: string[]): Promise<void> {
  for (const v of await seriousViolations(view)) {
    const more = v.targets.length > 2 ? ` and ${v.targets.length - 2} more` : '';
    findings.push(`${where}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 2).join(', ')}${more}`);
  }
}

/** Folio's pages (popup, reader frame) report their errors and loads into `problems`. */
function watch(view: Page, where: string, problems: string[]): void {
  view.on('pageerror', (error) => problems.push(`${where}: script error ${String(error).slice(0, 200)}`));
  view.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
      problems.push(`${where}: console error ${text.slice(0, 200)}`);
  });
  view.on('request', (request) => {
    const url = request.url();
    if (session.isOwn(url)) return;
    const kind = session.kindOf(request);
    if (!PICTURE.test(kind)) problems.push(`${where}: loaded a ${kind} ${url.slice(0, 120)}`);
  });
}

async function openOne(id: string): Promise<Result> {
  const problems: string[] = [];
  const findings: string[] = [];
  const page = await session.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss()); // the dialog case has its own end-to-end test
  let shown: string;
  try {
    shown = await visit(id, page, problems, findings);
  } catch (error) {
    problems.push(`failed: ${String(error).slice(0, 200)}`);
    shown = 'nothing';
  }
  // A page whose own script went on to another host: unreachable here, and not Folio's doing.
  if (await leftThePage(page, server.url(`/${id}/`))) {
    shown = 'page left for an unreachable address';
    problems.length = 0;
  }
  await page.close().catch(() => undefined);
  return { id, shown, problems, findings };
}

/**
 * True when the page's own script took the tab elsewhere (every other host
 * is unreachable here): the browser's error page, or, in Firefox, the
 * refusing proxy's answer at the other address.
 */
async function leftThePage(page: Page, url: string): Promise<boolean> {
  if (session.isErrorPage(page.url())) return true;
  const now = await page.evaluate(() => location.href).catch(() => page.url());
  return now !== 'about:blank' && new URL(now).origin !== new URL(url).origin;
}

/** One page: toolbar click, removed blocks, reader on and off. Returns what the popup showed. */
async function visit(id: string, page: Page, problems: string[], findings: string[]): Promise<string> {
  const url = server.url(`/${id}/`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => undefined);
  if (await leftThePage(page, url)) return 'page left for an unreachable address';
  const popup = await session.openPopup(page, url);
  watch(popup, 'popup', problems);
  const settled = await popup
    .waitForSelector('article .article-body, [role=alert]', { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (!settled) {
    const status = await popup.evaluate(() => document.body.innerText.slice(-160)).catch(() => '');
    problems.push(`popup: never settled (${JSON.stringify(status)})`);
    return 'nothing';
  }
  const alert = await popup.$eval('[role=alert]', (el) => el.textContent ?? '').catch(() => null);
  if (alert !== null) {
    await popup.close().catch(() => undefined);
    return `sentence: ${alert}`;
  }
  const words = await popup.$eval('article .article-body', (el) => (el.textContent ?? '').trim().length);
  if (words === 0) problems.push('popup: an empty article');
  if (axe) await audit(popup, 'popup', findings);
  // Every removed kind opened, and the first block put back into the view.
  const kinds = await popup.$$eval('aside details', (all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
    return all.length;
  });
  const putBack = await popup.$('aside details button');
  if (putBack) {
    const length = () => popup.$eval('article .article-body', (el) => el.innerHTML.length);
    const before = await length();
    await putBack.click();
    await wait(100);
    if ((await length()) <= before) problems.push('popup: Put back added nothing to the article');
  }
  // Reader mode on, and off at the same scroll position.
  const before = await page.evaluate(() => {
    window.scrollTo(0, Math.min(400, document.documentElement.scrollHeight));
    return Math.round(window.scrollY);
  });
  await popup.click('.reader-toggle');
  // Any element with text: some articles are all <pre> or lists, without a paragraph.
  const frame = await session
    .readerFrame(page, 10_000, 'article .article-body :not(:empty)')
    .catch(() => null);
  if (!frame) problems.push('reader: did not show the article');
  else {
    const chars = await frame.$eval('article .article-body', (el) => (el.textContent ?? '').trim().length);
    if (chars === 0) problems.push('reader: an empty article');
    if (axe) await audit(frame, 'reader', findings);
    await popup.waitForSelector('.reader-toggle[aria-pressed=true]', { timeout: 5_000 });
    await popup.click('.reader-toggle');
    const gone = await page
      .waitForFunction(() => !document.querySelector('folio-reader'), { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!gone) problems.push('reader: still on the page after turning it off');
    const after = await page.evaluate(() => Math.round(window.scrollY));
    if (Math.abs(after - before) > 2) problems.push(`reader: page scroll ${before} came back as ${after}`);
  }
  await popup.close().catch(() => undefined);
  return `article, ${words} characters, ${kinds} removed kinds`;
}

const results: Result[] = [];
console.log(`${pages.length} pages in ${session.name}`);
try {
  for (const { id } of pages) {
    const result = await openOne(id);
    results.push(result);
    console.log(`${id}: ${result.shown}`);
    for (const problem of result.problems) console.log(`  ! ${problem}`);
    for (const finding of result.findings) console.log(`  axe ${finding}`);
  }
} finally {
  await session.close();
  await server.close();
}

const articles = results.filter((r) => r.shown.startsWith('article')).length;
const sentences = results.filter((r) => r.shown.startsWith('sentence')).length;
const troubled = results.filter((r) => r.problems.length > 0);
console.log(
  `\n${results.length} pages: ${articles} articles, ${sentences} sentences, ` +
    `${results.length - articles - sentences} other; ${troubled.length} with problems`,
);
for (const r of troubled) console.log(`${r.id}: ${r.problems.join('; ')}`);
if (axe) {
  const byRule = new Map<string, Set<string>>();
  for (const r of results)
    for (const f of r.findings) {
      const rule = f.replace(/^\w+: (\S+ \(\w+\)).*$/, '$1');
      byRule.set(rule, (byRule.get(rule) ?? new Set()).add(r.id));
    }
  const rules = [...byRule].sort((a, b) => b[1].size - a[1].size);
  console.log(
    `axe-core, serious and critical (pages): ${rules.map(([rule, ids]) => `${rule} ${ids.size}`).join(', ') || 'none'}`,
  );
}
process.exitCode = troubled.length > 0 ? 1 : 0;
