/**
 * What Folio removed to make the article clean: counts by kind, each kind
 * expandable to read the removed text, and a way to put a block back.
 */
import type { RemovedBlock, RemovedKind } from '../extract/types';
import { t } from '../platform/browser';
import { formatCount } from './format';

export function kindName(kind: RemovedKind): string {
  return t(`removedKind_${kind}`);
}

/** Elements that show something without text (the HTML is DOMPurify's output: tag names in lower case). */
const SHOWS_WITHOUT_TEXT = /<(img|picture|svg|math|canvas|hr)\b|data-folio-video/;

/**
 * False for a removed block that would show nothing if put back: an ad slot
 * or a share bar the page had not filled yet. It is still counted with its
 * kind; it just offers no Put back that would seem to do nothing.
 */
export function showsSomething(block: RemovedBlock): boolean {
  return block.text.trim() !== '' || SHOWS_WITHOUT_TEXT.test(block.html);
}

interface Props {
  removed: readonly RemovedBlock[];
  /** The article's language and direction: the removed text is the article's. */
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
  restored: ReadonlySet<number>;
  onToggle(position: number): void;
}

export function RemovedBlocks({ removed, restored, onToggle, lang, dir }: Props) {
  const byKind = new Map<RemovedKind, RemovedBlock[]>();
  for (const block of removed) byKind.set(block.kind, [...(byKind.get(block.kind) ?? []), block]);
  return (
    <section class="panel-section removed" aria-labelledby="removed-heading">
      <h3 id="removed-heading">{t('removedHeading')}</h3>
      {removed.length === 0 ? (
        <p class="muted">{t('removedNone')}</p>
      ) : (
        <>
          <p class="muted">{t('removedSummary', formatCount(removed.length))}</p>
          {[...byKind.entries()].map(([kind, blocks]) => (
            <details key={kind} class="removed-kind" data-kind={kind}>
              <summary>
                {/* A no-break space: in the narrow popup a long kind name wraps with its count, never leaving it alone on a line. */}
                {kindName(kind)}
                {'\u00a0'}
                <span class="count">{formatCount(blocks.length)}</span>
              </summary>
              <ol>
                {blocks.map((block) => {
                  const isBack = restored.has(block.position);
                  if (!showsSomething(block))
                    return (
                      <li key={block.position}>
                        <p class="removed-text muted">{t('removedEmpty')}</p>
                      </li>
                    );
                  return (
                    <li key={block.position} class={isBack ? 'is-restored' : undefined}>
                      <p class="removed-text" lang={lang} dir={dir}>
                        {block.text || t('removedNoText')}
                      </p>
                      <button type="button" class="link-button" onClick={() => onToggle(block.position)}>
                        {isBack ? t('removeAgain') : t('putBack')}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
