/**
 * The hostile corpus served for the browser tests: `/hostile/<kind>.html`,
 * each page with the vectors of one published class (and `all`), served
 * with a page CSP that blocks every script, style, image and frame of the
 * page itself. So the page makes no callback of its own: any hit on
 * `/cb/exec/…` or `/cb/load/…` comes from one of Folio's views.
 */
import type { Frame, Page } from 'puppeteer-core';
import { findDanger } from '../../support/find-danger';
import { hostilePages } from '../../support/hostile-vectors';
import { startFixtureServer, type FixtureServer } from './server';

export const HOSTILE_PAGES = hostilePages();

export async function startHostileServer(): Promise<FixtureServer> {
  return startFixtureServer((path, origin) => {
    const match = /^\/hostile\/([\w-]+)\.html$/.exec(path);
    const page = match && HOSTILE_PAGES.find((p) => p.slug === match[1]);
    if (!page) return null;
    return {
      body: page.html.replaceAll('__CB__', `${origin}/cb`),
      headers: { 'content-security-policy': "default-src 'none'" },
    };
  });
}

/** Callback hits: a payload ran (exec) or a remote resource of the page loaded (load) in a Folio view. */
export function callbackHits(server: FixtureServer): string[] {
  return server.requests.filter((r) => r.path.startsWith('/cb/')).map((r) => r.path);
}

/** What a view shows of the article: dangerous DOM left, and whether any payload flagged itself. */
export async function inspectView(target: Page | Frame, selector: string | null) {
  const danger = await target.evaluate(findDanger, selector);
  const pwned = await target.evaluate(
    () => (globalThis as unknown as { __folioPwned?: string[] }).__folioPwned ?? [],
  );
  return { danger, pwned };
}
