/**
 * Video embeds become plain link cards (title and address) instead of live
 * frames: a reader view should not load players. A page's own `<video>` and
 * `<audio>` too: Folio's pages allow no media (`media-src 'none'` in the
 * manifest's policy), so they would stay as controls that cannot play. The
 * card is a paragraph so Readability keeps it in place; the cleanup then
 * records it as a removed 'video' block whose HTML is the card, so the
 * interface can show it.
 */

/** Attribute marking a video card; its value is the video's address. */
export const VIDEO_ATTR = 'data-folio-video';

const VIDEO_HOSTS =
  /(youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|twitch\.tv|facebook\.com\/plugins\/video|brightcove|jwplayer|jwplatform|wistia|streamable\.com|ted\.com\/talks|vidyard|kaltura|ooyala|vid\.me|rumble\.com|bitchute|player\.|\/embed\/video|\/video\/embed|videoplayer|\bvideo\b.*\bembed\b|\bembed\b.*\bvideo\b)/i;

/** Replaces video frames, `<video>`, `<audio>` and plugin players among `players` with link cards. */
export function replaceVideoEmbeds(doc: Document, players: readonly Element[], pageUrl: string): void {
  for (const el of players) {
    if (!el.parentNode || !el.isConnected) continue;
    const src = sourceOf(el);
    const isAudio = el.tagName === 'AUDIO';
    const isVideo = isAudio || el.tagName === 'VIDEO' || (src !== null && VIDEO_HOSTS.test(src));
    if (!isVideo) continue;
    const href = watchUrl(src, pageUrl);
    const named = (el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').trim();
    const title = named || (isAudio ? 'Audio' : 'Video');
    const card = doc.createElement('p');
    card.setAttribute(VIDEO_ATTR, href ?? '');
    if (href) {
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      link.textContent = `${title} (${hostOf(href)})`;
      card.appendChild(link);
    } else card.textContent = title;
    outermostWrapper(el).replaceWith(card);
  }
}

/**
 * The largest element around a player that holds nothing else (no text):
 * replacing it, not just the frame, keeps the card out of the wrappers
 * Readability drops as empty or all-link.
 */
function outermostWrapper(el: Element): Element {
  let outer = el;
  for (let depth = 0; depth < 3; depth++) {
    const parent = outer.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'P' || parent.children.length !== 1) break;
    if ((parent.textContent ?? '').trim() !== (outer.textContent ?? '').trim()) break;
    outer = parent;
  }
  return outer;
}

function sourceOf(el: Element): string | null {
  const direct =
    el.getAttribute('src') ??
    el.getAttribute('data-src') ??
    el.getAttribute('data') ??
    el.getAttribute('data-lazy-src');
  if (direct) return direct;
  const source = el.querySelector('source[src]');
  return source?.getAttribute('src') ?? null;
}

/** The page address of a video where the embed address has a known form. */
function watchUrl(src: string | null, pageUrl: string): string | null {
  if (!src) return null;
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const youtube =
    /youtube(-nocookie)?\.com$/.test(url.hostname) && /^\/embed\/([\w-]{6,})/.exec(url.pathname);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = url.hostname === 'player.vimeo.com' && /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url.href;
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
