/**
 * First cleanup pass: whole containers the page itself labels as clutter
 * (by tag, ARIA role, class or id). Size limits keep a mislabelled article
 * wrapper from ever being removed.
 */
import type { RemovedKind } from '../types';
import { hintKind } from './hints';
import { linkRatio, normText } from './dom-utils';
import type { Removals } from './removals';
import { EMBED_ATTR } from '../prepare/social-embeds';

/** Longest text (characters) a container of each kind may hold and still be removed. */
const MAX_CHARS: Record<RemovedKind, number> = {
  ad: 600,
  promo: 3000,
  newsletter: 800,
  share: 400,
  comments: 20000,
  debris: 300,
  video: 600,
  byline: 400,
  tags: 500,
  copyright: 600,
  duplicate: 0,
  caption: 0,
  other: 600,
};

/** Share of the article text above which no hint is trusted. */
const MAX_SHARE = 0.35;

const ROLE_KINDS: Record<string, RemovedKind> = {
  navigation: 'other',
  banner: 'other',
  contentinfo: 'copyright',
  dialog: 'other',
  alertdialog: 'other',
  complementary: 'promo',
  search: 'other',
};

const TAG_KINDS: Record<string, RemovedKind> = {
  NAV: 'other',
  FORM: 'newsletter',
  BUTTON: 'other',
  SELECT: 'other',
  TEXTAREA: 'other',
  INPUT: 'other',
  DIALOG: 'other',
  ASIDE: 'promo',
};

/** The kind a container declares about itself, before size checks. */
function declaredKind(el: Element): RemovedKind | null {
  const byTag = TAG_KINDS[el.tagName];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role && ROLE_KINDS[role]) return ROLE_KINDS[role] ?? null;
  const kind = hintKind(el);
  // Captions stay with their figures; the caption pass decides about them.
  return kind === 'caption' ? null : kind;
}

/**
 * Labelled clutter containers under `root`, outermost first, limited to
 * `kinds` when given. Nothing is changed.
 */
export function findLabelledClutter(
  root: Element,
  totalChars: number,
  kinds?: ReadonlySet<RemovedKind>,
): Array<[Element, RemovedKind]> {
  const found: Array<[Element, RemovedKind]> = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const kind = declaredKind(child);
      if (kind && (!kinds || kinds.has(kind)) && removable(child, kind, totalChars))
        found.push([child, kind]);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

/** Removes labelled clutter containers under `root`. */
export function hintPass(root: Element, removals: Removals, totalChars: number): void {
  for (const [el, kind] of findLabelledClutter(root, totalChars)) removals.remove(el, kind);
}

function removable(el: Element, kind: RemovedKind, totalChars: number): boolean {
  // Embedded posts are quoted sources, whatever their wrapper is called.
  if (el.hasAttribute(EMBED_ATTR) || el.querySelector(`[${EMBED_ATTR}]`)) return false;
  const chars = normText(el).length;
  if (chars > MAX_CHARS[kind] || chars > Math.max(120, totalChars * MAX_SHARE)) return false;
  // Several paragraphs of prose are an article, whatever the container is called
  // ("entry-content-read-more"); comment threads are the exception.
  if (kind !== 'comments' && proseParagraphs(el) >= 3) return false;
  return true;
}

/** Paragraphs of running prose: long enough and mostly not links. */
function proseParagraphs(el: Element): number {
  let count = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const text = normText(p);
    if (text.length >= 120 && linkRatio(p, text) < 0.3) count++;
    if (count >= 3) break;
  }
  return count;
}
