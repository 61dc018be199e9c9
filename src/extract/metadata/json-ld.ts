/**
 * The page's JSON-LD article object (schema.org), read before Readability
 * strips the scripts.
 */

/** schema.org types of an article, as Readability also accepts them. */
const ARTICLE_TYPE =
  /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|TechArticle|Review)$/;

export interface JsonLdArticle {
  types: string[];
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  section: string | null;
  publisher: string | null;
  image: string | null;
  url: string | null;
  description: string | null;
  inLanguage: string | null;
  keywords: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The first article-typed JSON-LD object among the page's `<script>` elements, or null. */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle | null {
  for (const script of scripts) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const article = flatten(data).find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
    if (article) return toArticle(article);
  }
  return null;
}

/** All objects of a JSON-LD document: top level, arrays and `@graph`. */
function flatten(data: Json, depth = 0): JsonObject[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item) => flatten(item, depth + 1));
  const graph = data['@graph'];
  return [data, ...(graph ? flatten(graph, depth + 1) : [])];
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function toArticle(node: JsonObject): JsonLdArticle {
  return {
    types: typesOf(node),
    headline: str(node.headline) ?? str(node.name),
    authors: names(node.author),
    datePublished: str(node.datePublished) ?? str(node.dateCreated),
    dateModified: str(node.dateModified),
    section: str(Array.isArray(node.articleSection) ? (node.articleSection[0] ?? null) : node.articleSection),
    publisher: names(node.publisher)[0] ?? null,
    image: url(node.image),
    url: str(node.url) ?? url(node.mainEntityOfPage),
    description: str(node.description),
    inLanguage: str(node.inLanguage),
    keywords: keywords(node.keywords),
  };
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function names(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => names(v));
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (value && typeof value === 'object') return names(value.name);
  return [];
}

function url(value: Json | undefined): string | null {
  if (Array.isArray(value)) return value.length ? url(value[0]) : null;
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object') return str(value.url) ?? str(value['@id']);
  return null;
}

function keywords(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string')
    return value
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  return [];
}
