import type { PopupActions } from './connector';
import { PopupView } from './popup-view';
import { usePopup } from './use-popup';

export function App({ actions }: { actions: PopupActions }) {
  const { state, view } = usePopup(actions);
  return <PopupView state={state} actions={view} />;
}
