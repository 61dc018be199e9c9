import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { cleanArticle } from '../../../src/extract/cleanup';
import { articleOf, page, prose } from './helpers';

describe('cleanup after Readability', () => {
  it('removes labelled boxes but never a labelled container of the article itself', () => {
    const html = page(`<div class="entry-content entry-content-read-more">
      ${prose(5)}
      <div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a></div>
      <div class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></div>
      ${prose(2, 'Q')}
    </div>`);
    const article = articleOf(html);
    expect(article.text).toContain('P1.');
    expect(article.text).toContain('Q2.');
    expect(article.text).not.toMatch(/Share on Facebook|morning briefing/);
    expect(article.sourceContext.removedCounts).toMatchObject({ share: 1, newsletter: 1 });
  });

  it('removes a link list under a "Related" heading, and the heading', () => {
    const html = page(`<div class="body">${prose(5)}
      <h3>Related stories</h3>
      <ul><li><a href="/a">Council votes on the budget</a></li><li><a href="/b">Library to close</a></li></ul>
      ${prose(1, 'Q')}</div>`);
    const article = articleOf(html);
    expect(article.text).not.toMatch(/Related stories|Council votes|Library to close/);
    expect(article.sourceContext.removed.filter((r) => r.kind === 'promo')).toHaveLength(2);
  });

  it('keeps an ordinary list of links that nothing labels as promo', () => {
    const html = page(`<div class="body">${prose(5)}
      <p>The documents are public. They include the following reports from the county archive office:</p>
      <ul><li><a href="https://county.example/a">The 2019 audit</a></li><li><a href="https://county.example/b">The 2020 audit</a></li></ul>
      ${prose(1, 'Q')}</div>`);
    expect(articleOf(html).text).toContain('The 2019 audit');
  });

  it('removes a list of partly linked headlines under a "More Great … Stories" heading', () => {
    const html = page(`<div class="body">${prose(5)}<hr>
      <div class="heading-h3">More Great Ledger Stories</div>
      <ul><li>Mayor resigns, <a href="/a">and the budget passes</a></li><li>Why the ferry <a href="/b">will stop in May</a>?</li></ul></div>`);
    const article = articleOf(html);
    expect(article.text).toContain('P5.');
    expect(article.text).not.toMatch(/More Great|Mayor resigns|ferry/);
    expect(article.sourceContext.removedCounts.promo).toBe(2);
  });

  it('removes a list of bare links to the site itself at the end of the article, and only there', () => {
    const related = (prefix: string) =>
      `<ul><li><a href="https://news.example/a">${prefix} council votes on the budget</a></li><li><a href="/b">${prefix} library to close in May</a></li></ul>`;
    const html = page(`<div class="body">${prose(4)}
      ${related('Mid:')}
      ${prose(2, 'Q')}
      ${related('End:')}
      <p><em>Originally published on The Ledger.</em></p></div>`);
    const article = articleOf(html);
    // In the middle, with prose after it, the list stays; at the end it goes.
    expect(article.text).toContain('Mid: council votes');
    expect(article.text).not.toContain('End:');
    expect(article.text).toContain('Originally published on The Ledger.');
    expect(article.sourceContext.removed.find((r) => r.kind === 'promo')?.text).toContain(
      'End: council votes',
    );
  });

  it('keeps a trailing list of links to other sites (sources) or under its own heading', () => {
    const sources = `<ul><li><a href="https://county.example/audit">The 2019 audit</a></li><li><a href="https://state.example/report">The state report</a></li></ul>`;
    // Another host of the same site (its bug tracker, its shop) is a source too.
    const bugs = `<ul><li><a href="https://bugs.news.example/1">Bug 1: the map is wrong</a></li><li><a href="https://bugs.news.example/2">Bug 2: the search is slow</a></li></ul>`;
    const own = `<h3>Earlier in this series</h3><ul><li><a href="/part-1">Part one: the budget</a></li><li><a href="/part-2">Part two: the library</a></li></ul>`;
    const article = articleOf(page(`<div class="body">${prose(5)}${sources}${own}${bugs}</div>`));
    expect(article.text).toContain('The 2019 audit');
    expect(article.text).toContain('Part two: the library');
    expect(article.text).toContain('Bug 2: the search is slow');
    expect(article.sourceContext.removedCounts.promo ?? 0).toBe(0);
  });

  it('removes a hover card hidden inside a sentence, keeping the linked name', () => {
    const card = `<span class="person"><a href="/people/ann-lee">Ann Lee</a><span class="person-card"><span><img src="/ann.jpg" width="100" height="100" alt=""><a href="/people/ann-lee">Ann Lee</a><a href="/story-1">Mayor resigns after the budget vote fails twice</a> <a href="/story-2">Ferry service to stop in May, officials say</a> <a href="/people/ann-lee">MORE</a></span></span></span>`;
    const icons = `<span><a href="/report.pdf"><img src="/pdf.png" alt="">Download the report as a PDF file</a> <a href="/report.doc"><img src="/doc.png" alt="">as a Word document</a> <a href="/report.txt">or as plain text</a></span>`;
    const html = page(
      `<div class="body">${prose(4)}<p>The vote was called by Rep. ${card} (D-Minn.), the clerk said on Monday.</p><p>The report is public: ${icons}, from the county office.</p>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain(
      'The vote was called by Rep. Ann Lee (D-Minn.), the clerk said on Monday.',
    );
    expect(article.text).not.toMatch(/Mayor resigns|Ferry service|MORE/);
    expect(article.sourceContext.removed.find((r) => r.kind === 'promo')?.text).toMatch(
      /^Ann Lee ?Mayor resigns/,
    );
    // Linked icons are part of their links: not a card.
    expect(article.text).toContain('Download the report as a PDF file');
  });

  it('reads thousands of pictures, hover cards and link lists in one pass each, not one per picture', () => {
    const n = 1000;
    const pictures = Array.from({ length: n }, (_, i) => `<img src="/p${i}.jpg" alt="">`).join('');
    const cards = Array.from(
      { length: n },
      (_, i) =>
        `<span><span><img src="/c${i}.jpg" alt=""><a href="/x${i}">Story</a> <a href="/y${i}">Story</a></span></span>`,
    ).join(' ');
    const lists = Array.from(
      { length: n },
      (_, i) =>
        `<ul><li><a href="/a${i}">Related story ${i}</a></li><li><a href="/b${i}">Another ${i}</a></li></ul>`,
    ).join('');
    const html = page(
      `<div id="body">${prose(4)}<p><span>${pictures}</span> Words. ${cards}</p>${prose(2, 'Q')}${lists}</div>`,
    );
    const url = 'https://news.example/2025/01/story';
    const root = parseHtml(html, url, 'linkedom').getElementById('body')!;
    const start = performance.now();
    cleanArticle(root, { title: 'A story', byline: null, hosts: new Set(['news.example']) });
    // Asking each picture's block or card for its pictures and links took about 9 s here.
    expect(performance.now() - start).toBeLessThan(2000);
    expect(root.textContent).toContain('Q2.');
  });

  it('removes headings left with nothing under them', () => {
    const html = page(
      `<div class="body">${prose(5)}<h2>Comments</h2><div class="comments-area"><p>First!</p></div></div>`,
    );
    const article = articleOf(html);
    expect(article.text).not.toMatch(/Comments|First!/);
  });

  it('keeps a heading the page set right above another, with nothing removed between', () => {
    const html = page(
      `<div class="body">${prose(3)}<h2>What about the old plans?</h2><h2>The new budget</h2>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain('What about the old plans?');
    expect(article.text).toContain('The new budget');
  });

  it('removes a heading whose section the cleanup removed, though another heading follows', () => {
    const html = page(
      `<div class="body">${prose(3)}<h2>From our partners</h2><div class="outbrain-widget"><p>You will not believe these ten photos of the harbour.</p></div><h2>The new budget</h2>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).not.toMatch(/From our partners|ten photos/);
    expect(article.text).toContain('The new budget');
  });

  it('keeps a heading when only a dateline under it was removed', () => {
    const html = page(
      `<div class="body"><h2>Why the old harbour still matters to the town</h2><p>Updated Nov 19, 2019, 9:41 AM</p><h2>A short history</h2>${prose(5)}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain('Why the old harbour still matters to the town');
    expect(article.sourceContext.removedCounts.byline).toBe(1);
  });

  it('reads a class that says what a block lacks ("no_caption") as no hint', () => {
    const lead = 'The mother of a woman who took the pills described her last hours to the court.';
    const html = page(
      `<div class="body">${prose(3)}<div class="list-item no_caption"><h2>${lead}</h2></div>${prose(2, 'Q')}<div class="promo no-comments"><p>More great stories from our partners, every day.</p></div></div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain(lead);
    expect(article.sourceContext.removedCounts.caption ?? 0).toBe(0);
    // The other classes of the block still count.
    expect(article.text).not.toContain('More great stories');
  });

  it('keeps a caption set right after its figure, with the figure and out of the text', () => {
    const html = page(
      `<div class="body">${prose(3)}<figure class="thumb"><img src="https://img.example/a.jpg" alt=""></figure><figcaption class="small caption">(Jane Roe/Getty Images)</figcaption>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.contentHtml).toMatch(/<figcaption data-folio-caption="">\s*\(Jane Roe\/Getty Images\)/);
    expect(article.text).not.toContain('Jane Roe');
    expect(article.sourceContext.removedCounts.caption ?? 0).toBe(0);
  });

  it('keeps a credit line under its picture in the HTML and out of the text', () => {
    const html = page(
      `<div class="body">${prose(3)}<p><img src="https://img.example/a.jpg" alt=""></p><p>Photo: Jane Roe/Reuters</p>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.contentHtml).toContain('Photo: Jane Roe/Reuters');
    expect(article.text).not.toContain('Jane Roe');
  });

  it('knows captions set as plain text beside a picture, and leaves prose after a picture alone', () => {
    const img = (name: string, alt = '') => `<img src="https://img.example/${name}.jpg" alt="${alt}">`;
    const html = page(
      `<div class="body">${prose(3)}
      <figure>${img('a')}<span class="image-info"><figcaption>The harbour at dawn.</figcaption> <cite><a href="https://agency.example">Jane Roe/Agency</a></cite></span></figure>
      <div>${img('b', 'The new ferry terminal')}<span>The new ferry terminal</span></div>
      <p>${img('c')}</p><p><em>Ferry schedule, winter 2025</em></p>
      <p>${img('g')}</p><center><em>Pier lights via <a href="https://agency.example">Agency</a></em></center>
      <div><p>${img('d')}</p><p>Inverted arches under the pier</p></div>
      ${prose(1, 'Q')}
      <p>${img('e')}</p><p>The mayor spoke after the vote.</p>
      <div><p>${img('f')}</p><p>The ferry will stop in May</p><p>The council agreed.</p></div>
      ${prose(1, 'R')}</div>`,
    );
    const article = articleOf(html);
    // Captions: in the HTML, marked, out of the running text.
    for (const caption of [
      'Jane Roe/Agency',
      'The new ferry terminal',
      'Ferry schedule, winter 2025',
      'Pier lights via',
      'Inverted arches',
    ])
      expect(article.text).not.toContain(caption);
    expect(article.contentHtml).toContain('Jane Roe/Agency');
    expect(article.contentHtml).toMatch(/<p data-folio-caption=""><em>Ferry schedule/);
    // A sentence after a picture, and a line in a box with more than the picture, are prose.
    expect(article.text).toContain('The mayor spoke after the vote.');
    expect(article.text).toContain('The ferry will stop in May');
  });

  it('removes a credit line far from any picture', () => {
    const html = page(`<div class="body">${prose(3)}<p>Photo: Jane Roe/Reuters</p>${prose(2, 'Q')}</div>`);
    const article = articleOf(html);
    expect(article.contentHtml).not.toContain('Jane Roe');
    expect(article.sourceContext.removedCounts.caption).toBe(1);
  });

  it('keeps dates in table cells, which are data, and removes a dateline', () => {
    const table =
      '<table><tr><th>Stable release</th><td>November 18, 2019</td></tr><tr><th>First release</th><td>February 28, 1998</td></tr></table>';
    const html = page(
      `<div class="body"><p>Updated Nov 19, 2019, 9:41 AM</p>${prose(3)}${table}${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.contentHtml).toContain('November 18, 2019');
    expect(article.contentHtml).toContain('February 28, 1998');
    expect(article.sourceContext.removedCounts.byline).toBe(1);
  });

  it('knows a caption set as a <div> of text by its class, though Readability rewrites the <div>', () => {
    const html = page(
      `<div class="body">${prose(3)}<div class="media"><img src="https://img.example/a.jpg" alt=""></div><div class="media-caption">The old library at dusk - Image: Jane Roe</div>${prose(2, 'Q')}<div class="image-caption">A picture the page never loaded</div>${prose(1, 'R')}</div>`,
    );
    const article = articleOf(html);
    // With its picture: kept with it, out of the running text.
    expect(article.contentHtml).toMatch(/<p data-folio-caption="">The old library at dusk/);
    expect(article.text).not.toContain('The old library at dusk');
    // Without one: removed, as a caption whose image is gone.
    expect(article.contentHtml).not.toContain('A picture the page never loaded');
    expect(article.sourceContext.removedCounts.caption).toBe(1);
  });

  it('keeps words of a sentence that the page labels (a keyword link, a tagged name, a code comment)', () => {
    const html = page(
      `<div class="body">${prose(3)}<p>With time and advances in <a class="keywords" href="/n">neuroscience</a>, researchers met <a class="meta-per" href="/p">Marissa Mayer</a> at the council.</p><pre><code><span class="token comment">// add.c</span>\nint add(int x, int y) { return x + y; }</code></pre>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain(
      'With time and advances in neuroscience, researchers met Marissa Mayer at the council.',
    );
    expect(article.contentHtml).toContain('// add.c');
    expect(article.sourceContext.removedCounts.tags ?? 0).toBe(0);
    expect(article.sourceContext.removedCounts.comments ?? 0).toBe(0);
  });

  it('still removes an empty labelled slot inside a sentence', () => {
    const html = page(
      `<div class="body">${prose(3)}<p>The council met on Monday. <span class="ad-slot"></span>It voted on Tuesday.</p>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain('The council met on Monday. It voted on Tuesday.');
    expect(article.sourceContext.removedCounts.ad).toBe(1);
  });

  it('judges blocks wrapped in an inline element (a dateline <p> inside a <small>)', () => {
    const html = page(
      `<div class="body"><small><div><span class="story-date">Posted: Fri 6:45 PM, Feb 16, 2018</span><span class="story-date"> | </span></div></small>${prose(5)}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).not.toContain('Posted:');
    expect(article.sourceContext.removedCounts.byline).toBe(1);
  });

  it("keeps the article's pictures whatever labels the page puts on them or their wrappers", () => {
    const hero =
      '<p><img class="block-image-ads hero-image" src="https://img.example/hero.jpg" alt="The old library at dusk, seen from the harbour"></p>';
    const shared =
      '<figure class="element-image fig--has-shares"><a href="#img-2"><img src="https://img.example/b.jpg" alt="Readers in the new reading room" width="800"></a><div class="share-buttons"><a href="https://facebook.com/sharer">Facebook</a></div></figure>';
    const credited =
      '<figure><span class="image-and-copyright-container"><img src="https://img.example/c.jpg" alt="The mayor" width="976" height="549"><span>Image copyright</span> <span>Getty Images</span></span></figure>';
    const overlay =
      '<div class="mbArticleSharePic"><div class="mbArticleShareBtn"><span>转播到腾讯微博</span></div><img alt="人工智能迈上新台阶" src="https://img.example/d.jpg"></div>';
    const html = page(
      `<div class="body">${prose(2)}${hero}${prose(2, 'Q')}${shared}${prose(2, 'R')}${credited}${prose(1, 'S')}${overlay}${prose(1, 'T')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).not.toContain('转播到腾讯微博');
    for (const src of ['hero.jpg', 'b.jpg', 'c.jpg', 'd.jpg'])
      expect(article.contentHtml).toContain(`https://img.example/${src}`);
    expect(article.contentHtml).not.toContain('Facebook');
    expect(article.text).not.toContain('Getty Images');
  });

  it('still removes an ad slot whose picture links away', () => {
    const ad =
      '<div class="ad-slot"><a href="https://ads.example/click?id=1"><img src="https://ads.example/banner.jpg" alt="Half price on your first box" width="300" height="250"></a></div>';
    const article = articleOf(page(`<div class="body">${prose(3)}${ad}${prose(2, 'Q')}</div>`));
    expect(article.contentHtml).not.toContain('banner.jpg');
    expect(article.sourceContext.removedCounts.ad).toBe(1);
  });

  it('removes a pull quote repeating the body, keeps the body', () => {
    const quote = 'members argued at length about the cost of repairs to the old library building';
    const html = page(
      `<div class="body">${prose(3)}<blockquote class="pullquote"><p>${quote}</p></blockquote>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.sourceContext.removedCounts.duplicate).toBe(1);
    expect(article.text.split(quote).length - 1).toBe(5);
  });

  it('removes repeats in every quote box, whichever blocks came before them', () => {
    const first = 'the old bridge will stay closed for repairs until the end of the summer season';
    const second = 'the council will vote again in spring on whether the library should be sold';
    // Prose first (its ancestors are walked and found no quote box), then boxes inside the same
    // container, then prose again after them.
    const html = page(
      `<div class="body"><section>${prose(3)}<p>Some said ${first}, and others disagreed.</p>` +
        `<div class="quote-box"><p>${first}</p><p>${second}</p></div>` +
        `<p>Later, ${second}, the mayor said.</p><blockquote><div><p>${first}</p></div></blockquote>${prose(2, 'Q')}</section></div>`,
    );
    const article = articleOf(html);
    expect(article.sourceContext.removedCounts.duplicate).toBe(3);
    expect(article.text.split(first).length - 1).toBe(1);
    expect(article.text.split(second).length - 1).toBe(1);
    expect(article.text).toContain('Q1.');
  });

  it('removes the title, byline and date repeated in the body', () => {
    const head = '<title>A story about the council</title><meta name="author" content="Jane Roe">';
    const html = page(
      `<div class="body"><p>By Jane Roe</p><p>Updated Nov 19, 2019, 9:41 AM</p>${prose(5)}</div>`,
      head,
    );
    const article = articleOf(html);
    expect(article.text.split('\n')[0]).toMatch(/^P1\./);
    expect(article.byline).toBe('Jane Roe');
    expect(article.sourceContext.removedCounts.byline).toBe(2);
  });

  it('keeps embedded posts, which quote the sources', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The state spent half a million dollars on it</p>— Someone (@someone) <a href="https://twitter.com/someone/status/1">November 18, 2019</a></blockquote></div>';
    const article = articleOf(page(`<div class="body">${prose(3)}${tweet}${prose(2, 'Q')}</div>`));
    expect(article.text).toContain('The state spent half a million dollars on it');
  });

  it('keeps captions with their figures in the HTML, out of the text', () => {
    const figure =
      '<figure><img src="https://img.example/a.jpg" alt=""><figcaption>The old library. (Photo: Jane Roe)</figcaption></figure>';
    const article = articleOf(page(`<div class="body">${prose(3)}${figure}${prose(2, 'Q')}</div>`));
    expect(article.contentHtml).toContain('<figcaption data-folio-caption="">The old library.');
    expect(article.text).not.toContain('The old library.');
  });

  it('does not touch code', () => {
    const code =
      '<pre><code>&lt;script src="vendor/app.js" data-x="1"&gt;&lt;/script&gt;\nAdvertisement</code></pre>';
    const article = articleOf(page(`<div class="body">${prose(3)}${code}${prose(2, 'Q')}</div>`));
    expect(article.text).toContain('<script src="vendor/app.js" data-x="1"></script>');
    expect(article.text).toContain('Advertisement');
  });

  it('puts back exactly: every removal has one marker, and its HTML is sanitized', () => {
    const html = page(`<div class="body">${prose(3)}<div class="ad-slot"><span>Advertisement</span></div>
      <div class="newsletter"><p onclick="steal()">Sign up for our newsletter</p><form><input type="email"></form></div>${prose(2, 'Q')}</div>`);
    const { contentHtml, sourceContext } = articleOf(html);
    for (const block of sourceContext.removed) {
      expect(contentHtml.split(`data-folio-removed="${block.position}"`)).toHaveLength(2);
      expect(block.html).not.toMatch(/onclick|<form|<input/);
    }
  });

  it('lists every block taken out before Readability, also one set before a block that opens with another', () => {
    // The ad marks its place inside the next block, which opens with a share bar taken out too.
    const html = `<!doctype html><html><head><title>t</title></head><body><article>${prose(4)}
      <div class="ad-slot">Advertisement</div><div><div class="share-bar"><a href="#s">Share</a></div>
      <p>An inner paragraph of the story, long enough to be kept as prose by every pass of the cleanup.</p></div>
      ${prose(4, 'Q')}</article></body></html>`;
    const { contentHtml, sourceContext } = articleOf(html);
    expect(sourceContext.removed.map((block) => block.kind).sort()).toEqual(['ad', 'share']);
    for (const block of sourceContext.removed)
      expect(contentHtml.split(`data-folio-removed="${block.position}"`)).toHaveLength(2);
  });

  it('removes the headline links that follow a promo lead-in, up to the next prose', () => {
    const html = page(`<div class="body">${prose(4)}<p>You may also like...</p>
      <p><a href="/x">Who will make the Hall of Fame in 2020?</a></p><p><a href="/y">Fans vote for their favourite band</a></p>
      ${prose(2, 'Q')}</div>`);
    const article = articleOf(html);
    expect(article.text).not.toMatch(/may also like|Hall of Fame|favourite band/);
    expect(article.text).toContain('Q1.');
  });

  it('drops teaser articles beside the story when the container holds several', () => {
    const teaser = (n: number): string =>
      `<article class="story"><h2><a href="/t${n}">Teaser headline ${n}</a></h2><p>A short summary of another story number ${n}.</p></article>`;
    const html = `<!doctype html><html><head><title>t</title></head><body><div class="content">
      <article class="main">${prose(8)}</article>${teaser(1)}${teaser(2)}</div></body></html>`;
    const article = articleOf(html);
    expect(article.text).toContain('P8.');
    expect(article.text).not.toContain('Teaser headline');
  });
});
