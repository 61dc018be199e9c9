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
void store.load();
void requestPersistentStorage();
