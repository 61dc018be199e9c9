/** The sources the article cites: its links to other sites, grouped by domain. */
import type { CitedLink } from '../extract/types';
import { t } from '../platform/browser';
import { formatCount, groupByDomain } from './format';

export function CitedSources({ links }: { links: readonly CitedLink[] }) {
  const groups = groupByDomain(links);
  return (
    <section class="panel-section cited" aria-labelledby="cited-heading">
      <h3 id="cited-heading">{t('citedHeading')}</h3>
      {groups.length === 0 ? (
        <p class="muted">{t('citedNone')}</p>
      ) : (
        <>
          <p class="muted">{t('citedSummary', [formatCount(links.length), formatCount(groups.length)])}</p>
          <ul class="domains">
            {groups.map((group) => (
              <li key={group.domain}>
                <span class="domain">{group.domain}</span>
                <ul>
                  {group.links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href} target="_blank" rel="noopener noreferrer" title={link.href}>
                        {link.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
