/**
 * Text patterns of clutter blocks. Each applies to a short block only (the
 * caller checks the length), so a long paragraph that happens to start with
 * "Related" or mention a newsletter is never touched.
 */
import type { RemovedKind } from '../types';
import { isSpace } from './dom-utils';

/** Whole-block patterns, tried in order. */
export const PATTERNS: ReadonlyArray<readonly [RemovedKind, RegExp]> = [
  // Ad labels and "the story goes on after the ad" lines.
  [
    'ad',
    /^(advertisement|advertising|advert|adverts|ads|advertorial|anzeige|werbung|publicidad|publicité|pubblicità|iklan|реклама|广告|sponsored|ad)$|^(continue|continues|story continues|article continues|continue reading|the story continues)( reading)? (below|after)( (the )?(ad|advertisement))?$/i,
  ],
  // Newsletter, app and subscription calls to action.
  [
    'newsletter',
    /\b(sign ?up|subscribe|register)\b.{0,80}\b(newsletters?|e-?mails?|inbox|alerts?|updates|today|free|here|now)\b|\bnewsletters?\b.{0,60}\b(sign ?up|subscribe|inbox|delivered)\b|^subscribe( now| today| here)?!?$|^subscribe to\b|^(get|download) (the|our) .{0,40}\bapp\b|\bapp\b.{0,30}\bclick(ing)? here\b|^click here to (get|download|subscribe|sign|follow|join|read|watch)|^(follow|like) (us|[\w ]{1,30}) on (facebook|twitter|instagram|youtube|tiktok|linkedin)|^join (our|the) .{0,60}\b(forums?|community|discussion|conversation)\b|^(have|got) a (news )?tip\b|^(listen|watch) (to )?.{0,40} (live|on demand)\b|\bdelivered (straight )?(to|through|into) your (door|letterbox|inbox|mailbox)\b|\b\d+ issues for\b/i,
  ],
  // Related, read-more and promo lead-ins.
  [
    'promo',
    /^\[?\s*(related|read more|read also|also read|see also|see more|more|also on|also|more on|more from|don'?t miss|you may also like|you might also like|recommended|read next|up next|watch next|must read|trending|popular|related coverage|related stories|related articles|related content|related news|related post|more great [\w ]+ stories|more stories|latest news|most read|further reading|lees ook|lesen sie auch|leia também|leia mais|lee también|lire aussi|leggi anche|читайте также|baca juga)\s*(\.\.\.|…|:|-|–|—|\||>|»)|^(related|read more|see more|more|don'?t miss|you may also like|related stories|related articles|more stories|more great [\w ]+ stories|latest news|most read|recommended|trending now|popular this week|recent articles|related news|read next|up next)\s*(\.\.\.|…|:)?$/i,
  ],
  // Share prompts.
  [
    'share',
    /^(share( this)?( article| story| post)?( on| via| with)?:?$|share on (facebook|twitter|x|linkedin|whatsapp|email)|like this (story|article)\??.{0,40}share|tweet( this)?$|pin( it)?$|email( this)?$|print( this)?$)/i,
  ],
  // Comment prompts and counters.
  [
    'comments',
    /^(\d+\s+)?(comments?|responses?|replies)\s*(\(\d+\))?:?$|^(post|leave|add|write|view|show|see|read) (a |your |all |the )?(\d+ )?(comment|reply|response)s?\b|^comments? (are|is) (closed|disabled)|\bcomments? (with|that|which) .{0,80}(not be approved|will be (deleted|removed))|\bcomentários? .{0,120}\bnão serão (aprovados|publicados)|\bcomentarios? .{0,120}\bno serán (aprobados|publicados)|^tell us what (you|YOU) think/i,
  ],
  // Cookie and consent notices.
  [
    'other',
    /\b(uses?|using) cookies\b.{0,200}\b(accept|agree|consent|opt-?out|continu|privacy|policy)|\b(requires?|enable|turn on) javascript\b|\bjavascript (is )?(disabled|required|turned off)\b|^(skip to (main )?content|skip to navigation|jump to|back to top|scroll to top|print this page|toggle navigation|menu|close|open)$/i,
  ],
  // Trailing tag and category lists.
  ['tags', /^(tags?|topics?|keywords?|filed under|categories|category|posted in|labels?)\s*[:|]/i],
  // Copyright and rights lines.
  [
    'copyright',
    /^(©|\(c\)|copyright\b|ⓒ)|\ball rights reserved\b|\b(may not|must not) be (published|reproduced|redistributed|rewritten)|무단전재|版权所有/i,
  ],
  // Photo credit lines standing alone.
  [
    'caption',
    /^[([]?\s*(image|images|photo|photos|picture|pictures|foto|fotos|bild|credit|credits|source|illustration|graphic|video|gallery|image copyright|image caption|photograph)\s*(copyright|credit|source|by)?\s*[:©]|^(photo|image|picture)s?:? .{0,60}\b(getty|reuters|ap|afp|shutterstock|epa|istock|alamy)\b|^[([]?\s*(getty images|shutterstock|istock|reuters|afp|epa|ap photo|alamy)\b.{0,40}[)\]]?$|\bvia getty images\)?$|^\(?(photo|image):? [^.]{0,60}\)?$|\((ap photo|photo|photos|image|picture|credit|reuters|afp|epa|getty images)\b[^()]{0,80}\)\s*$/i,
  ],
];

/**
 * All the patterns in one expression: most blocks match none, and one pass
 * over their text settles that (the patterns have no back-references, so
 * each means the same inside the union). Which kind comes first is still
 * decided by the patterns one by one, in order.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map(([, pattern]) => `(?:${pattern.source})`).join('|'), 'i');

/** Lines a reader never needs: a kind when `text` matches a clutter pattern. */
export function textKind(text: string): RemovedKind | null {
  if (!ANY_PATTERN.test(text)) return null;
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

/**
 * Leaked URL fragments and markup debris: a block with no spaces that reads
 * like a path or query string, or escaped HTML that ended up as text.
 */
export function isDebris(text: string): boolean {
  // A tag with attributes, escaped or not, or a bare attribute list: markup that leaked into text.
  // (Each expression is asked only when the text has a character every match needs: in
  // Firefox a call of a regular expression costs more than the search itself on most blocks.)
  if (
    (text.includes('=') || text.includes('&lt;')) &&
    /<\/?[a-z][a-z0-9]*\s+[a-z-]+=["']|&lt;\/?[a-z][a-z0-9]*[\s&]|\b(data-[\w-]+|style|class)=["'][^"']*["']\s*(\/?>|$)/.test(
      text,
    )
  ) {
    return true;
  }
  // CMS shortcodes left unrendered: "[button link=…]Send us…[/button]".
  if (text.includes('[/') && /\[([a-z_]+)(\s+[a-z_]+=[^\]]*)?\][^[]*\[\/\1\]/.test(text)) return true;
  // One long "word" of URL characters only (ASCII, no spaces): a path or a query string
  // cut from an address. A whole address ("https://…") is a source the author wrote
  // out, and words joined by a slash ("Introductions/Shout-Outs") are a heading: kept.
  if (text.length >= 20 && /^[\x21-\x7e]+$/.test(text) && !WHOLE_ADDRESS.test(text) && isAddressPart(text))
    return true;
  // CDN transforms such as ":max_bytes(150000):strip_icc():focal(…)".
  if (atMostSpaceRuns(text, 2) && /:\w+\(\d[^)]*\)|\.(jpe?g|png|gif|webp|avif)(\?\S*)?\)?$/i.test(text))
    return true;
  return false;
}

/**
 * True when `text` has at most `most` runs of whitespace, that is splits on
 * `/\s+/` into at most `most + 1` parts; stops counting past `most`.
 */
function atMostSpaceRuns(text: string, most: number): boolean {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace && ++runs > most) return false;
    inSpace = space;
  }
  return true;
}

/** A whole web address, scheme or "www." first. */
const WHOLE_ADDRESS = /^(https?:\/\/|www\.)/i;

/**
 * Reads as a piece of an address: a query (`?`, `=`, `&`), or a path — from
 * its root ("/news-…"), of two steps or more, or of one step with digits, a
 * file extension or a transform ("2019-05/…", "uploads/photo.jpg", ":focal(…)/…").
 */
function isAddressPart(text: string): boolean {
  if (/[?=&]/.test(text)) return true;
  const slashes = text.split('/').length - 1;
  if (slashes === 0) return false;
  return text.startsWith('/') || slashes >= 2 || /[\d.:]/.test(text);
}

/** "Watch video below :", "See tweets:" — a lead-in that only points at media. */
export function isMediaLeadIn(text: string): boolean {
  return (
    text.length <= 90 &&
    /[:：]\s*$|\b(below|here)\s*[.…]*\s*$/i.test(text) &&
    /\b(watch|see|view|listen|video|videos|tweets?|photos?|pictures?|gallery|clip|footage|below|embed|podcast|instagram|post)\b/i.test(
      text,
    )
  );
}
