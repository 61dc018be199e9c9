/** Theme and typography choices; the same panel in the popup and the reader. */
import { t } from '../platform/browser';
import { LINE_HEIGHTS, SIZE_RANGE, WIDTHS } from '../storage/settings';
import type { FontChoice, ReaderSettings, Theme } from '../storage/settings';

interface Props {
  settings: ReaderSettings;
  onChange(settings: ReaderSettings): void;
}

interface Choice<T> {
  value: T;
  label: string;
}

function Choices<T extends string | number>(props: {
  name: string;
  legend: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onPick(value: T): void;
}) {
  return (
    <fieldset class="choices">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={String(choice.value)} class="choice">
          <input
            type="radio"
            name={props.name}
            value={String(choice.value)}
            checked={choice.value === props.value}
            onChange={() => props.onPick(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

const THEMES: Theme[] = ['system', 'light', 'dark', 'sepia'];
const FONTS: FontChoice[] = ['serif', 'sans', 'dyslexic'];

export function TypographyPanel({ settings, onChange }: Props) {
  const set = (patch: Partial<ReaderSettings>) => onChange({ ...settings, ...patch });
  const size = (delta: number) =>
    set({ size: Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, settings.size + delta)) });
  return (
    <div class="typography">
      <Choices
        name="theme"
        legend={t('theme')}
        value={settings.theme}
        choices={THEMES.map((value) => ({ value, label: t(`theme_${value}`) }))}
        onPick={(theme) => set({ theme })}
      />
      <Choices
        name="font"
        legend={t('font')}
        value={settings.font}
        choices={FONTS.map((value) => ({ value, label: t(`font_${value}`) }))}
        onPick={(font) => set({ font })}
      />
      <div class="size" role="group" aria-labelledby="size-label">
        <span id="size-label" class="legend">
          {t('textSize')}
        </span>
        <button type="button" onClick={() => size(-1)} disabled={settings.size <= SIZE_RANGE.min}>
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">{t('smallerText')}</span>
        </button>
        <output aria-live="polite">{settings.size}</output>
        <button type="button" onClick={() => size(1)} disabled={settings.size >= SIZE_RANGE.max}>
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">{t('largerText')}</span>
        </button>
      </div>
      <Choices
        name="width"
        legend={t('lineWidth')}
        value={settings.width}
        choices={Object.entries(WIDTHS).map(([name, value]) => ({ value, label: t(`width_${name}`) }))}
        onPick={(width) => set({ width })}
      />
      <Choices
        name="leading"
        legend={t('lineHeight')}
        value={settings.lineHeight}
        choices={Object.entries(LINE_HEIGHTS).map(([name, value]) => ({
          value,
          label: t(`leading_${name}`),
        }))}
        onPick={(lineHeight) => set({ lineHeight })}
      />
    </div>
  );
}
