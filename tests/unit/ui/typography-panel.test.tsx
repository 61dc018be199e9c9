// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { click, mount, text } from './support/render';
import type { ReaderSettings } from '../../../src/storage/settings';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { DEFAULT_SETTINGS } = await import('../../../src/storage/settings');
const { TypographyPanel } = await import('../../../src/ui/typography-panel');
const { applySettings } = await import('../../../src/ui/apply-settings');

async function panel(settings: ReaderSettings = DEFAULT_SETTINGS) {
  const onChange = vi.fn();
  const root = await mount(<TypographyPanel settings={settings} onChange={onChange} />);
  return { root, onChange };
}

describe('the typography panel', () => {
  it('groups each choice under a legend', async () => {
    const { root } = await panel();
    expect([...root.querySelectorAll('legend')].map(text)).toEqual([
      'Theme',
      'Font',
      'Line width',
      'Line spacing',
    ]);
    expect(root.querySelector<HTMLInputElement>('input[name=theme][value=system]')?.checked).toBe(true);
  });

  it('picks a theme, a font, a width and a line height', async () => {
    const { root, onChange } = await panel();
    await click(root.querySelector('input[name=theme][value=dark]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await click(root.querySelector('input[name=font][value=dyslexic]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, font: 'dyslexic' });
    await click(root.querySelector('input[name=width][value="80"]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, width: 80 });
    await click(root.querySelector('input[name=leading][value="1.9"]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, lineHeight: 1.9 });
  });

  it('changes the text size within its bounds', async () => {
    const { root, onChange } = await panel({ ...DEFAULT_SETTINGS, size: 28 });
    const [smaller, larger] = [...root.querySelectorAll<HTMLButtonElement>('.size button')];
    expect(larger?.disabled).toBe(true);
    await click(smaller);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, size: 27 });
    expect(text(smaller)).toBe('A−Smaller text');
  });

  it('applies settings to the page through attributes and custom properties', () => {
    const root = document.createElement('html');
    applySettings({ theme: 'sepia', font: 'sans', size: 21, width: 56, lineHeight: 1.4 }, root);
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('sans');
    expect(root.style.getPropertyValue('--folio-size')).toBe('21px');
    expect(root.style.getPropertyValue('--folio-width')).toBe('56ch');
    expect(root.style.getPropertyValue('--folio-leading')).toBe('1.4');
  });
});
