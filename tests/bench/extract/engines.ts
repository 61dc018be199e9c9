/**
 * The two engines as the bench runs them, each timed from a parsed Document
 * to its result. Parsing is not timed (each engine gets its own parse of the
 * same page). Folio's time includes everything it does: limits, metadata,
 * readerable check, fidelity pass, Readability, cleanup, text, links and
 * DOMPurify. Readability's time is `new Readability(doc).parse()`.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { nodeWindow } from '../../../src/cli/node-window';
import { extractArticle, isLikelyArticle } from '../../../src/extract';
import type { Article, ExtractOptions } from '../../../src/extract';
import type { MetadataValues } from './metadata-compare';

export interface EngineRun {
  /** Plain text for the shingle metric ('' when the engine gave up). */
  text: string;
  /** Article HTML ('' when none). */
  html: string;
  ms: number;
  metadata: MetadataValues;
}

/** Folio on `doc`. `readerable` is decided first, untimed, without changing `doc`. */
export function runFolio(doc: Document, url: string, options: ExtractOptions = {}): EngineRun {
  const readerable = isLikelyArticle(doc, url);
  const window = nodeWindow();
  const start = performance.now();
  const result = extractArticle(doc, url, { ...options, window });
  const ms = performance.now() - start;
  const article: Article | null = result.kind === 'article' ? result.article : null;
  return {
    text: article?.text ?? '',
    html: article?.contentHtml ?? '',
    ms,
    metadata: { ...article, readerable },
  };
}

/** Plain @mozilla/readability on `doc`, its `textContent` as the text (as the published benchmark does). */
export function runReadability(doc: Document): EngineRun {
  const readerable = isProbablyReaderable(doc);
  const start = performance.now();
  const parsed = new Readability(doc).parse();
  const ms = performance.now() - start;
  return {
    text: parsed?.textContent ?? '',
    html: parsed?.content ?? '',
    ms,
    metadata: { ...parsed, readerable },
  };
}
