/**
 * The clean article, in one <article>: a header with the title, site and
 * reading time, then the body (sanitized again here) with the removed blocks
 * the person put back. The article's own `lang` and `dir` apply to it.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../platform/browser';
import { composeArticleHtml } from './compose-article';
import { readingTime } from './format';
import { JumpButton } from './jump-button';
import { SafeHtml } from './safe-html';
import { SiteIcon } from './site-icon';
import type { ArticleViewActions, ArticleViewState } from './view-types';

/**
 * Marks the moment the article is on screen, for the benchmark
 * (tests/bench/ui-bench.ts): the intersection observer reports in the
 * rendering step of the first frame that lays the article out in view, just
 * before it is painted. A reader prepared hidden is in view only once reader
 * mode reveals it.
 */
function markWhenShown(el: Element | null): (() => void) | undefined {
  const mark = () => performance.mark('folio:article-shown');
  if (!el || typeof IntersectionObserver === 'undefined') return void requestAnimationFrame(mark);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    mark();
  });
  observer.observe(el);
  return () => observer.disconnect();
}

interface Props {
  state: ArticleViewState;
  actions: ArticleViewActions;
  /** Receives the rendered body, for reading-progress anchors. */
  bodyRef?: RefObject<HTMLDivElement | null>;
}

export function ArticleView({ state, actions, bodyRef }: Props) {
  const { article, restored } = state;
  const ownBody = useRef<HTMLDivElement>(null);
  const body = bodyRef ?? ownBody;
  const [notice, setNotice] = useState('');
  const html = useMemo(
    () => composeArticleHtml(article.contentHtml, article.sourceContext.removed, restored),
    [article, restored],
  );
  const root = useRef<HTMLElement>(null);
  // Observed before the first paint, so the first frame that shows the article reports it.
  useLayoutEffect(() => markWhenShown(root.current), [article]);

  const site = article.siteName ?? article.sourceContext.domain;
  const showOriginal = actions.showOriginal;
  const jump = async (ref: string, text: string) => {
    setNotice('');
    const found = await showOriginal?.(ref, text).catch(() => false);
    setNotice(found ? t('shownInOriginal') : t('notFoundInOriginal'));
  };
  return (
    <article ref={root} class="article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="article-header">
        <p class="article-site" dir="auto">
          <SiteIcon url={state.favIconUrl} name={site} /> <span>{site}</span>
          <span class="article-time"> · {readingTime(article.readingMinutes)}</span>
        </p>
        <h1 class="article-title">{article.title}</h1>
        {article.byline && <p class="article-byline">{article.byline}</p>}
      </header>
      {showOriginal && <JumpButton body={body} html={html} onJump={(ref, text) => void jump(ref, text)} />}
      <div ref={body}>
        <SafeHtml html={html} class="article-body" />
      </div>
      <p class="visually-hidden" role="status">
        {notice}
      </p>
    </article>
  );
}
