import { t } from '../../platform/browser';
import type { Filter, ListActions, ListState, SortKey } from '../state';

const FILTERS: Array<[Filter, string]> = [
  ['unread', 'listFilterUnread'],
  ['archived', 'listFilterArchived'],
  ['all', 'listFilterAll'],
];
const SORTS: Array<[SortKey, string]> = [
  ['newest', 'listSortNewest'],
  ['oldest', 'listSortOldest'],
  ['title', 'listSortTitle'],
  ['site', 'listSortSite'],
  ['progress', 'listSortProgress'],
  ['opened', 'listSortOpened'],
];

export function Toolbar({ state, actions }: { state: ListState; actions: ListActions }) {
  return (
    <div class="toolbar">
      <label class="search">
        <span>{t('listSearchLabel')}</span>
        <input
          type="search"
          value={state.query}
          onInput={(e) => actions.setQuery((e.target as HTMLInputElement).value)}
          aria-describedby={state.searchReady ? undefined : 'search-note'}
        />
      </label>
      {!state.searchReady && state.query && (
        <p id="search-note" class="note">
          {t('listSearchIndexing')}
        </p>
      )}
      <fieldset class="filters">
        <legend>{t('listFilterLabel')}</legend>
        {FILTERS.map(([value, key]) => (
          <label key={value}>
            <input
              type="radio"
              name="filter"
              value={value}
              checked={state.filter === value}
              onChange={() => actions.setFilter(value)}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <label class="sort">
        <span>{t('listSortLabel')}</span>
        <select
          value={state.sort}
          onChange={(e) => actions.setSort((e.target as HTMLSelectElement).value as SortKey)}
        >
          {SORTS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
