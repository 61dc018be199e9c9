// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('../storage/fake-platform'));
import { App } from '../../../src/list/components/app';
import { initialState, type ListActions, type ListState } from '../../../src/list/state';
import { pendingEntry } from '../../../src/storage/save-article';
import type { ListEntry } from '../../../src/storage/types';

const saved: ListEntry = {
  ...pendingEntry('a1', 'https://news.example/a', 'Marines deployed', 1_700_000_000_000),
  pending: false,
  readingMinutes: 4,
  progress: { block: 3, quote: 'q', offset: 0, percent: 0.42, at: 1 },
};
const pending = pendingEntry('a2', 'javascript:alert(1)', 'A hostile link', 1_700_000_000_000);

function actions(): ListActions {
  return {
    setFilter: vi.fn(),
    setSort: vi.fn(),
    setQuery: vi.fn(),
    showMore: vi.fn(),
    setArchived: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
    undo: vi.fn(async () => undefined),
    exportAs: vi.fn(async () => undefined),
    importFile: vi.fn(async () => undefined),
    dismissNotice: vi.fn(),
  };
}

function show(state: Partial<ListState>, a = actions()) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const entries = state.entries ?? [];
  render(
    <App
      state={{ ...initialState, loading: false, complete: true, entries, visible: entries, ...state }}
      actions={a}
    />,
    root,
  );
  return { root, a };
}

describe('the reading list page', () => {
  it('shows title, site, date, reading time and an accessible progress bar per article', () => {
    const { root } = show({ entries: [saved] });
    const row = root.querySelector('.entry')!;
    expect(row.querySelector('.entry-title a')?.getAttribute('href')).toBe(
      'chrome-extension://folio-test/src/reader/index.html?saved=a1',
    );
    expect(row.querySelector('.site')?.textContent).toBe('news.example');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2023-11-14T22:13:20.000Z');
    expect(row.textContent).toContain('listMinutes(4)');
    const bar = row.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('42');
    expect(bar.getAttribute('aria-label')).toBe('listProgress(42)');
    expect(root.querySelector('.count')?.textContent).toBe('listShowing(1,1)');
  });

  it('never turns a non-web address into a link', () => {
    const { root } = show({ entries: [pending] });
    expect(root.querySelector('.entry a')).toBeNull();
    expect(root.querySelector('.entry-pending')?.textContent).toBe('listPending');
  });

  it('labels every control and wires the buttons to the actions', () => {
    const { root, a } = show({ entries: [saved] });
    const buttons = [...root.querySelectorAll('button')];
    for (const b of buttons) expect(b.getAttribute('aria-label') ?? b.textContent).toBeTruthy();
    expect(root.querySelector('input[type=search]')?.closest('label')).not.toBeNull();
    expect(root.querySelector('select')?.closest('label')).not.toBeNull();
    expect(root.querySelector('input[type=file]')?.closest('label')).not.toBeNull();
    (root.querySelector('.entry .delete') as HTMLButtonElement).click();
    expect(a.remove).toHaveBeenCalledWith('a1');
    (root.querySelector('.entry-actions button:not(.delete)') as HTMLButtonElement).click();
    expect(a.setArchived).toHaveBeenCalledWith('a1', true);
    (root.querySelector('button[data-format=markdown]') as HTMLButtonElement).click();
    expect(a.exportAs).toHaveBeenCalledWith('markdown');
  });

  it('offers Undo after a delete, and shows errors as alerts', () => {
    const { root, a } = show({ notice: { kind: 'undo', text: 'Deleted “x”.', token: 1 } });
    (root.querySelector('button.undo') as HTMLButtonElement).click();
    expect(a.undo).toHaveBeenCalled();
    const failed = show({ notice: { kind: 'error', text: 'Could not import x: the file is empty' } });
    expect(failed.root.querySelector('[role=alert]')?.textContent).toContain('the file is empty');
  });

  it('says the rest is loading while only the first screen is there', () => {
    const { root } = show({ entries: [saved], complete: false });
    expect(root.querySelector('.count')?.textContent).toBe('listLoadingRest');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });
});
