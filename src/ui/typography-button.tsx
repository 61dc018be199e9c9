/** The "Aa" button and the popover holding the typography panel; Escape closes it and returns focus. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../platform/browser';
import type { ReaderSettings } from '../storage/settings';
import { TypographyPanel } from './typography-panel';

export function TypographyButton(props: {
  settings: ReaderSettings;
  onChange(settings: ReaderSettings): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        ref={button}
        class="typography-button"
        aria-expanded={open}
        aria-controls="typography-popover"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">Aa</span>
        <span class="visually-hidden">{t('textSettings')}</span>
      </button>
      {open && (
        <section
          id="typography-popover"
          class="popover"
          aria-label={t('textSettings')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Escape here closes the panel only, not the reader around it.
            event.stopPropagation();
            event.preventDefault();
            close();
          }}
        >
          <TypographyPanel settings={props.settings} onChange={props.onChange} />
        </section>
      )}
    </>
  );
}
