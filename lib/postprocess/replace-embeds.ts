// Embedded players and social posts need the site's scripts and frames, which a reader view
// does not run. Each becomes something that works without them: a linked poster image or a
// "Watch video" link for videos, the quoted text and its link for tweets, a link for the rest.
import type { PassContext } from '../passes/pass-context';
import { all, baseUrl, hasAny, hasText, inPhrasingContext, resolveUrl, treeNames } from './dom';

const PASS = 'replaceEmbeds';

const YOUTUBE = /^https?:\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed|v|shorts)\/|youtu\.be\/)([\w-]{6,})/i;
const VIMEO = /^https?:\/\/(?:player\.)?vimeo\.com\/(?:video\/)?(\d+)/i;
/** Social embed blockquotes and the permalink attribute each one uses. */
const SOCIAL_BLOCKQUOTES: Array<{ selector: string; classes: string[]; label: string; attrs: string[] }> = [
  { selector: 'blockquote.instagram-media', classes: ['instagram-media'], label: 'View this post on Instagram', attrs: ['data-instgrm-permalink', 'cite'] },
  { selector: 'blockquote.tiktok-embed', classes: ['tiktok-embed'], label: 'View this video on TikTok', attrs: ['cite', 'data-video-id'] },
  { selector: 'blockquote.reddit-embed-bq, blockquote.reddit-card', classes: ['reddit-embed-bq', 'reddit-card'], label: 'View this post on Reddit', attrs: ['cite'] },
];
const FACEBOOK_DIVS = '.fb-post, .fb-video, .fb-page, .fb-comment-embed';
/** FACEBOOK_DIVS' classes and the frame tags, for the cheap pre-check. */
const FACEBOOK_CLASSES = ['fb-post', 'fb-video', 'fb-page', 'fb-comment-embed'];
const FRAME_TAGS = ['iframe', 'embed', 'object', 'frame'];
/** Every class the pre-checks below ask about (treeNames records only these). */
const EMBED_CLASSES = ['twitter-tweet', 'twitter-video', ...SOCIAL_BLOCKQUOTES.flatMap((s) => s.classes), ...FACEBOOK_CLASSES];

interface Made { link: Element }
/** Frames that are ad slots or beacons: a link to them would be noise. */
const AD_FRAME_HOST = /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google\.[a-z.]+|amazon-adsystem\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.[a-z]+|facebook\.com\/tr)$/i;

function makeLink(doc: Document, href: string, text: string, poster?: string, alt = ''): Element {
  const a = doc.createElement('a');
  a.setAttribute('href', href);
  if (poster) {
    const img = doc.createElement('img');
    img.setAttribute('src', poster);
    img.setAttribute('alt', alt || text);
    a.append(img, doc.createElement('br'));
  }
  a.append(text);
  return a;
}

/** Put `node` where `el` was: inside a paragraph of its own unless `el` sat in running text. */
function replaceWith(el: Element, node: Element): void {
  // Inside a link a second link would nest (and split on re-parse): keep only its content.
  if (el.parentElement?.closest('a')) { el.replaceWith(...Array.from(node.childNodes)); return; }
  if (inPhrasingContext(el)) { el.replaceWith(node); return; }
  const p = el.ownerDocument.createElement('p');
  p.append(node);
  el.replaceWith(p);
}

function frameSrc(el: Element, base: string): string | null {
  for (const attr of ['src', 'data-src', 'data-lazy-src', 'data', 'data-url']) {
    const v = el.getAttribute(attr);
    if (!v) continue;
    const url = resolveUrl(v.startsWith('//') ? `https:${v}` : v, base);
    if (url && /^https?:/i.test(url)) return url;
  }
  return null;
}

function videoFor(url: string, doc: Document, title: string): Made | null {
  const yt = YOUTUBE.exec(url);
  if (yt) {
    const id = yt[1];
    const link = makeLink(doc, `https://www.youtube.com/watch?v=${id}`, title ? `Watch video: ${title}` : 'Watch video', `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, title);
    return { link };
  }
  const vimeo = VIMEO.exec(url);
  if (vimeo) return { link: makeLink(doc, `https://vimeo.com/${vimeo[1]}`, title ? `Watch video: ${title}` : 'Watch video') };
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A Facebook plugin URL carries the post in its `href` parameter. */
function facebookTarget(url: string): string | null {
  try {
    const u = new URL(url);
    if (!/(^|\.)facebook\.com$/.test(u.hostname) || !u.pathname.startsWith('/plugins/')) return null;
    const inner = u.searchParams.get('href');
    return inner && /^https?:/i.test(inner) ? inner : null;
  } catch {
    return null;
  }
}

export function replaceEmbeds(root: Element, ctx: PassContext): void {
  const doc = root.ownerDocument;
  const base = baseUrl(root, ctx);
  // Most articles embed nothing: skip each selector whose tag or class is absent. Taken once,
  // before any change: the replacements below only add <p>, <a>, <img> and <br> without classes.
  const names = treeNames(root, EMBED_CLASSES);
  const quotes = names.tags.has('blockquote');

  // Tweets: the blockquote already holds the text and a link to the status; keep both.
  if (quotes && hasAny(names, [], ['twitter-tweet', 'twitter-video'])) for (const bq of all(root, 'blockquote.twitter-tweet, blockquote.twitter-video')) {
    const status = all(bq, 'a[href]').map((a) => resolveUrl(a.getAttribute('href')!, base)).find((h) => h && /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[^/]+\/status/i.test(h));
    for (const attr of Array.from(bq.attributes)) if (attr.name !== 'cite' && attr.name !== 'lang' && attr.name !== 'dir') bq.removeAttribute(attr.name);
    if (status) {
      bq.setAttribute('cite', status);
      if (!all(bq, 'a[href]').some((a) => resolveUrl(a.getAttribute('href')!, base) === status)) {
        const p = doc.createElement('p');
        p.append(makeLink(doc, status, 'View on X (Twitter)'));
        bq.append(p);
      }
    }
  }

  // Instagram, TikTok, Reddit: the blockquote is mostly placeholder boxes; a link says it all.
  for (const { selector, classes, label, attrs } of SOCIAL_BLOCKQUOTES) {
    if (!quotes || !hasAny(names, [], classes)) continue;
    for (const bq of all(root, selector)) {
      if (!root.contains(bq)) continue;
      let href: string | null = null;
      for (const attr of attrs) {
        const v = bq.getAttribute(attr);
        const u = v ? resolveUrl(v, base) : null;
        if (u && /^https?:/i.test(u)) { href = u; break; }
      }
      href ??= all(bq, 'a[href]').map((a) => resolveUrl(a.getAttribute('href')!, base)).find((h) => !!h && /^https?:/i.test(h)) ?? null;
      if (href) replaceWith(bq, makeLink(doc, href, label));
      else ctx.remove(bq, PASS, 'social embed without a link');
    }
  }

  if (hasAny(names, [], FACEBOOK_CLASSES)) for (const div of all(root, FACEBOOK_DIVS)) {
    if (!root.contains(div)) continue;
    const href = resolveUrl(div.getAttribute('data-href') ?? '', base);
    if (href && /^https?:/i.test(href)) replaceWith(div, makeLink(doc, href, 'View this post on Facebook'));
    else if (!hasText(div)) ctx.remove(div, PASS, 'Facebook embed without a link');
  }

  if (hasAny(names, FRAME_TAGS)) for (const frame of all(root, 'iframe, embed, object, frame')) {
    if (!root.contains(frame)) continue;
    const url = frameSrc(frame, base);
    if (!url) { ctx.remove(frame, PASS, 'frame without an address (srcdoc or script-filled)'); continue; }
    const w = parseInt(frame.getAttribute('width') ?? '', 10);
    const h = parseInt(frame.getAttribute('height') ?? '', 10);
    if (AD_FRAME_HOST.test(hostOf(url)) || (w >= 0 && w <= 2) || (h >= 0 && h <= 2)) { ctx.remove(frame, PASS, 'ad or beacon frame'); continue; }
    // A title that holds markup ("<script>…") names nothing: a page's payload, not a label.
    const rawTitle = (frame.getAttribute('title') ?? '').trim().slice(0, 120);
    const title = /<[a-zA-Z/!?]/.test(rawTitle) ? '' : rawTitle;
    const video = videoFor(url, doc, title);
    if (video) { replaceWith(frame, video.link); continue; }
    const fb = facebookTarget(url);
    if (fb) { replaceWith(frame, makeLink(doc, fb, 'View this post on Facebook')); continue; }
    const host = hostOf(url);
    replaceWith(frame, makeLink(doc, url, title ? `${title} (${host})` : `Open embedded content (${host})`));
  }
}
