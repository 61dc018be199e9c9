/** The source-context panel: where the article comes from and what was taken away. */
import { t } from '../platform/browser';
import { CitedSources } from './cited-sources';
import { RemovedBlocks } from './removed-blocks';
import { SourceIdentity } from './source-identity';
import type { ArticleViewActions, ArticleViewState } from './view-types';

export function SourcePanel({ state, actions }: { state: ArticleViewState; actions: ArticleViewActions }) {
  const { article } = state;
  return (
    <aside class="source-panel" id="source-panel" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('sourceHeading')}</h2>
      <SourceIdentity article={article} favIconUrl={state.favIconUrl} />
      <CitedSources links={article.sourceContext.links} />
      <RemovedBlocks
        removed={article.sourceContext.removed}
        restored={state.restored}
        onToggle={actions.toggleRestored}
        lang={article.lang ?? undefined}
        dir={article.dir ?? undefined}
      />
    </aside>
  );
}
