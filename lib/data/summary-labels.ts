/**
 * Labels pages put over their own summary box, per language (compared lowercased, trimmed, without
 * a trailing colon). A label must be the whole text of its element: "सार" alone, never inside
 * "विस्तार". Add languages by adding lines.
 */
export const SUMMARY_LABELS: readonly string[] = [
  // English
  'summary', 'in short', 'in brief', 'key highlights', 'highlights', 'story highlights', 'key points', 'key takeaways',
  'at a glance', 'tl;dr', 'tldr', 'the gist', 'quick read', 'short summary', 'article summary',
  // Hindi: सार (essence), सारांश (summary), मुख्य बातें / खास बातें / अहम बातें (main points),
  // संक्षेप / संक्षेप में (in brief), हाइलाइट्स / स्टोरी हाइलाइट्स (highlights).
  'सार', 'सारांश', 'मुख्य बातें', 'खास बातें', 'ख़ास बातें', 'अहम बातें', 'संक्षेप', 'संक्षेप में', 'हाइलाइट्स',
  'स्टोरी हाइलाइट्स', 'मुख्य बिंदु',
  // Marathi, Bengali, Urdu
  'ठळक मुद्दे', 'সংক্ষেপে', 'খবরের সারাংশ', 'خلاصہ',
];

/**
 * Class names of summary boxes (dek, standfirst, synopsis, highlights), matched as whole class
 * tokens, lowercase. Candidates must still sit near the headline and be short (see
 * find-page-summary.ts).
 */
export const SUMMARY_CLASSES: readonly string[] = [
  'dek', 'article-dek', 'article__dek', 'c-dek', 'story-dek', 'entry-dek',
  'standfirst', 'article-standfirst', 'article__standfirst',
  'article-summary', 'article__summary', 'story-summary', 'news-summary', 'post-summary', 'entry-summary',
  'summary', 'synopsis', 'article-synopsis', 'story-highlights', 'story_highlights', 'highlights',
  'key-highlights', 'article-highlights', 'key-points', 'keypoints', 'tldr',
  'sub-headline', 'subheadline', 'sub-title', 'subtitle', 'article-subtitle', 'article__subtitle',
  'story-kicker', 'article-excerpt', 'excerpt', 'intro-text', 'article-intro', 'lede-text',
];

/** Attribute values that mark a summary box: [attribute, value]. */
export const SUMMARY_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['itemprop', 'description'],
  ['data-testid', 'standfirst'],
  ['data-component', 'standfirst'],
  ['data-role', 'summary'],
];
