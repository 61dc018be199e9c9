/**
 * One key per article address, so the same article saved twice (from two
 * tabs, from a link and then the page, or on two devices) is one entry.
 */

// Parameters that only say how someone arrived, never what the page is.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmkt|ref_src|yclid)$/i;

/**
 * Normalizes an address for comparison: scheme-less (http and https are one
 * article), host lower-cased without `www.` or a default port, no fragment,
 * no tracking parameters, the other parameters sorted, no trailing slash.
 * Anything that does not parse is compared as trimmed text.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${port}${path}${query}`;
}

/**
 * The entry id for an address: a 53-bit hash of its normalized form (cyrb53),
 * so two devices that save the same article give it the same id and sync
 * merges them instead of listing it twice.
 */
export function idForUrl(raw: string): string {
  const text = normalizeUrl(raw);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `a${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
