import type { ReaderActions } from './connector';
import { ReaderView } from './reader-view';
import { useReader } from './use-reader';

export function App({ actions }: { actions: ReaderActions }) {
  const { state, view } = useReader(actions);
  const framed = actions.source?.kind === 'tab';
  return <ReaderView state={state} actions={view} framed={framed} reportProgress={actions.setProgress} />;
}
