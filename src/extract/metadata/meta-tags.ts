/** `<meta>` tags (OpenGraph, article:*, Dublin Core, Twitter, Parse.ly…) and `<link>`s. */

export type MetaMap = ReadonlyMap<string, string>;

/** All `<meta name|property|itemprop content>` pairs, keys lower case, first one wins. */
export function readMetaTags(metas: readonly Element[]): MetaMap {
  const out = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = `${meta.getAttribute('name') ?? ''} ${meta.getAttribute('property') ?? ''} ${meta.getAttribute('itemprop') ?? ''} ${meta.getAttribute('http-equiv') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

/** The first meta value among `keys`, in the order given. */
export function firstMeta(meta: MetaMap, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

/** The href of the first `<link rel=…>` with that relation. */
export function linkHref(links: readonly Element[], rel: string): string | null {
  for (const link of links) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return link.getAttribute('href')?.trim() || null;
  }
  return null;
}
