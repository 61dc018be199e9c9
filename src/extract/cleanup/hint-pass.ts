/**
 * First cleanup pass: whole containers the page itself labels as clutter
 * (by tag, ARIA role, class or id). Size limits keep a mislabelled article
 * wrapper from ever being removed.
 */
import type { RemovedKind } from '../types';
import { carriedKind, classText, HINT_ATTR, hintKindOf } from './hints';
import { BLOCK_TAGS, HEADING_TAGS, collapsedLength, linkRatio, nearestBlock, normText } from './dom-utils';
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

/** Tags that carry landmark roles in practice; others are not asked, to save attribute reads. */
const ROLE_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'UL', 'FORM', 'SPAN']);

/** The role attribute of `el` when labelKind would use it (its tag may carry a landmark role), else null. */
function landmarkRole(el: Element, tag: string): string | null {
  return ROLE_TAGS.has(tag) ? el.getAttribute('role') : null;
}

/** The kind a container declares about itself, before size checks. */
function declaredKind(el: Element): RemovedKind | null {
  const tag = el.tagName;
  // No attributes: no role, class, id or carried label (most elements of a page).
  if (!el.hasAttributes()) return labelKind(tag, null, '', '');
  return labelKind(tag, landmarkRole(el, tag), classText(el), el.id ?? '', el.getAttribute(HINT_ATTR));
}

/**
 * The kind a container declares by its tag, role, a label carried from
 * before Readability, or its class and id, in that order. Takes the values
 * already read: before Readability the pass that trims attributes reads them
 * with every other value.
 */
export function labelKind(
  tag: string,
  role: string | null,
  cls: string,
  id: string,
  carried: string | null = null,
): RemovedKind | null {
  const kind = declaredLabel(tag, role, cls, id, carried);
  // Captions stay with their figures; the caption pass decides about them.
  return kind === 'caption' ? null : kind;
}

/** labelKind with a caption named as one (the early pass keeps caption `<div>`s by it). */
export function declaredLabel(
  tag: string,
  role: string | null,
  cls: string,
  id: string,
  carried: string | null = null,
): RemovedKind | null {
  const byTag = TAG_KINDS[tag];
  if (byTag) return byTag;
  if (role && ROLE_TAGS.has(tag) && ROLE_KINDS[role]) return ROLE_KINDS[role] ?? null;
  return carried ? carriedKind(carried) : hintKindOf(cls, id);
}

export type Labelled = Array<[Element, RemovedKind]>;

/**
 * Labelled clutter containers under `root`, outermost first. Nothing is
 * changed. `declared`: the page's labelled elements in document order with
 * their labels, when already known (before Readability); otherwise the
 * elements under `root` are asked, labels carried through Readability included.
 */
export function findLabelledClutter(root: Element, totalChars: number, declared?: Labelled): Labelled {
  const found: Labelled = [];
  if (declared) {
    // Skip what lies inside an element already taken; containment checks walk up the tree.
    let taken: Element | null = null;
    for (const [el, kind] of declared) {
      if (el === root || (taken && taken.contains(el)) || !el.isConnected || !root.contains(el)) continue;
      if (removable(el, kind, totalChars)) {
        found.push([el, kind]);
        taken = el;
      }
    }
    return found;
  }
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const kind = declaredKind(child);
      if (kind && removable(child, kind, totalChars)) found.push([child, kind]);
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
  const limit = Math.min(MAX_CHARS[kind], Math.max(120, totalChars * MAX_SHARE));
  // The raw length bounds the collapsed one: count that only when it matters,
  // and no further than the limit (this runs on every labelled element of the page).
  const raw = el.textContent ?? '';
  const text = raw.length <= limit ? raw.length : collapsedLength(raw, limit);
  if (text > limit) return false;
  if (isInRunningText(el, raw)) return false;
  if (collapsedLength(raw, PICTURE_LABEL_CHARS) <= PICTURE_LABEL_CHARS && holdsPicture(el)) return false;
  // Several paragraphs of prose are an article, whatever the container is called
  // ("entry-content-read-more"); comment threads are the exception.
  if (kind !== 'comments' && text >= 3 * PROSE_CHARS && proseParagraphs(el) >= 3) return false;
  // Embedded posts are quoted sources, whatever their wrapper is called.
  return !el.hasAttribute(EMBED_ATTR) && el.querySelector(`[${EMBED_ATTR}]`) === null;
}

/** Most text a labelled picture may carry (a credit: "Image copyright Getty Images"). */
const PICTURE_LABEL_CHARS = 40;

/**
 * True when `el` is, or holds, a picture of the article: pages put share
 * overlays, "no ads on this image" flags and copyright labels on the classes
 * of an image or its wrapper, and removing those took the article's pictures.
 * A picture is described (alt text of three words or more, or six CJK
 * characters) or large (by its width and height attributes), and not a link
 * to elsewhere: an ad's picture links away to the advertiser, an article's
 * is unlinked or opens itself.
 */
function holdsPicture(el: Element): boolean {
  const images = el.tagName === 'IMG' ? [el] : Array.from(el.getElementsByTagName('img'));
  return images.some(isArticlePicture);
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

function isArticlePicture(img: Element): boolean {
  const alt = (img.getAttribute('alt') ?? '').trim();
  // Three words, or six characters of a script written without spaces (Chinese, Japanese, Korean).
  const described = alt.split(/\s+/).length >= 3 || (alt.match(CJK) ?? []).length >= 6;
  const large = Number(img.getAttribute('width')) >= 300 || Number(img.getAttribute('height')) >= 200;
  if (!described && !large) return false;
  const href = img.closest('a')?.getAttribute('href')?.trim();
  return !href || href.startsWith('#') || /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i.test(href);
}

/** Blocks of running text: words inside them belong to their sentences. */
const TEXT_BLOCKS = new Set(['P', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', ...HEADING_TAGS]);

/**
 * True when `el` is a word or phrase amid running text (a link or a span in
 * a paragraph, a token in code): the page's class on it ("keywords",
 * "meta-org", "comment" in highlighted code) names what it mentions, and
 * taking it out would break the sentence. Elements labelled by their tag (a
 * button in a paragraph) and empty ones are not protected.
 */
function isInRunningText(el: Element, raw: string): boolean {
  if (BLOCK_TAGS.has(el.tagName) || TAG_KINDS[el.tagName]) return false;
  const own = collapsedLength(raw);
  if (own === 0) return false;
  if (el.closest('pre, code')) return true;
  const block = nearestBlock(el);
  return (
    block !== null && TEXT_BLOCKS.has(block.tagName) && collapsedLength(block.textContent ?? '', own) > own
  );
}

/** Shortest paragraph counted as prose. */
const PROSE_CHARS = 120;

/** Paragraphs of running prose: long enough and mostly not links. */
function proseParagraphs(el: Element): number {
  let count = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const text = normText(p);
    if (text.length >= PROSE_CHARS && linkRatio(p, text) < 0.3) count++;
    if (count >= 3) break;
  }
  return count;
}
