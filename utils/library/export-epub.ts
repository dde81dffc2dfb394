// EPUB 3 export (one article or the whole library, one chapter per article), zipped with fflate.
// Bodies become XHTML through the DOM's XML serializer. Pictures kept offline go into the book as
// manifest items (OEBPS/images/…); remote pictures are left out (EPUB readers may not load them),
// their captions stay.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LibraryArticle } from './types';
import type { SaarImageRecord } from './export-json';
import { base64ToBytes, bySrc, rewriteImages, withStoredLead } from './offline-images';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const DROP = 'picture > source, video, audio, iframe, object, embed, svg, math, script, style, form';
/** EPUB 3 core media types for raster images. */
const EPUB_IMAGE_EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };
const IN_BOOK = /^images\/i\d+\.(png|jpg|gif|webp)$/;

/** Sanitized body HTML → XHTML fragment (well-formed XML). */
export function bodyToXhtml(html: string, parser: DOMParser = new DOMParser(), serializer: XMLSerializer = new XMLSerializer()): string {
  const doc = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll(DROP))) el.remove();
  // Only pictures stored in the book stay (see articlesToEpub); <picture> wrappers are unwrapped.
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    if (!IN_BOOK.test(img.getAttribute('src') ?? '')) img.remove();
    else for (const attr of ['srcset', 'sizes', 'loading', 'decoding']) img.removeAttribute(attr);
  }
  for (const pic of Array.from(doc.body.querySelectorAll('picture'))) pic.replaceWith(...Array.from(pic.childNodes));
  // Figures whose picture is gone keep only their caption.
  for (const fig of Array.from(doc.body.querySelectorAll('figure'))) if (!fig.textContent?.trim() && !fig.querySelector('img')) fig.remove();
  return Array.from(doc.body.childNodes)
    .map((n) => serializer.serializeToString(n))
    .join('')
    .replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g, '');
}

function chapter(a: LibraryArticle, body: string): string {
  const lang = a.result?.lang || a.lang || 'und';
  const meta = [a.siteName, a.byline, a.result?.published?.slice(0, 10) ?? ''].filter(Boolean).map(xml).join(' · ');
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${xml(lang)}" lang="${xml(lang)}" dir="${a.result?.dir ?? 'ltr'}">
<head><meta charset="utf-8"/><title>${xml(a.title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
<h1>${xml(a.title)}</h1>
<p class="meta">${meta}</p>
${a.summary ? `<p class="summary">${xml(a.summary)}</p>` : ''}
${body}
<p class="meta"><a href="${xml(a.url)}">${xml(a.url)}</a></p>
</body>
</html>
`;
}

const STYLE = `body{font-family:serif;line-height:1.6}h1{line-height:1.25}.meta{color:#555;font-size:.85em}.summary{border-left:4px solid #0f6e6e;padding-left:.8em;font-style:italic}`;

export interface EpubOptions {
  title?: string;
  /** A stable identifier for the book (urn:uuid:… is used as given). */
  id?: string;
  now?: Date;
  parser?: DOMParser;
  serializer?: XMLSerializer;
  /** Pictures kept offline (any article's; each goes in once, as a manifest item). */
  images?: SaarImageRecord[];
}

export function articlesToEpub(articles: LibraryArticle[], opts: EpubOptions = {}): Uint8Array {
  const title = opts.title ?? (articles.length === 1 ? articles[0].title : 'Saar library');
  const id = opts.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const modified = (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = articles[0]?.result?.lang || articles[0]?.lang || 'en';
  const names = articles.map((_, i) => `a${String(i + 1).padStart(4, '0')}.xhtml`);
  const creators = [...new Set(articles.map((a) => a.byline).filter(Boolean))].slice(0, 20);
  // Book-wide picture files, named in the order first used.
  const pictures = new Map<string, { href: string; type: string; data: string }>();
  const bodies = articles.map((a) => {
    if (!a.result) return '';
    const mine = (opts.images ?? []).filter((i) => i.articleId === a.id && EPUB_IMAGE_EXT[i.type]);
    let html = a.result.contentHtml;
    if (mine.length) {
      const stored = bySrc(mine);
      html = rewriteImages(withStoredLead(a.result, stored, opts.parser).html, a.result.url, stored, (i) => {
        let p = pictures.get(i.id);
        if (!p) pictures.set(i.id, (p = { href: `images/i${String(pictures.size + 1).padStart(4, '0')}.${EPUB_IMAGE_EXT[i.type]}`, type: i.type, data: i.data }));
        return p.href;
      }, { parser: opts.parser }).html;
    }
    return bodyToXhtml(html, opts.parser, opts.serializer);
  });

  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${xml(lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${xml(id)}</dc:identifier>
<dc:title>${xml(title)}</dc:title>
<dc:language>${xml(lang)}</dc:language>
${creators.map((c) => `<dc:creator>${xml(c)}</dc:creator>`).join('\n')}
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
${names.map((n, i) => `<item id="c${i + 1}" href="${n}" media-type="application/xhtml+xml"/>`).join('\n')}
${[...pictures.values()].map((p, i) => `<item id="img${i + 1}" href="${p.href}" media-type="${p.type}"/>`).join('\n')}
</manifest>
<spine>
${names.map((_, i) => `<itemref idref="c${i + 1}"/>`).join('\n')}
</spine>
</package>
`;
  const nav = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${xml(lang)}" lang="${xml(lang)}">
<head><meta charset="utf-8"/><title>${xml(title)}</title></head>
<body>
<nav epub:type="toc" id="toc"><h1>${xml(title)}</h1>
<ol>
${articles.map((a, i) => `<li><a href="${names[i]}">${xml(a.title)}</a></li>`).join('\n')}
</ol>
</nav>
</body>
</html>
`;
  const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
  // Key order is file order: the mimetype must come first, stored uncompressed.
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(container),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(nav),
    'OEBPS/style.css': strToU8(STYLE),
  };
  articles.forEach((a, i) => {
    files[`OEBPS/${names[i]}`] = strToU8(chapter(a, bodies[i]));
  });
  // Already compressed: stored as they are.
  for (const p of pictures.values()) files[`OEBPS/${p.href}`] = [base64ToBytes(p.data), { level: 0 }];
  return zipSync(files, { level: 6, mtime: opts.now ?? new Date() });
}
