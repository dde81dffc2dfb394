// "Keep images offline": the pictures of an article are fetched in the tab the article was saved
// from, not in the background. Why: the extension holds no broad host permission (only activeTab
// and per-site grants), so the background may not fetch a page's images; code injected into the
// tab's isolated world (scripting.executeScript, allowed by the same activeTab grant that saved the
// page) fetches like the page itself: same-origin pictures with the user's cookies, and CDN
// pictures that allow CORS. Pictures a CDN does not share (no CORS) are reported as skipped.
//
// `collectImagesInPage` is serialized by executeScript, so it must not use anything from outside
// its own body (no imports, no module-level helpers). Messages are JSON in Chrome, so bytes travel
// as data: URLs and are checked and decoded again in the background (offline-images.ts).

export interface ImageLimits {
  /** Pictures per article (lead image included). */
  maxImages: number;
  maxBytesPerImage: number;
  maxBytesPerArticle: number;
  /** Per picture, for the whole request. */
  timeoutMs: number;
}

export const IMAGE_LIMITS: ImageLimits = {
  maxImages: 40,
  maxBytesPerImage: 5 * 1024 * 1024,
  maxBytesPerArticle: 20 * 1024 * 1024,
  timeoutMs: 15000,
};

export type SkipReason = 'too-many' | 'too-large' | 'article-budget' | 'not-an-image' | 'http-error' | 'blocked' | 'timeout' | 'bad-url';

export interface CollectedImage {
  src: string;
  /** data:image/…;base64,… */
  dataUrl: string;
}

export interface CollectReport {
  images: CollectedImage[];
  skipped: { src: string; reason: SkipReason }[];
}

/**
 * Fetch the pictures of `html` (the sanitized body: each <img>'s src, or its largest srcset
 * candidate up to ~1600px) and `leadSrc`, within `limits`. Runs in the page's isolated world.
 */
export async function collectImagesInPage(html: string, baseUrl: string, leadSrc: string, limits: ImageLimits): Promise<CollectReport> {
  const out: CollectReport = { images: [], skipped: [] };
  const absolute = (u: string | null | undefined): string => {
    if (!u) return '';
    try {
      const url = new URL(u.trim(), baseUrl);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
    } catch {
      return '';
    }
  };
  // srcset: prefer the largest width up to 1600w (or density up to 2x); else the smallest above.
  const pick = (srcset: string): string => {
    const cands = srcset
      .split(/,\s+/)
      .map((part) => part.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([url, d = '1x']) => ({ url, w: /w$/.test(d) ? parseFloat(d) : parseFloat(d) * 800 }))
      .filter((c) => Number.isFinite(c.w));
    if (!cands.length) return '';
    const fit = cands.filter((c) => c.w <= 1600).sort((a, b) => b.w - a.w)[0];
    return (fit ?? cands.sort((a, b) => a.w - b.w)[0]).url;
  };
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const wanted: string[] = [];
  const add = (u: string, raw: string) => {
    if (!u) {
      if (raw && !raw.startsWith('data:')) out.skipped.push({ src: raw.slice(0, 300), reason: 'bad-url' });
      return;
    }
    if (!wanted.includes(u)) wanted.push(u);
  };
  add(absolute(leadSrc), leadSrc);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const srcset = img.getAttribute('srcset') ?? '';
    const raw = (srcset && pick(srcset)) || img.getAttribute('src') || '';
    add(absolute(raw), raw);
  }
  let total = 0;
  for (const [i, src] of wanted.entries()) {
    if (i >= limits.maxImages) {
      out.skipped.push({ src, reason: 'too-many' });
      continue;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), limits.timeoutMs);
    try {
      const res = await fetch(src, { signal: ctrl.signal, credentials: 'same-origin', referrerPolicy: 'strict-origin-when-cross-origin' });
      if (!res.ok) {
        out.skipped.push({ src, reason: 'http-error' });
        continue;
      }
      const type = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!/^image\/[\w.+-]+$/.test(type)) {
        out.skipped.push({ src, reason: 'not-an-image' });
        continue;
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytesPerImage) {
        out.skipped.push({ src, reason: 'too-large' });
        continue;
      }
      if (total + (Number.isFinite(declared) ? declared : 0) > limits.maxBytesPerArticle) {
        out.skipped.push({ src, reason: 'article-budget' });
        continue;
      }
      // Read in chunks and stop at the cap: a missing or false Content-Length cannot make us hold more.
      const parts: Uint8Array[] = [];
      let size = 0;
      const stream = res.body?.getReader();
      if (stream) {
        for (let r = await stream.read(); !r.done; r = await stream.read()) {
          size += r.value.byteLength;
          if (size > limits.maxBytesPerImage) break;
          parts.push(r.value);
        }
        if (size > limits.maxBytesPerImage) void stream.cancel().catch(() => undefined);
      } else {
        const all = new Uint8Array(await res.arrayBuffer());
        size = all.byteLength;
        parts.push(all);
      }
      const bytes = new Uint8Array(Math.min(size, limits.maxBytesPerImage + 1));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.byteLength;
      }
      if (size > limits.maxBytesPerImage) {
        out.skipped.push({ src, reason: 'too-large' });
        continue;
      }
      if (total + bytes.byteLength > limits.maxBytesPerArticle) {
        out.skipped.push({ src, reason: 'article-budget' });
        continue;
      }
      total += bytes.byteLength;
      let bin = '';
      for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      const dataUrl = `data:${type};base64,${btoa(bin)}`;
      out.images.push({ src, dataUrl });
    } catch (err) {
      out.skipped.push({ src, reason: ctrl.signal.aborted ? 'timeout' : 'blocked' });
      void err;
    } finally {
      clearTimeout(timer);
    }
  }
  return out;
}
