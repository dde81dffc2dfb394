/**
 * Tag, role and attribute vocabulary of the noise passes (lib/passes/remove-*.ts): what a page is
 * made of, independent of its language. Kept as data, apart from logic.
 */

/** Never removed by any noise pass: they hold (or are) the article itself. */
export const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);

/** Elements that never carry readable content. */
export const NON_CONTENT_TAGS = new Set([
  'script', 'style', 'template', 'link', 'input', 'select', 'textarea', 'option', 'optgroup', 'datalist',
  'applet', 'frame', 'frameset',
]);

/** Descendants that make a hidden or aria-hidden element worth keeping (real content, not chrome). */
export const CONTENT_INSIDE = new Set(['img', 'picture', 'video', 'audio', 'math', 'figure', 'table', 'p', 'pre', 'blockquote']);

/**
 * Subtrees the noise walk does not enter: their insides are drawing or notation, not page structure
 * (a highlighter's `<span class="comment">` in a code block is code, not a comment section).
 */
export const OPAQUE_TAGS = new Set(['svg', 'math', 'video', 'audio', 'picture', 'canvas', 'pre', 'code']);

/** Roles of pop-ups: never part of an article in the page's own HTML. */
export const MODAL_ROLES = new Set(['dialog', 'alertdialog']);

/** An `<svg>` no wider/taller than this (px, from width/height or viewBox) is an icon. */
export const ICON_MAX_SIZE = 64;

/**
 * Hosts that serve ads or recirculation widgets in iframes. Matched against the iframe's src host
 * (a host ending in one of these).
 */
export const AD_IFRAME_HOSTS = [
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'adservice.google.com', 'amazon-adsystem.com',
  'adnxs.com', 'taboola.com', 'outbrain.com', 'mgid.com', 'criteo.com', 'criteo.net', 'pubmatic.com',
  'rubiconproject.com', 'openx.net', 'teads.tv', 'media.net', 'adform.net', 'smartadserver.com', 'yieldmo.com',
  'zergnet.com', 'revcontent.com', 'colombiaonline.com', 'clmbtech.com', 'adsrvr.org', 'moatads.com',
];


/** Attributes ad scripts put on their slots. */
export const AD_ATTRIBUTES = ['data-ad-slot', 'data-ad-unit', 'data-adunit', 'data-ad-client', 'data-google-query-id', 'data-ad'];

/** Separators of a breadcrumb trail written as text ("Home › Tech › Story"). */
export const BREADCRUMB_SEPARATORS = /[›»>→]/g;
