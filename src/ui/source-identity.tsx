/** Who published the article, who wrote it, when, and at which address. */
import type { Article } from '../extract/types';
import { t } from '../platform/browser';
import { formatCount, formatDate, readingTime, shortUrl } from './format';
import { SiteIcon } from './site-icon';

function labelName(label: string): string {
  const key = `label_${label.replace(/[^a-z0-9]/gi, '_')}`;
  const localized = t(key);
  return localized === key ? label : localized;
}

export function SourceIdentity({ article, favIconUrl }: { article: Article; favIconUrl: string | null }) {
  const ctx = article.sourceContext;
  const site = article.siteName ?? ctx.domain;
  const published = formatDate(article.publishedTime);
  const updated = article.modifiedTime !== article.publishedTime ? formatDate(article.modifiedTime) : null;
  return (
    <dl class="facts">
      <dt>{t('factSite')}</dt>
      <dd class="fact-site">
        <SiteIcon url={favIconUrl} name={site} /> <span>{site}</span>
        {site !== ctx.domain && <span class="muted"> ({ctx.domain})</span>}
      </dd>
      <dt>{t('factByline')}</dt>
      <dd class="fact-byline">{article.byline ?? <span class="muted">{t('noByline')}</span>}</dd>
      <dt>{t('factPublished')}</dt>
      <dd class="fact-published">
        {published && article.publishedTime ? (
          <time dateTime={article.publishedTime}>{published}</time>
        ) : (
          <span class="muted">{t('noDate')}</span>
        )}
      </dd>
      {updated && article.modifiedTime && (
        <>
          <dt>{t('factUpdated')}</dt>
          <dd class="fact-updated">
            <time dateTime={article.modifiedTime}>{updated}</time>
          </dd>
        </>
      )}
      {article.canonicalUrl && (
        <>
          <dt>{t('factCanonical')}</dt>
          <dd class="fact-canonical">
            <a href={article.canonicalUrl} target="_blank" rel="noopener noreferrer">
              {shortUrl(article.canonicalUrl)}
            </a>
            {ctx.canonicalDiffers && (
              <p class="flag" role="note">
                <span aria-hidden="true">⚠ </span>
                {t('canonicalDiffers')}
              </p>
            )}
          </dd>
        </>
      )}
      {article.section && (
        <>
          <dt>{t('factSection')}</dt>
          <dd class="fact-section">{article.section}</dd>
        </>
      )}
      {ctx.labels.length > 0 && (
        <>
          <dt>{t('factLabels')}</dt>
          <dd class="fact-labels">
            <ul class="labels">
              {ctx.labels.map((label) => (
                <li key={label} class={`label label-${label}`}>
                  {labelName(label)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('factLength')}</dt>
      <dd class="fact-length">
        {t('wordCount', formatCount(article.wordCount))} · {readingTime(article.readingMinutes)}
      </dd>
    </dl>
  );
}
