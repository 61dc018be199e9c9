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
export const INDEX_FORMAT = 2;

// The commonest English words appear in every article: indexing them would
// make the index (and its load time) much larger and find nothing useful.
const STOP_WORDS = new Set(
  (
    'the and for that with this from are was were been have has had not but they their them his her she him ' +
    'its our you your who whom which what when where why how all any can could would should will into than ' +
    'then there these those about also after before over under more most other some such only own same very ' +
    'just out off per via one two said says did does doing being because while during each both few nor too'
  ).split(' '),
);

// Bodies beyond this many characters add little to finding an article and a lot to the index.
const MAX_TEXT = 20_000;

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'site', 'text'],
  storeFields: [],
  processTerm: (term) => {
    const t = term.toLocaleLowerCase();
    return t.length < 2 || STOP_WORDS.has(t) ? null : t;
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

/** Loads a saved index in slices, so a large one does not freeze the page while it loads. */
export function loadIndex(json: string): Promise<MiniSearch<SearchDoc>> {
  return MiniSearch.loadJSONAsync(json, OPTIONS);
}

export function toDoc(id: string, title: string, site: string | null, text: string): SearchDoc {
  return { id, title, site: site ?? '', text: text.slice(0, MAX_TEXT) };
}

/** Ids of matching articles, most relevant first. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): string[] {
  return index.search(query).map((r) => String(r.id));
}
