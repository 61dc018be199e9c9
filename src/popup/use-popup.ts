/**
 * The popup's state and the actions its components call: reads the tab, then
 * asks (in parallel) for reader mode and the reading-list entry. Each of
 * those may fail on its own (the reading list may not be there yet) without
 * breaking the article view.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { isShowable, type PageOutcome } from '../messages/outcome';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../storage/settings';
import type { ListEntry } from '../storage/types';
import { applySettings } from '../ui/apply-settings';
import type { SaveStatus } from '../ui/save-button';
import type { PopupActions } from './connector';

export interface PopupState {
  outcome: PageOutcome | null;
  /** The page was read with "show anyway". */
  forced: boolean;
  settings: ReaderSettings;
  reader: { on: boolean; busy: boolean; error: string | null };
  save: { status: SaveStatus; entry: ListEntry | null; error: string | null };
  restored: ReadonlySet<number>;
}

export interface PopupViewActions {
  showAnyway(): void;
  toggleReader(): void;
  continueReading(): void;
  save(): void;
  openReadingList(): void;
  changeSettings(settings: ReaderSettings): void;
  toggleRestored(position: number): void;
  showOriginal(ref: string, text: string): Promise<boolean>;
}

const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 100);
};

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const INITIAL: PopupState = {
  outcome: null,
  forced: false,
  settings: DEFAULT_SETTINGS,
  reader: { on: false, busy: false, error: null },
  save: { status: 'unknown', entry: null, error: null },
  restored: new Set(),
};

export function usePopup(actions: PopupActions): { state: PopupState; view: PopupViewActions } {
  const [state, setState] = useState<PopupState>(INITIAL);
  const patch = (change: Partial<PopupState>) => setState((s) => ({ ...s, ...change }));

  const read = async (force: boolean) => {
    patch({ outcome: null, forced: force, restored: new Set() });
    const outcome = await actions
      .readActiveTab(force)
      .catch((e: unknown): PageOutcome => ({ kind: 'error', message: message(e) }));
    patch({ outcome });
    if (!isShowable(outcome)) return;
    const tabId = outcome.tabId;
    void actions.readerState(tabId).then(
      (on) => {
        setState((s) => ({ ...s, reader: { ...s.reader, on } }));
        // Likely next: reader mode. Load it hidden once the popup has painted
        // (not competing with it for the CPU); dropped when the popup closes.
        if (!on) {
          whenIdle(() => void actions.prepareReader(tabId).catch(() => undefined));
          addEventListener('pagehide', () => actions.releaseReader(tabId), { once: true });
        }
      },
      () => undefined,
    );
    if (outcome.kind !== 'article') return;
    actions.savedEntry(outcome.url).then(
      (entry) => {
        // A link saved from the context menu waits, pending, for its first
        // visit: the popup has just read the page, so complete the offline copy now.
        if (entry?.pending) {
          setState((s) => ({ ...s, save: { status: 'saving', entry, error: null } }));
          actions.saveArticle(outcome.article).then(
            (saved) => setState((s) => ({ ...s, save: { status: 'saved', entry: saved, error: null } })),
            (error: unknown) =>
              setState((s) => ({ ...s, save: { status: 'failed', entry, error: message(error) } })),
          );
          return;
        }
        setState((s) => ({ ...s, save: { status: entry ? 'saved' : 'unsaved', entry, error: null } }));
      },
      // The reading list may not be built or may fail: the button still offers to save.
      () => setState((s) => ({ ...s, save: { status: 'unsaved', entry: null, error: null } })),
    );
  };

  // A layout effect starts reading at once, before the first paint: a plain
  // effect waits for the next animation frame (~1 s in a background tab).
  useLayoutEffect(() => {
    void read(false);
    void actions.loadSettings().then((settings) => patch({ settings }));
    return actions.watchSettings((settings) => patch({ settings }));
  }, [actions]);
  useLayoutEffect(() => applySettings(state.settings), [state.settings]);

  const view = useMemo<PopupViewActions>(() => {
    const tabId = (): number | null =>
      state.outcome && 'tabId' in state.outcome ? state.outcome.tabId : null;
    const setReader = async (on?: boolean) => {
      const id = tabId();
      if (id === null) return false;
      setState((s) => ({ ...s, reader: { ...s.reader, busy: true, error: null } }));
      try {
        const now = await actions.toggleReader(id, on);
        setState((s) => ({ ...s, reader: { on: now, busy: false, error: null } }));
        return now;
      } catch (error) {
        setState((s) => ({ ...s, reader: { ...s.reader, busy: false, error: message(error) } }));
        return false;
      }
    };
    return {
      showAnyway: () => void read(true),
      toggleReader: () => void setReader(),
      // Reader mode scrolls a saved article to where the person stopped.
      continueReading: () => void setReader(true).then((on) => on && actions.close()),
      save: () => {
        if (state.outcome?.kind !== 'article') return;
        const article = state.outcome.article;
        setState((s) => ({ ...s, save: { ...s.save, status: 'saving', error: null } }));
        actions.saveArticle(article).then(
          (entry) => setState((s) => ({ ...s, save: { status: 'saved', entry, error: null } })),
          (error: unknown) =>
            setState((s) => ({ ...s, save: { ...s.save, status: 'failed', error: message(error) } })),
        );
      },
      openReadingList: () =>
        void actions.openReadingList().then(
          () => actions.close(),
          () => undefined,
        ),
      changeSettings: (settings) => {
        patch({ settings });
        void actions.saveSettings(settings).catch(() => undefined);
      },
      toggleRestored: (position) =>
        setState((s) => {
          const restored = new Set(s.restored);
          if (!restored.delete(position)) restored.add(position);
          return { ...s, restored };
        }),
      showOriginal: async (ref, text) => {
        const id = tabId();
        return id === null ? false : actions.showOriginal(id, ref, text);
      },
    };
  }, [actions, state.outcome]);

  return { state, view };
}
