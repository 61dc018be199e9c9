/**
 * The reader page's state and the actions its components call. Loads the
 * article (from the tab's session cache or a saved copy) and, in parallel,
 * the settings; then the reading-list entry, for resume and progress.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PageOutcome } from '../messages/outcome';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../storage/settings';
import type { ListEntry } from '../storage/types';
import { applySettings } from '../ui/apply-settings';
import type { SaveStatus } from '../ui/save-button';
import type { ReaderActions } from './connector';

export interface ReaderState {
  outcome: PageOutcome | null;
  forced: boolean;
  settings: ReaderSettings;
  save: { status: SaveStatus; entry: ListEntry | null; error: string | null };
  restored: ReadonlySet<number>;
}

export interface ReaderViewActions {
  close(): void;
  showAnyway(): void;
  save(): void;
  changeSettings(settings: ReaderSettings): void;
  toggleRestored(position: number): void;
  showOriginal?: ((ref: string, text: string) => Promise<boolean>) | undefined;
  /** Asks the reading list again (the popup may have saved the article since the reader was prepared). */
  refreshEntry(): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const INITIAL: ReaderState = {
  outcome: null,
  forced: false,
  settings: DEFAULT_SETTINGS,
  save: { status: 'unknown', entry: null, error: null },
  restored: new Set(),
};

export function useReader(actions: ReaderActions): { state: ReaderState; view: ReaderViewActions } {
  const [state, setState] = useState<ReaderState>(INITIAL);
  const patch = (change: Partial<ReaderState>) => setState((s) => ({ ...s, ...change }));
  const setSave = (save: ReaderState['save']) => setState((s) => ({ ...s, save }));

  const load = async (force: boolean) => {
    patch({ outcome: null, forced: force, restored: new Set() });
    const content = await actions.load(force).catch((e: unknown) => ({
      outcome: { kind: 'error', message: message(e) } as PageOutcome,
      entry: null,
    }));
    patch({ outcome: content.outcome });
    if (content.outcome.kind !== 'article') return;
    if (content.entry) return setSave({ status: 'saved', entry: content.entry, error: null });
    lookUpEntry(content.outcome.url);
  };
  const lookUpEntry = (url: string) =>
    actions.savedEntry(url).then(
      (entry) => setSave({ status: entry ? 'saved' : 'unsaved', entry, error: null }),
      // The reading list may be unavailable: reading goes on, the button still offers to save.
      () => setSave({ status: 'unsaved', entry: null, error: null }),
    );

  // A layout effect starts reading at once, before the first paint: a plain
  // effect waits for the next animation frame (~1 s in a background tab).
  useLayoutEffect(() => {
    void load(false);
    void actions.loadSettings().then((settings) => patch({ settings }));
    return actions.watchSettings((settings) => patch({ settings }));
  }, [actions]);
  useLayoutEffect(() => applySettings(state.settings), [state.settings]);
  useEffect(() => {
    if (state.outcome?.kind === 'article') document.title = `${state.outcome.article.title} — Folio`;
  }, [state.outcome]);

  const view = useMemo<ReaderViewActions>(
    () => ({
      close: actions.close,
      showAnyway: () => void load(true),
      save: () => {
        if (state.outcome?.kind !== 'article') return;
        setState((s) => ({ ...s, save: { ...s.save, status: 'saving', error: null } }));
        actions.saveArticle(state.outcome.article).then(
          (entry) => setSave({ status: 'saved', entry, error: null }),
          (error: unknown) =>
            setState((s) => ({ ...s, save: { ...s.save, status: 'failed', error: message(error) } })),
        );
      },
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
      showOriginal: actions.showOriginal,
      refreshEntry: () => {
        if (state.outcome?.kind === 'article' && actions.source?.kind === 'tab')
          void lookUpEntry(state.outcome.url);
      },
    }),
    [actions, state.outcome],
  );
  return { state, view };
}
