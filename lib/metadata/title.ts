import { flatKey, LETTER, NUMBER, runsInside } from '../text/char-class';

/** Separators between a headline and the site name: " | ", " - ", " – ", " — ", " » ", " · ", " :: ". */
const SEPARATOR = /\s+(?:[|\-–—»·•~]|::|\/\/)\s+|\s*\|\s*/u;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const words = (s: string): number => runsInside(s, LETTER | NUMBER).length;

/** True when `part` names the site: its name, its host ("amarujala"), or "Amar Ujala Hindi News". */
function isSitePart(part: string, siteName: string, host: string): boolean {
  const p = flatKey(part);
  if (!p) return true;
  const names = [flatKey(siteName), flatKey(host.replace(/^www\./, '').split('.').slice(0, -1).join('') || host)].filter((n) => n.length >= 3);
  return names.some((n) => p === n || (n.length >= 5 && p.includes(n)) || (p.length >= 5 && n.includes(p)));
}

/**
 * Strips the site name from a title the way Readability does: "Headline | Site", "Site - Headline",
 * "Headline - Section - Site". A part is dropped when it names the site; otherwise only a short
 * last part goes, and only when at least four words remain. Colons are kept ("Startup India: …").
 */
export function stripSiteName(title: string, siteName = '', host = ''): string {
  const t = squash(title);
  const parts = t.split(SEPARATOR).map(squash).filter(Boolean);
  if (parts.length < 2) return t;
  // Site-named parts at either end.
  while (parts.length > 1 && isSitePart(parts[parts.length - 1], siteName, host)) parts.pop();
  while (parts.length > 1 && isSitePart(parts[0], siteName, host)) parts.shift();
  // Then a short trailing part (a section, or a site name we could not recognize) goes when a
  // real headline remains: at most one, and shorter once the site name was already found.
  const siteFound = parts.length < t.split(SEPARATOR).filter(Boolean).length;
  if (parts.length > 1 && words(parts[parts.length - 1]) <= (siteFound ? 2 : 4) && words(parts.slice(0, -1).join(' ')) >= 4) {
    parts.pop();
  }
  // Keep the original separators inside what remains.
  const first = parts[0];
  const last = parts[parts.length - 1];
  const start = t.indexOf(first);
  const end = t.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? t.slice(start, end) : parts.join(' - ');
}

export interface TitleInput {
  og: string;
  jsonLd: string;
  twitter: string;
  document: string;
  /** Text of the page's main <h1>. */
  h1: string;
  siteName: string;
  host: string;
}

/**
 * The article title: the visible headline <h1> when there is one, else og:title, JSON-LD
 * headline, twitter:title or <title>, without the site name.
 */
export function pickTitle(input: TitleInput): string {
  const raw = [input.og, input.jsonLd, input.twitter, input.document].map(squash).find(Boolean) ?? '';
  const title = stripSiteName(raw, input.siteName, input.host);
  const h1 = squash(input.h1);
  // The caller passes only a plausible headline <h1> (not a logo, not in navigation): it is what
  // the reader sees, often longer or newer than the share title.
  if (h1 && words(h1) >= 2) return stripSiteName(h1, input.siteName, input.host);
  return title || h1;
}
