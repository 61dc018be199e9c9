/**
 * Labels a page declares about itself (opinion, sponsored, analysis…), for
 * the source panel. Only declared signals: schema.org types, section and
 * meta values, the address path and class names on the page's own article
 * container — never a guess from the prose.
 */
import type { PageMetadata } from './page-metadata';
import { tagged } from '../survey';
import type { Survey } from '../survey';

const TYPE_LABELS: Record<string, string> = {
  OpinionNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  ReviewNewsArticle: 'review',
  Review: 'review',
  SatiricalArticle: 'satire',
  AdvertiserContentArticle: 'sponsored',
  LiveBlogPosting: 'live',
  BackgroundNewsArticle: 'background',
};

const WORD_LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'opinion',
    /\b(opinion|opinions|commentary|commentisfree|editorials?|op-?ed|columns?|columnists?|meinung|opini[oó]n|tribune)\b/i,
  ],
  [
    'sponsored',
    /\b(sponsored|sponsor-content|paid-?(content|post)|partner-?content|advertorial|brandvoice|branded-?content)\b/i,
  ],
  ['analysis', /\b(analysis|explainer)\b/i],
  ['review', /\breviews?\b/i],
  ['satire', /\bsatire\b/i],
];

/** Every label a page can be given (the interface names each one: `label_<name>` in `_locales`). */
export function knownLabels(): string[] {
  return [...new Set([...Object.values(TYPE_LABELS), ...WORD_LABELS.map(([label]) => label)])];
}

/** The labels of a page, deduplicated, in a stable order. */
export function readLabels(doc: Document, survey: Survey, url: string, meta: PageMetadata): string[] {
  const labels = new Set<string>();
  for (const type of meta.jsonLd?.types ?? []) {
    const label = TYPE_LABELS[type];
    if (label) labels.add(label);
  }
  const declared = [
    meta.section ?? '',
    meta.meta.get('article:tag') ?? '',
    meta.meta.get('article:content_tier') === 'sponsored' ? 'sponsored' : '',
    meta.meta.get('og:type') ?? '',
    pathOf(url),
    pathOf(meta.canonicalUrl ?? ''),
  ].join(' ');
  for (const [label, pattern] of WORD_LABELS) if (pattern.test(declared)) labels.add(label);
  // Class names are noisier (widgets, tag lists): trust them only for the two labels that matter most.
  const classes = containerClasses(doc, tagged(survey, 'ARTICLE')[0]);
  for (const [label, pattern] of WORD_LABELS.slice(0, 2)) if (pattern.test(classes)) labels.add(label);
  return [...labels];
}

function pathOf(url: string): string {
  // No address (no canonical link): asked of URL, it throws, and a throw costs more than the rest of this.
  if (!url) return '';
  try {
    return new URL(url).pathname.replace(/[/_.]/g, ' ');
  } catch {
    return '';
  }
}

/** Classes of the body and the first article element, where CMSs put the post type. */
function containerClasses(doc: Document, article: Element | undefined): string {
  return `${doc.body?.getAttribute('class') ?? ''} ${article?.getAttribute('class') ?? ''}`.replace(
    /[-_]/g,
    '-',
  );
}
