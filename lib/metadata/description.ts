import { countWords } from '../text/script';
import { flatKey } from '../text/char-class';

/**
 * Site-wide descriptions that say nothing about the article: "Read the latest news…", "Get all
 * Tech News in Hindi…", "ताज़ा ख़बरें…" (latest news), "हिंदी समाचार" (Hindi news).
 */
export const BOILERPLATE_DESCRIPTIONS: readonly RegExp[] = [
  /^(?:read|get|find|check|catch|stay|browse|discover|follow|watch|explore)\b.{0,60}\b(?:latest|breaking|top|all|today'?s)\b.{0,40}\b(?:news|updates|headlines|stories|articles)\b/i,
  /\b(?:latest|breaking|top)\s+(?:\w+\s+)?(?:news|headlines|updates)\b.{0,80}\b(?:from|on|at|in)\s+(?:india|the world|politics|business|sports|entertainment)/i,
  /\b(?:news|headlines) (?:in|from) (?:hindi|english|india)\b.*\b(?:latest|breaking|live)\b/i,
  /\bstay (?:updated|tuned|connected) with\b/i,
  /(?:ताज़?ा|लेटेस्ट|ब्रेकिंग)\s*(?:हिंदी\s*)?(?:ख़?बरें|ख़?बर|समाचार|न्यूज़?)/u,
  /(?:हिंदी|हिन्दी)\s*(?:समाचार|न्यूज़?)\s*(?:पढ़ें|देखें|वेबसाइट|पोर्टल)/u,
];

/** Too short to summarize an article. */
const MIN_WORDS = 6;


/** A description worth showing as the article's summary: not a slogan, not just the title. */
export function isUsefulDescription(description: string, title = ''): boolean {
  const d = description.replace(/\s+/g, ' ').trim();
  if (countWords(d) < MIN_WORDS) return false;
  const fd = flatKey(d);
  const ft = flatKey(title);
  if (ft && (fd === ft || (ft.startsWith(fd) && fd.length > 10))) return false;
  return !BOILERPLATE_DESCRIPTIONS.some((re) => re.test(d));
}
