/**
 * Helpers for the reading-list browser tests: talk to Folio's worker from
 * one of its own pages, as the popup and the list do, in either browser.
 */
import type { Page } from 'puppeteer-core';

/** Sends a `bg/…` message from an extension page and returns the reply's value (or throws its error). */
export async function bg<T = unknown>(page: Page, type: string, payload: object): Promise<T> {
  const reply = await page.evaluate(
    async (type, payload) => {
      type Api = { runtime: { sendMessage(message: object): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (g.browser ?? g.chrome).runtime.sendMessage({ folio: 1, type, payload })) as
        { ok: true; value: unknown } | { ok: false; error: string };
    },
    type,
    payload,
  );
  if (!reply || !reply.ok) throw new Error(reply ? reply.error : `no reply to ${type}`);
  return reply.value as T;
}

/** Polls `probe` until it returns a truthy value. */
export async function until<T>(probe: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The list page's rows, as the person sees them. */
export function listTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.entry .entry-title')).map((el) => el.textContent?.trim() ?? ''),
  );
}

/** Types into the list's search box (replacing what is there). */
export async function search(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

/** Chooses a filter radio (Unread, Archived, All) by its value. */
export async function chooseFilter(page: Page, value: 'unread' | 'archived' | 'all'): Promise<void> {
  await page.evaluate(
    (v) => document.querySelector<HTMLInputElement>(`input[name=filter][value=${v}]`)!.click(),
    value,
  );
}

/**
 * Where a block of the reader stands: its top relative to the top of what
 * scrolls the article (window or a scrolling container), and how far the
 * article is scrolled.
 */
export function blockPosition(page: Page, quote: string): Promise<{ top: number; scrolled: number } | null> {
  return page.evaluate((quote) => {
    const block = Array.from(document.querySelectorAll('p, li, h2, h3, blockquote')).find((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(quote),
    );
    if (!block) return null;
    let scroller: Element | null = block.parentElement;
    while (scroller) {
      const overflow = getComputedStyle(scroller).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && scroller.scrollHeight > scroller.clientHeight)
        break;
      scroller = scroller.parentElement;
    }
    const top = scroller ? scroller.getBoundingClientRect().top : 0;
    return {
      top: block.getBoundingClientRect().top - top,
      scrolled: scroller ? scroller.scrollTop : scrollY,
    };
  }, quote);
}

/** Scrolls the reader so the block starting with `quote` is at the top of the view. */
export async function scrollBlockToTop(page: Page, quote: string): Promise<void> {
  const found = await page.evaluate((quote) => {
    const block = Array.from(document.querySelectorAll('p')).find((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(quote),
    );
    block?.scrollIntoView({ block: 'start' });
    return Boolean(block);
  }, quote);
  if (!found) throw new Error(`no paragraph starts with “${quote}”`);
}
