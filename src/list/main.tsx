import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/browser';
import { requestPersistentStorage } from '../storage/persist';
import { App } from './components/app';
import { createListStore, type ListStore } from './store';

function Root({ store }: { store: ListStore }) {
  const [state, setState] = useState(store.getState());
  useEffect(() => store.subscribe(() => setState(store.getState())), [store]);
  return <App state={state} actions={store.actions} />;
}

document.title = t('listTitle');
const store = createListStore();
render(<Root store={store} />, document.getElementById('root')!);
// Marks for the benchmark (tests/bench/list-bench.ts): the first screen is drawn one frame after the list loads.
void store.load().then(() => requestAnimationFrame(() => performance.mark('folio-list-first-screen')));
void requestPersistentStorage();
