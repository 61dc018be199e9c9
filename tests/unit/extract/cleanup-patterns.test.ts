import { describe, expect, it } from 'vitest';
import {
  isBylineLine,
  isCreditLine,
  isDateLine,
  isReadingTimeLine,
} from '../../../src/extract/cleanup/meta-lines';
import { isDebris, isMediaLeadIn, textKind } from '../../../src/extract/cleanup/text-patterns';

describe('text patterns of clutter', () => {
  it.each([
    ['Advertisement', 'ad'],
    ['Continue reading below', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['Sign up for our free newsletter and get the news in your inbox.', 'newsletter'],
    ['CLICK HERE TO GET THE FOX NEWS APP', 'newsletter'],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'newsletter'],
    ['Read also: A timeline of cartel violence', 'promo'],
    ['Related: The 15 Weirdest Galaxies in Our Universe', 'promo'],
    ["DON'T MISS", 'promo'],
    ['You may also like...', 'promo'],
    ['Share this:', 'share'],
    ['214 Comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['Tags: Border, Cartels, Marines', 'tags'],
    ['© 2025 The Southern Ledger. All rights reserved.', 'copyright'],
    ['(Image: GETTY)', 'caption'],
    ['Photo: Damian Dovarganes, AP', 'caption'],
    ['Skip to content', 'other'],
    ['Advert', 'ad'],
    ['This slideshow requires JavaScript.', 'other'],
    ['Get the magazine delivered through your letterbox every month. 12 issues for £11.99.', 'newsletter'],
    ['Vicente Aguiar loads trims into his truck outside a store. (AP Photo/Alan Diaz, File)', 'caption'],
    ['Subscribe to WIRED and stay smart with more of your favorite Ideas writers.', 'newsletter'],
    ['More Great WIRED Stories', 'promo'],
    [
      'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
      'comments',
    ],
  ])('%s → %s', (text, kind) => {
    expect(textKind(text)).toBe(kind);
  });

  it.each([
    'The council will share the cost with the county, officials said.',
    'Related news reached the capital two days later.',
    'Comments from residents were mostly positive.',
    'Photographs of the square show the damage clearly.',
    'Subscribers to the service grew by a third last year.',
    'More great teams have come from this city than any other.',
  ])('leaves prose alone: %s', (text) => {
    expect(textKind(text)).toBeNull();
  });

  it('recognises leaked URL fragments and markup, not prose or code-like names', () => {
    expect(
      isDebris(
        ':max_bytes(150000):strip_icc():focal(749x0:751x2)/Karoline-122625.jpg?w=350&resize=350,220&ssl=1)',
      ),
    ).toBe(true);
    expect(isDebris('/news/2019/05/council-votes-on-budget')).toBe(true);
    expect(isDebris('wp-content/uploads/2019/05/harbour-large')).toBe(true);
    expect(isDebris('photos/harbour-at-dawn-2019-large')).toBe(true);
    expect(isDebris('&lt;span data-mce-type="bookmark" style="display: inline-block"&gt;')).toBe(true);
    expect(isDebris('<span data-mce-type="bookmark" class="mce_SELRES_start"></span>')).toBe(true);
    expect(
      isDebris('[button link="https://a.example/submit/" type="big"] Send us YOUR review[/button]'),
    ).toBe(true);
    expect(isDebris('Single <img>')).toBe(false);
    expect(isDebris('Visitors came to watch <The Palace: Tale of Jang Noksu> last week.')).toBe(false);
    expect(isDebris('TNW中文站2016年10月14日07:17')).toBe(false);
  });

  it('keeps whole addresses (sources written out) and words joined by a slash', () => {
    expect(isDebris('https://www.example.com/news/article/14848164.php')).toBe(false);
    expect(isDebris('http://example.org/2013/02/why-the-council-voted.html#ixzz2PpyAj3AN')).toBe(false);
    expect(isDebris('www.example.com/archives/2364')).toBe(false);
    expect(isDebris('Introductions/Shout-Outs')).toBe(false);
    expect(isDebris('Questions/Comments-Welcome')).toBe(false);
  });

  it('takes an image address or CDN transform as debris only in three words or fewer', () => {
    expect(isDebris('Photo: harbour.jpg')).toBe(true);
    expect(isDebris('A photo called harbour.jpg')).toBe(false);
    expect(isDebris('crop :focal(10x20:30x40) here')).toBe(true);
    expect(isDebris('a crop :focal(10x20:30x40) right here')).toBe(false);
    // White space at the start counts as a break between words, as in text.split(/\s+/).
    expect(isDebris(' two harbour.jpg')).toBe(true);
    expect(isDebris(' one two harbour.jpg')).toBe(false);
    expect(isDebris('one\ttwo\nharbour.webp?w=300')).toBe(true);
  });

  it('recognises lead-ins that only point at media', () => {
    expect(isMediaLeadIn('Watch video below :')).toBe(true);
    expect(isMediaLeadIn('See tweets :')).toBe(true);
    expect(isMediaLeadIn('The results were as follows:')).toBe(false);
  });
});

describe('bylines, datelines and credits repeated in the body', () => {
  it.each([
    'Updated Nov 19, 9:41 AM',
    'Published 11:34 PM EST Nov 19, 2019',
    'November 18, 2019 | 4:10pm',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'November 20, 2019 / 1:07 AM / CBS News',
    '2019-11-18',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'Posted on Maret 30, 2015 by Admin',
    'Veröffentlicht am 22. Oktober 2010, 20:13',
    'Publié le 3 décembre 2019 à 08:15',
    '5 de mayo de 2019',
  ])('date line: %s', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it('does not take a sentence in another language with a date for a date line', () => {
    expect(isDateLine('Le 3 décembre 2019, le conseil a voté la fermeture.')).toBe(false);
    expect(isDateLine('Em 22 de outubro de 2010 a equipe venceu a corrida.')).toBe(false);
  });

  it.each([
    ['5 min read', true],
    ['Reading time: 4 minutes', true],
    ['Tempo de leitura: 1 minuto', true],
    ['Lesezeit: ca. 3 Minuten', true],
    ['He ran the mile in 5 minutes.', false],
    ['Reading time matters more than word count, editors say.', false],
  ])('reading time line: %s → %s', (text, expected) => {
    expect(isReadingTimeLine(text)).toBe(expected);
  });

  it('does not take a sentence with a date for a date line', () => {
    expect(isDateLine('On November 18, 2019 the council voted to close the library for good.')).toBe(false);
  });

  it('does not take a reference to a source for a date line', () => {
    expect(isDateLine('^ "Roadmap". Retrieved 10 May 2016.')).toBe(false);
    expect(isDateLine('"Annual report", city council. Accessed 2019-11-18.')).toBe(false);
  });

  it('recognises bylines', () => {
    expect(isBylineLine('By Maria Alvarez', null)).toBe(true);
    expect(isBylineLine('Maria Alvarez, Staff Writer', 'Maria Alvarez')).toBe(true);
    expect(
      isBylineLine('By Monday, the council had voted to close the library. Residents protested.', null),
    ).toBe(false);
    expect(isBylineLine('by the river', null)).toBe(false);
  });

  it('recognises end-of-story credits', () => {
    expect(isCreditLine('(Reporting by Greg Roumeliotis; editing by Martin Howell.)')).toBe(true);
    expect(isCreditLine('Keith Bradsher contributed reporting from Hong Kong.')).toBe(true);
    expect(isCreditLine('Research from the institute shows a decline.')).toBe(false);
  });
});
