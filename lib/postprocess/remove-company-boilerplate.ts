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
/** "Ascom", "SiliconANGLE Media", "Facet Wealth, Inc. (“Facet”)": up to four words, a legal suffix, a short alias. */
const OPENER = new RegExp(
  String.raw`^((?:[\p{L}\p{N}&'’.+-]+\s+){0,3}[\p{L}\p{N}&'’.+-]+?)(?:,?\s+(?:inc|ltd|llc|ag|sa|plc|gmbh|corp|co|limited|group)\.?)?(?:\s*\([^)]{1,40}\))?,?\s+(?:${COMPANY_BLURB_VERBS.join('|')})\b`,
  'iu',
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
  const blocks = textBlocks(root);
  if (blocks.length < 3) return;
  const words = blocks.map((b) => countWords(b.text));
  const total = words.reduce((a, b) => a + b, 0);
  // Walk back over the tail: foot lines and paragraphs that name the site, up to the blurb's
  // opening paragraphs ("Ascom is…"); a paragraph that neither opens with nor names it ends the walk.
  let start = blocks.length;
  let opened = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const line = blocks[i].text;
    if (blocks[i].el === root) break;
    if (opensWithSite(line, names)) opened = start = i;
    else if (opened < 0 && (words[i] <= MAX_FOOT_WORDS || (words[i] <= MAX_BLURB_WORDS && names.some((n) => compact(line).includes(n))))) start = i;
    else break;
  }
  if (opened < 0) return;
  const about = ABOUT_LINE.exec(blocks[opened - 1]?.text ?? '');
  if (about && isSiteName(compact(about[1]), names)) start = opened - 1;
  const run = blocks.slice(start);
  const runWords = words.slice(start).reduce((a, b) => a + b, 0);
  const before = total - runWords;
  if (before < total * MIN_START_SHARE || runWords > total * MAX_SHARE) return;
  if (!FACTS.test(run.map((b) => b.text).join(' '))) return;
  for (const b of run) if (!ctx.isRemoved(b.el)) ctx.remove(b.el, PASS, "the publisher's company boilerplate");
}

/** Lower-case letters and digits only: "SiliconANGLE Media" → "siliconanglemedia". */
function compact(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
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
  const m = OPENER.exec(line);
  return !!m && isSiteName(compact(m[1]), names);
}

/** A name whose letters run together are a key of the address, or start with one ("siliconanglemedia"). */
function isSiteName(name: string, keys: string[]): boolean {
  return name.length >= 3 && keys.some((k) => name.startsWith(k));
}

interface Block {
  el: Element;
  text: string;
}

/** The blocks that hold the article's text, in order, each once with its whole text. */
function textBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    const el = blockOf(n, root) ?? root;
    const last = out[out.length - 1];
    if (last && (last.el === el || last.el.contains(el))) continue;
    // A block that holds an earlier one (text after a nested block): the outer one counts from here.
    out.push({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}
