import { describe, expect, it } from 'vitest';
import { bestSrcsetCandidate } from '../../../src/extract/prepare/lazy-media';
import { PARSERS, articleOf, page, prose } from './helpers';

const body = (inner: string): string => page(`<div class="body">${prose(3)}${inner}${prose(2, 'Q')}</div>`);

describe('fidelity pass before Readability', () => {
  it('promotes lazy-loaded images', () => {
    const html =
      body(`<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/real.jpg"><figcaption>Real</figcaption></figure>
      <figure><img srcset="https://img.example/s.jpg 320w, https://img.example/l.jpg 1280w"><figcaption>Set</figcaption></figure>`);
    const article = articleOf(html);
    expect(article.contentHtml).toContain('src="https://img.example/real.jpg"');
    expect(article.contentHtml).toContain('src="https://img.example/l.jpg"');
    expect(article.contentHtml).not.toContain('srcset');
  });

  it('picks the widest srcset candidate', () => {
    expect(bestSrcsetCandidate('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
    expect(bestSrcsetCandidate('a.jpg 640w, b.jpg 320w')).toBe('a.jpg');
  });

  it('takes an inline srcset picture only when the set holds no web address, and never a placeholder', () => {
    const small = `data:image/png;base64,${'Q'.repeat(300)}`;
    const large = `data:image/png;base64,${'R'.repeat(600)}`;
    expect(bestSrcsetCandidate(`${small} 320w, ${large} 640w`)).toBe(large);
    expect(bestSrcsetCandidate(`${large} 1280w, a.jpg 320w`)).toBe('a.jpg');
    expect(bestSrcsetCandidate(`a.jpg 320w, ${large} 1280w`)).toBe('a.jpg');
    expect(bestSrcsetCandidate('data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x')).toBeNull();
    expect(bestSrcsetCandidate('data:image/gif;base64,R0lGODlhAQABAAAAACw= 2x, a.jpg 1x')).toBe('a.jpg');
  });

  // Pages saved whole (SingleFile and the like) may carry a picture only in srcset, far over the
  // 64 KB attribute limit; the reader must show it as the page does.
  const inline = `data:image/png;base64,${'iVBORw0K'.repeat(12_500)}`; // 100,000 characters of base64
  const framed = (inner: string, inArticle: boolean): string => {
    const html = body(inner);
    return inArticle
      ? html
      : html.replace('<article>', '<div class="story">').replace('</article>', '</div>');
  };
  it.each([true, false])(
    'shows an inline picture held only in srcset (page with <article>: %s)',
    (inArticle) => {
      const article = articleOf(
        framed(
          `<figure><img srcset="${inline} 800w" alt="Saved picture"><figcaption>Saved</figcaption></figure>
        <figure><picture><source srcset="${inline.replace('iVBOR', 'jVBOR')} 1x"><img alt="Saved source"></picture><figcaption>Source</figcaption></figure>`,
          inArticle,
        ),
      );
      expect(article.contentHtml).toContain(`src="${inline}"`);
      expect(article.contentHtml).toContain(`src="${inline.replace('iVBOR', 'jVBOR')}"`);
      expect(article.contentHtml).not.toContain('srcset');
    },
  );

  it('turns video embeds into link cards, never live frames', () => {
    const article = articleOf(
      body(
        '<div class="video"><iframe src="https://player.vimeo.com/video/123" title="Council meeting"></iframe></div>',
      ),
    );
    expect(article.contentHtml).not.toContain('<iframe');
    const video = article.sourceContext.removed.find((r) => r.kind === 'video');
    expect(video?.html).toBe(
      '<p data-folio-video="https://vimeo.com/123"><a href="https://vimeo.com/123">Council meeting (vimeo.com)</a></p>',
    );
  });

  // Folio's pages allow no media (media-src 'none'): a page's own player would be a dead control.
  it.each(PARSERS)("turns the page's own <audio> and <video> players into link cards too (%s)", (parser) => {
    const article = articleOf(
      body(
        '<p><audio src="/story.mp3" controls></audio></p><div><video controls title="The vote"><source src="https://cdn.example/vote.mp4"></video></div>',
      ),
      parser,
    );
    expect(article.contentHtml).not.toMatch(/<audio|<video|<source/);
    expect(article.sourceContext.removed.filter((r) => r.kind === 'video').map((r) => r.html)).toEqual([
      '<p data-folio-video="https://news.example/story.mp3"><a href="https://news.example/story.mp3">Audio (news.example)</a></p>',
      '<p data-folio-video="https://cdn.example/vote.mp4"><a href="https://cdn.example/vote.mp4">The vote (cdn.example)</a></p>',
    ]);
  });

  it('keeps MathML, even inside MathJax wrappers', () => {
    const math =
      '<p>The formula is <mjx-container><mjx-math aria-hidden="true">x</mjx-math><mjx-assistive-mml><math><mi>x</mi><mo>=</mo><mn>2</mn></math></mjx-assistive-mml></mjx-container> today.</p>';
    const article = articleOf(body(math));
    expect(article.contentHtml).toMatch(/<math[^>]*><mi>x<\/mi><mo>=<\/mo><mn>2<\/mn><\/math>/);
    expect(article.contentHtml).not.toContain('mjx');
  });

  it('keeps data tables and <pre> line breaks', () => {
    const table =
      '<table><caption>Votes</caption><thead><tr><th>Member</th><th>Vote</th></tr></thead><tbody><tr><td>Roe</td><td>Yes</td></tr><tr><td>Doe</td><td>No</td></tr><tr><td>Poe</td><td>Yes</td></tr></tbody></table><pre>a = 1\nb = 2</pre>';
    const article = articleOf(body(table));
    expect(article.contentHtml).toContain('<th>Member</th>');
    expect(article.text).toContain('a = 1\nb = 2');
  });

  it('resolves relative addresses against the page address', () => {
    const article = articleOf(
      body('<p>See <a href="/docs/report.pdf">the report</a> for the figures of the audit.</p>'),
    );
    expect(article.contentHtml).toContain('href="https://news.example/docs/report.pdf"');
  });
});
