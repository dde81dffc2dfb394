// Markdown with YAML front matter (title, author, date, url, tags). Turndown needs a DOM, so this
// runs in the library page (and jsdom in tests); `contentHtml` is already sanitized by the core.
// Pictures keep their original addresses even when stored offline: data: URLs would put megabytes
// of base64 on single lines, which Markdown editors and static-site tools handle badly. Use the
// HTML, EPUB or JSON export to carry the pictures themselves.
import TurndownService from 'turndown';
import type { LibraryArticle } from './types';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

export function frontMatter(a: LibraryArticle): string {
  const r = a.result;
  const lines = [
    '---',
    `title: ${q(a.title)}`,
    `author: ${q(a.byline)}`,
    `date: ${q(r?.published ?? new Date(a.savedAt).toISOString())}`,
    `saved: ${q(new Date(a.savedAt).toISOString())}`,
    `url: ${q(a.url)}`,
    `site: ${q(a.siteName)}`,
    `tags: [${a.tags.map(q).join(', ')}]`,
    `status: ${a.status}`,
    '---',
  ];
  return lines.join('\n');
}

export function articleToMarkdown(a: LibraryArticle, td: TurndownService = makeTurndown()): string {
  const r = a.result;
  const parts = [frontMatter(a), '', `# ${a.title}`];
  if (a.summary) parts.push('', a.summary.split('\n').map((l) => `> ${l}`).join('\n'));
  parts.push('', r ? td.turndown(r.contentHtml).trim() : `[${a.url}](${a.url})`);
  return parts.join('\n') + '\n';
}

/** The whole library as one file, articles separated by a rule. */
export function libraryToMarkdown(articles: LibraryArticle[]): string {
  const td = makeTurndown();
  return articles.map((a) => articleToMarkdown(a, td)).join('\n\n');
}

function makeTurndown(): TurndownService {
  return new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
}
