import type { Article, NotArticleCode } from '../extract/types';

/** Where extensions may not run; each has its own sentence in the interface. */
export type RestrictedPlace =
  | 'browser-page'
  | 'store'
  | 'view-source'
  | 'pdf'
  | 'file'
  | 'extension-page'
  /** The browser refused without saying why: one of the above whose address it hides from us. */
  | 'protected'
  /**
   * The browser refused a web address: the tab shows its error page (the page
   * did not load), or the site is one the browser or a policy closes to extensions.
   */
  | 'refused';

/** The result of asking Folio to read a tab, as the popup shows it. */
export type PageOutcome =
  | {
      kind: 'article';
      tabId: number;
      url: string;
      article: Article;
      /** The tab's own favicon (the only remote icon Folio shows), when the browser told us. */
      favIconUrl?: string | null;
    }
  | {
      kind: 'not-article';
      tabId: number;
      url: string;
      /** The engine's sentence (English); the interface says it from `_locales` by `code` when there is one. */
      reason: string;
      code?: NotArticleCode;
      /** With `failed`: the error's own message, which the interface's sentence names. */
      detail?: string;
    }
  | { kind: 'restricted'; url: string | null; place: RestrictedPlace }
  | { kind: 'error'; message: string };

/** An outcome a reader can show: an article, or the not-an-article state with "show anyway". */
export type ShowableOutcome = Extract<PageOutcome, { kind: 'article' | 'not-article' }>;

export function isShowable(outcome: PageOutcome | null | undefined): outcome is ShowableOutcome {
  return outcome?.kind === 'article' || outcome?.kind === 'not-article';
}

/**
 * Whether reading the page again forced ("show anyway") could give an
 * article: forcing skips only the looks-like-an-article check and the least
 * word count, and raises the element limit (a very large page), so it cannot
 * help a page beyond the other limits, without a body, or where extraction
 * failed. An outcome without a code (an older worker's) may.
 */
export function mayShowAnyway(outcome: Extract<PageOutcome, { kind: 'not-article' }>): boolean {
  const { code } = outcome;
  return code === undefined || code === 'not-readerable' || code === 'no-content' || code === 'very-large';
}
