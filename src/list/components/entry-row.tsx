import { extensionUrl, t } from '../../platform/browser';
import type { ListEntry } from '../../storage/types';
import type { ListActions } from '../state';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Only web addresses become links: entries may come from imported files. */
function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

export function EntryRow({ entry, actions }: { entry: ListEntry; actions: ListActions }) {
  const original = safeHref(entry.url);
  // A pending link has no offline copy yet: its title leads to the original page.
  const readHref = entry.pending
    ? original
    : extensionUrl(`src/reader/index.html?saved=${encodeURIComponent(entry.id)}`);
  const percent = Math.round((entry.progress?.percent ?? 0) * 100);
  const titleId = `title-${entry.id}`;
  const archiveLabel = entry.archived ? t('listUnarchive') : t('listArchive');
  return (
    <li class={`entry${entry.pending ? ' pending' : ''}`} data-id={entry.id} aria-labelledby={titleId}>
      <h2 id={titleId} class="entry-title">
        {readHref ? <a href={readHref}>{entry.title}</a> : entry.title}
      </h2>
      <p class="entry-meta">
        {entry.siteName && <span class="site">{entry.siteName}</span>}
        <time dateTime={new Date(entry.savedAt).toISOString()}>
          {t('listSavedOn', dateFormat.format(entry.savedAt))}
        </time>
        {entry.readingMinutes > 0 && <span>{t('listMinutes', String(entry.readingMinutes))}</span>}
      </p>
      {entry.pending && <p class="entry-pending">{t('listPending')}</p>}
      <progress
        class="entry-progress"
        max={100}
        value={percent}
        aria-label={t('listProgress', String(percent))}
      />
      <div class="entry-actions">
        {original && (
          <a
            href={original}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('listOpenOriginalOf', entry.title)}
          >
            {t('listOpenOriginal')}
          </a>
        )}
        <button
          type="button"
          aria-label={t('listActionsOf', [archiveLabel, entry.title])}
          onClick={() => void actions.setArchived(entry.id, !entry.archived)}
        >
          {archiveLabel}
        </button>
        <button
          type="button"
          class="delete"
          aria-label={t('listActionsOf', [t('listDelete'), entry.title])}
          onClick={() => void actions.remove(entry.id)}
        >
          {t('listDelete')}
        </button>
      </div>
    </li>
  );
}
