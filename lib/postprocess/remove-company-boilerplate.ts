// Press releases and a firm's own posts end with the firm's boilerplate, an "About us" blurb
// written once and pasted under every release: what the company does, where it sits, how many
// people it employs. It is about the publisher, not the story. Taken only at the very end, when
// the blurb opens with the site's own name (from the address) and states a fact of a company
// register (COMPANY_FACT_CUES), so reporting that ends on the company it covers stays.
import type { PassContext } from '../passes/pass-context';
import { blockOf } from '../dom/block-of';
import { countWords } from '../text/script';
import { COMPANY_BLURB_VERBS, COMPANY_FACT_CUES } from '../data/closing-sections';

const PASS = 'removeCompanyBoilerplate';
/** Host labels that are not a name ("www.", "blog.", "news."). */
const GENERIC_LABELS = new Set(['www', 'm', 'mobile', 'amp', 'blog', 'blogs', 'news', 'press', 'newsroom', 'media', 'en', 'de', 'fr', 'es', 'it', 'pt', 'global', 'corporate', 'investors', 'ir']);
/**
 * "ascom is", "siliconangle media is", "facet wealth, inc. (“facet”) is": up to four words, a legal
 * suffix, a short alias, then a verb; matched on the lowercased line. No Unicode classes and no `i`
 * flag: the extension compiles the pattern afresh on every page.
 */
const OPENER = new RegExp(
  String.raw`^((?:[^\s,()]+\s+){0,3}[^\s,()]+?)(?:,?\s+(?:inc|ltd|llc|ag|sa|plc|gmbh|corp|co|limited|group)\.?)?(?:\s*\([^)]{1,40}\))?,?\s+(?:${COMPANY_BLURB_VERBS.join('|')})(?![a-z])`,
);
const FACTS = new RegExp(`\\b(?:${COMPANY_FACT_CUES.join('|')})\\b`, 'i');
/** "About Ascom": a line this short over the blurb goes with it. */
const ABOUT_LINE = /^about\s+(.{2,60})$/i;
/** A line after the blurb this short ("Learn more", a phone number) is part of it. */
const MAX_FOOT_WORDS = 8;
/** A paragraph of the blurb is short: a longer one is the article's. */
const MAX_BLURB_WORDS = 150;
/** The blurb sits past this share of the article's words… */
const MIN_START_SHARE = 0.5;
/** …and is at most this share of them. */
const MAX_SHARE = 0.3;

export function removeCompanyBoilerplate(root: Element, ctx: PassContext): void {
  if (ctx.pageKind !== 'article') return;
  const names = siteKeys(ctx.url);
  if (!names.length) return;
  // Walk back over the tail: foot lines and paragraphs that name the site, up to the blurb's
  // opening paragraphs ("Ascom is…"); a paragraph that neither opens with nor names it ends the walk
  // (and may be the blurb's "About <site>" line). Only the tail's blocks are read.
  const run: Element[] = [];
  let opened = -1;
  let runWords = 0;
  let stop: Element | null = null;
  for (const el of blocksFromEnd(root)) {
    if (el === root) break;
    const line = squash(el.textContent ?? '');
    const words = countWords(line);
    const opens = opensWithSite(line, names);
    if (!opens && (opened >= 0 || !(words <= MAX_FOOT_WORDS || (words <= MAX_BLURB_WORDS && names.some((n) => compact(line).includes(n)))))) {
      stop = el;
      break;
    }
    if (opens) opened = run.length;
    run.push(el);
    runWords += words;
  }
  if (opened < 0) return;
  run.length = opened + 1;
  const about = stop && ABOUT_LINE.exec(squash(stop.textContent ?? ''));
  if (stop && about && isSiteName(compact(about[1]), names)) run.push(stop);
  const total = countWords(root.textContent ?? '');
  if (runWords > total * MAX_SHARE || total - runWords < total * MIN_START_SHARE) return;
  if (!FACTS.test(run.map((el) => el.textContent ?? '').join(' '))) return;
  for (const el of run) if (!ctx.isRemoved(el)) ctx.remove(el, PASS, "the publisher's company boilerplate");
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Lower-case ASCII letters and digits only, as a host's labels are: "SiliconANGLE Media" → "siliconanglemedia". */
function compact(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The names a site's address gives: "www.ascom.com" → ["ascom"], "blog.example.co.uk" → ["example"]. */
export function siteKeys(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  const labels = host.split('.').slice(0, -1);
  return labels.filter((l) => l.length >= 3 && !GENERIC_LABELS.has(l) && !/^(co|com|org|net|gov|ac)$/.test(l)).map(compact);
}

/** Whether a line opens with the site's name and a blurb verb. */
function opensWithSite(line: string, names: string[]): boolean {
  const m = OPENER.exec(line.slice(0, 200).toLowerCase());
  return !!m && isSiteName(compact(m[1]), names);
}

/** A name whose letters run together are a key of the address, or start with one ("siliconanglemedia"). */
function isSiteName(name: string, keys: string[]): boolean {
  return name.length >= 3 && keys.some((k) => name.startsWith(k));
}

/**
 * The blocks that hold the article's text, from the last one back, each once (a block around an
 * earlier one comes before it and covers it).
 */
function* blocksFromEnd(root: Element): Generator<Element> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Element | null = null;
  for (let n = walker.lastChild(); n; n = walker.previousNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    const el = blockOf(n, root) ?? root;
    if (last && (last === el || last.contains(el))) continue;
    last = el;
    yield el;
  }
}
