import { splitSentences } from '../text/sentences';
import { STOPWORDS } from '../data/stopwords';

/** Sentences with fewer words (characters / 2 for CJK) than this are headings or fragments. */
const MIN_SENTENCE_WORDS = 5;
/** Longer sentences are run-ons or lists: skipped. */
const MAX_SENTENCE_WORDS = 70;
/** The whole summary stays under this many characters. */
const MAX_SUMMARY_CHARS = 600;
/** Sentences that promote other pages rather than tell the story. */
const NOISE = /(?:also read|read more|click here|subscribe|sign up|follow us|ये भी पढ़ें|ये भी पढ़े|यह भी पढ़ें|इसे भी पढ़ें|पढ़ें:|https?:\/\/|www\.)/iu;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_G = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/gu;
const HIRAGANA_ONLY = /^[\u3040-\u309f]+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Content terms of a sentence: words minus stopwords; CJK runs as character bigrams. */
function terms(sentence: string, stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (CJK.test(sentence)) {
    for (const run of sentence.match(CJK_G) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) {
        const bigram = run.slice(i, i + 2);
        if (!HIRAGANA_ONLY.test(bigram)) out.push(bigram);
      }
      if (run.length === 1 && !HIRAGANA_ONLY.test(run)) out.push(run);
    }
    sentence = sentence.replace(CJK_G, ' ');
  }
  for (const w of sentence.match(WORD) ?? []) {
    const lw = w.toLowerCase();
    if (lw.length > 1 && !stop.has(lw) && !/^\d+$/.test(lw)) out.push(lw);
  }
  return out;
}

function length(sentence: string): number {
  const cjk = sentence.match(CJK_G)?.join('').length ?? 0;
  const words = sentence.replace(CJK_G, ' ').match(WORD)?.length ?? 0;
  return words + Math.round(cjk / 2);
}

/**
 * Extractive summary of 2–3 sentences, computed on the device: sentences are scored by the
 * frequency of their content words in the whole text (stopwords removed), their position (news
 * puts the gist first) and a sane length; the best are returned in their original order.
 */
export function generateSummary(text: string, lang = '', maxSentences = 3): string {
  const all = splitSentences(text);
  const base = lang.toLowerCase().split(/[-_]/)[0];
  const stop = STOPWORDS[base] ?? new Set([...(STOPWORDS.en ?? []), ...(STOPWORDS.hi ?? [])]);
  const candidates = all
    .map((s, index) => ({ s, index, len: length(s), terms: terms(s, stop) }))
    .filter((c) => c.len >= MIN_SENTENCE_WORDS && c.len <= MAX_SENTENCE_WORDS && !NOISE.test(c.s));
  if (!candidates.length) return all.slice(0, 2).join(' ').slice(0, MAX_SUMMARY_CHARS).trim();

  const freq = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const maxFreq = Math.max(1, ...freq.values());

  const n = candidates.length;
  const scored = candidates.map((c, rank) => {
    const unique = new Set(c.terms);
    let tf = 0;
    for (const t of unique) tf += (freq.get(t) ?? 0) / maxFreq;
    // Normalized by a damped length so long sentences don't win by size alone.
    const content = unique.size ? tf / Math.sqrt(unique.size) : 0;
    const position = rank === 0 ? 1 : 1 - rank / n;
    const sizeFit = c.len < 10 ? 0.6 : c.len > 45 ? 0.7 : 1;
    return { ...c, score: (0.55 * content + 0.45 * position * 1.5) * sizeFit };
  });

  const want = n > 12 ? Math.min(3, maxSentences) : Math.min(2, maxSentences);
  const picked: typeof scored = [];
  let chars = 0;
  for (const c of [...scored].sort((a, b) => b.score - a.score)) {
    if (picked.length >= want) break;
    if (chars + c.s.length > MAX_SUMMARY_CHARS && picked.length) continue;
    picked.push(c);
    chars += c.s.length;
  }
  picked.sort((a, b) => a.index - b.index);
  const joiner = picked.every((c) => CJK.test(c.s.slice(-2))) ? '' : ' ';
  const out = picked.map((c) => c.s).join(joiner);
  return out.length > MAX_SUMMARY_CHARS ? out.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd() + '…' : out;
}
