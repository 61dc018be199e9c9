/** Renders an extracted Article in the CLI's output formats. */
import TurndownService from 'turndown';
import type { Article } from '../extract';
import type { Format } from './args';

/** File extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', text: 'txt', markdown: 'md', html: 'html' };

/** The Article as the given format (always ending with a newline). */
export function render(article: Article, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'text':
      return `${article.text}\n`;
    case 'markdown':
      return toMarkdown(article);
    case 'html':
      return toHtml(article);
  }
}

function toMarkdown(article: Article): string {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
  });
  const header = [`# ${article.title}`, byline(article)].filter(Boolean).join('\n\n');
  return `${header}\n\n${turndown.turndown(article.contentHtml).trim()}\n`;
}

/** A standalone page; `contentHtml` is already sanitized, the rest is escaped here. */
function toHtml(article: Article): string {
  const lang = article.lang ? ` lang="${escape(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return `<!doctype html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<title>${escape(article.title)}</title>
<link rel="canonical" href="${escape(article.canonicalUrl ?? article.url)}">
</head>
<body>
<article>
<h1>${escape(article.title)}</h1>
${byline(article) ? `<p>${escape(byline(article))}</p>\n` : ''}${article.contentHtml}
</article>
</body>
</html>
`;
}

function byline(article: Article): string {
  return [article.byline, article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
