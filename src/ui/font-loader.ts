/**
 * The dyslexia-friendly font, OpenDyslexic (SIL Open Font License 1.1), is
 * bundled with Folio (from @fontsource/opendyslexic): no web font is ever
 * fetched from a CDN. It is added only when someone picks it, so the other
 * fonts cost nothing. FontFace is CSSOM, which the extension CSP allows.
 */
import regularUrl from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url';
import italicUrl from '@fontsource/opendyslexic/files/opendyslexic-latin-400-italic.woff2?url';
import boldUrl from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2?url';

export const DYSLEXIC_FAMILY = 'OpenDyslexic';

const state = { added: false };

export function loadDyslexicFont(): void {
  if (state.added || typeof FontFace === 'undefined' || !document.fonts) return;
  state.added = true;
  const faces: Array<[string, FontFaceDescriptors]> = [
    [regularUrl, { weight: '400', style: 'normal' }],
    [italicUrl, { weight: '400', style: 'italic' }],
    [boldUrl, { weight: '700', style: 'normal' }],
  ];
  for (const [url, descriptors] of faces) {
    const face = new FontFace(DYSLEXIC_FAMILY, `url("${url}") format("woff2")`, {
      display: 'swap',
      ...descriptors,
    });
    document.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}
