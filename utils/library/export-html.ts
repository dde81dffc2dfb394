// One self-contained HTML file (inline styles, no scripts, no external CSS). Pictures kept offline
// are embedded as data: URLs; the others stay links to their original addresses. Metadata is
// escaped; bodies are the core's sanitized HTML.
import type { LibraryArticle } from './types';
import type { SaarImageRecord } from './export-json';
import { bySrc, rewriteImages, withStoredLead } from './offline-images';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{margin:0;background:#fbfbf8;color:#1d1d1b;font:19px/1.7 Georgia,'Noto Serif','Noto Serif Devanagari',serif}
main{max-width:40em;margin:0 auto;padding:24px 20px 80px}article+article{border-top:2px solid #dcdcd4;margin-top:48px;padding-top:24px}
h1{line-height:1.25}.meta{color:#5b5b57;font:14px system-ui,sans-serif}.summary{background:#eef5f3;border-inline-start:4px solid #0f6e6e;padding:8px 14px}
img{max-width:100%;height:auto}figure{margin:1em 0}figcaption{color:#5b5b57;font-size:14px}a{color:#0f6e6e}
@media (prefers-color-scheme:dark){body{background:#17181a;color:#e6e4df}.summary{background:#1f2a2a}a{color:#6cc7c0}}`;

/** The body with stored pictures as data: URLs (raster types only, as stored). */
function bodyWithImages(a: LibraryArticle, images: SaarImageRecord[], parser?: DOMParser): string {
  const r = a.result!;
  const mine = images.filter((i) => i.articleId === a.id);
  if (!mine.length) return r.contentHtml;
  const stored = bySrc(mine);
  const body = withStoredLead(r, stored, parser).html;
  return rewriteImages(body, r.url, stored, (i) => `data:${i.type};base64,${i.data}`, { parser }).html;
}

function articleSection(a: LibraryArticle, images: SaarImageRecord[], parser?: DOMParser): string {
  const r = a.result;
  const meta = [a.siteName, a.byline, r?.published ? new Date(r.published).toISOString().slice(0, 10) : '', a.readingMinutes ? `${a.readingMinutes} min` : '']
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const lang = r?.lang ? ` lang="${escapeHtml(r.lang)}"` : '';
  const dir = r?.dir ? ` dir="${r.dir}"` : '';
  const tags = a.tags.length ? `<p class="meta">${a.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</p>` : '';
  return `<article${lang}${dir}>
<h1>${escapeHtml(a.title)}</h1>
<p class="meta">${meta}</p>${tags}
${a.summary ? `<p class="summary">${escapeHtml(a.summary)}</p>` : ''}
${r ? bodyWithImages(a, images, parser) : ''}
<p class="meta"><a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>
</article>`;
}

export function articlesToHtml(articles: LibraryArticle[], title = 'Saar library', images: SaarImageRecord[] = [], parser?: DOMParser): string {
  const docTitle = articles.length === 1 ? articles[0].title : title;
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<title>${escapeHtml(docTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${articles.map((a) => articleSection(a, images, parser)).join('\n')}
</main>
</body>
</html>
`;
}
