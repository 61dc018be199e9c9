/**
 * Full-text search over titles, sites and bodies with MiniSearch: prefix
 * matching for the word being typed, light fuzziness for longer words, every
 * word required. Titles weigh most.
 */
import MiniSearch, { type Options } from 'minisearch';

export interface SearchDoc {
  id: string;
  title: string;
  site: string;
  text: string;
}

/** Bump when the options below change: older snapshots are then rebuilt. */
export const INDEX_FORMAT = 1;

// Bodies beyond this many characters add little to finding an article and a lot to the index.
const MAX_TEXT = 20_000;

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'site', 'text'],
  storeFields: [],
  processTerm: (term) => {
    const t = term.toLocaleLowerCase();
    return t.length < 2 ? null : t;
  },
  searchOptions: {
    boost: { title: 3, site: 2 },
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (term.length > 5 ? 0.15 : false),
  },
};

export function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch(OPTIONS);
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON(json, OPTIONS);
}

export function toDoc(id: string, title: string, site: string | null, text: string): SearchDoc {
  return { id, title, site: site ?? '', text: text.slice(0, MAX_TEXT) };
}

/** Ids of matching articles, most relevant first. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): string[] {
  return index.search(query).map((r) => String(r.id));
}
