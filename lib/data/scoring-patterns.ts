/**
 * Class/id vocabulary used by scoring (grab-article.ts). Kept as data, apart from the logic.
 * Tokens are matched against the lower-cased `class` and `id` of an element.
 */

/** Names that mark boilerplate containers; their paragraphs do not vote for an article root. */
export const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;

/**
 * Unlikely-candidate names that, on a forum page (page kind 'forum'), name the thread itself: its
 * posts are comments and replies.
 */
export const THREAD_NAMES = /comment|replies|community/gi;

/**
 * A boilerplate word inside a flag or a setting names no part of the page: `no-sidebar` says the
 * layout lacks one, `layout-sidebar-left` says on which side the layout puts it (the wrapper of
 * both columns), `pane-header-alignment-left` says how panes align their headers. The
 * unlikely-candidate test reads these as no name. Not `has-header` or `layout__header`: a box
 * with a header (a stack of teaser cards) and a layout's header element are what they say.
 */
export const UNLIKELY_FLAG_BEFORE = /\b(?:no|without)[-_]+[a-z]+|\blayout-sidebars?-(?:left|right)\b/gi;
export const UNLIKELY_FLAG_AFTER = /\b[a-z]+[-_]+(?:enabled|disabled|alignment|aligned|align)\b/gi;
/** The header or footer of a part of the body (`accordion-header`, `card-footer`), not of the page. */
export const PART_HEADER = /\b(?:accordion|pane|panel|card|item|tab|toggle|collapse|listicle)[-_]+(?:header|footer)|\b(?:header|footer)[-_]+card/gi;

/** Names that rescue an element that also matched UNLIKELY_CANDIDATES ("embed": a quoted post in `social-media-embed`). */
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow|story|entry|post|text|detail|embed/i;

/** Names that make a container more likely to be the article. */
export const POSITIVE_NAMES =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|prose|markdown|rich-?text|documentation|docs/i;

/**
 * A utility class that shows a block from some screen size up (Tailwind's `md:flex`, Bootstrap's
 * `d-lg-block`): a block hidden only below that size is seen by most readers.
 */
const SHOWN_AT_SOME_SIZE_CLASS =
  '(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table)';

/** A class attribute holding one of SHOWN_AT_SOME_SIZE_CLASS as a whole class name. */
export const SHOWN_AT_SOME_SIZE = new RegExp(`(?:^|\\s)(?:${SHOWN_AT_SOME_SIZE_CLASS})(?:\\s|$)`);

/**
 * "hidden", but not the utility classes that hide a block only at some screen sizes or clip its
 * overflow (`hidden md:flex`, `md:hidden`, `hidden-xs`, `android-hidden-mobile`, `overflow-hidden`):
 * those blocks are shown to most readers. Nor a folded panel of an accordion
 * (`accordion-panel-hidden`): a question's answer, there at a click.
 */
const HIDDEN =
  `^(?![\\s\\S]*\\b(?:${SHOWN_AT_SOME_SIZE_CLASS})\\b)[\\s\\S]*?(?<!overflow-|overflow-[xy]-|:|mobile-|tablet-|desktop-|phone-|xs-|sm-|md-|lg-|xl-|(?:accordion|collapse|collapsible|toggle|expand)[\\w-]*-)hidden(?!-(?:xs|sm|md|lg|xl|mobile|tablet|desktop|phone|print)|:)`;

/**
 * Names that make a container less likely to be the article. Not `no-media`: that names a card of
 * text without an image, not a media strip.
 */
export const NEGATIVE_NAMES = new RegExp(
  `-ad-|${HIDDEN}|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|(?<!no-)media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|taboola|trending|recommend|newsletter|subscribe|byline|author|breadcrumb|nav|menu`,
  'i',
);

/**
 * Names of a wrapper around a block of the text: one paragraph (`el__leafmedia--sourced-paragraph`)
 * or a text widget (`elementor-widget-text-editor`; Elementor's "widget" itself is read as a plain
 * block, see BUILDER_BLOCK_WORDS). A boilerplate word there does not make a short block
 * boilerplate (conditional cleaning); link density and the other tests still apply.
 */
export const TEXT_BLOCK_NAMES = /paragraph|text-editor|elementor-widget-container|embed/i;

/**
 * A page builder's word for any block: Elementor calls every element a widget
 * (`elementor-widget-wrap` is a column, a heading is an `elementor-widget-heading`). Read as a
 * plain block when conditional cleaning weighs a name, so that only the words after it
 * (`…-nav-menu`, `…-author-box`, `…-sidebar`) can make a block boilerplate. (Measured on the 65
 * WCXB pages built with it: +1.40 summed F1; keeping the word on its non-text widgets gave +0.79.)
 */
export const BUILDER_BLOCK_WORDS = /elementor-widget/gi;

/** Roles that never hold the article body. */
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/**
 * Tags that can be a paragraph of article text. Not `li`: teaser lists ("More from…") are made of
 * list items with summaries and would outvote the article.
 */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags whose presence means a `div` is a container, not a paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dl', 'div', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li',
]);

/** Subtrees the scorer never descends into. */
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas', 'head', 'dialog']);

/** Sentence/clause punctuation of many scripts: a sign of prose rather than navigation. */
export const CLAUSE_PUNCTUATION = /[,，、،।;:.!?。！？]/g;

/**
 * The id of a segment a server-rendered React page streamed in (`<div hidden id="S:1a">`, a hex
 * number) that its runtime moves into place; see lib/extract/complete-streamed-boundaries.ts.
 */
export const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/i;
