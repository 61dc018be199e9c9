/** What the shared article components show, and what they can ask for. */
import type { Article } from '../extract/types';

export interface ArticleViewState {
  article: Article;
  favIconUrl: string | null;
  /** Positions (`RemovedBlock.position`) of removed blocks put back into the view. */
  restored: ReadonlySet<number>;
}

export interface ArticleViewActions {
  /** Puts a removed block back into the view, or takes it out again. */
  toggleRestored(position: number): void;
  /**
   * Scrolls the original page to a block and highlights it; resolves to
   * whether it was found. Absent where there is no original page (a saved copy).
   */
  showOriginal?: (ref: string, text: string) => Promise<boolean>;
}
