/**
 * Class/id vocabulary of the noise passes (lib/passes/remove-*.ts). Kept as data, apart from logic.
 *
 * How an element's class/id is matched: each class name (and the id) is lower-cased, camelCase is
 * split ("headerAd" → header, ad), then it is cut on anything that is not a letter, and between
 * letters and digits ("ad300x250" → ad, 300, x, 250). A list entry matches one token ("taboola") or
 * a run of consecutive tokens joined by "-" ("most-read", "gpt-ad"). So "ad" matches `ad-slot`,
 * `div-gpt-ad-123` and `topAd`, but never `head`, `shadow`, `download`, `badge` or `loading`.
 *
 * `strong` entries are always applied. `weak` entries are names that some sites also give to real
 * content wrappers; they are skipped when the retry relaxes 'unlikely' (see extract-article.ts).
 */
export interface TokenList {
  strong: string[];
  weak: string[];
}

/** Ad slots, ad networks and sponsored units. */
export const AD_TOKENS: TokenList = {
  strong: [
    'adsbygoogle', 'adsense', 'doubleclick', 'dfp', 'gpt-ad', 'google-ad', 'googlead', 'adslot', 'ad-slot',
    'adunit', 'ad-unit', 'ad-container', 'adcontainer', 'ad-wrapper', 'ad-wrap', 'adwrapper', 'ad-label',
    'ad-placeholder', 'ad-banner', 'adbanner', 'ad-box', 'adbox', 'advertisement', 'advertisements',
    'taboola', 'outbrain', 'mgid', 'zergnet', 'revcontent', 'teads', 'criteo', 'adngin', 'ad-zone', 'adzone',
    'native-ad', 'nativead', 'sponsored-content', 'sponsored-post', 'promoted-content', 'trc-related',
  ],
  weak: [
    'ad', 'ads', 'adv', 'advt', 'advert', 'adverts', 'advertising', 'sponsor', 'sponsors', 'sponsored',
    'promoted', 'colombia', 'skyscraper', 'leaderboard', 'billboard-ad', 'dfp-ad', 'banner-ad', 'bannerad',
  ],
};

/** Token runs that mean "no ads here" and must not trigger the ad tokens they contain. */
export const AD_NEGATIVE_TOKENS = ['ad-free', 'ads-free', 'no-ad', 'no-ads', 'noads', 'has-ad', 'has-ads', 'with-ads', 'ads-enabled', 'ad-enabled'];

/** Paywalls, subscription and sign-in prompts, and the modals/overlays they live in. */
export const SUBSCRIPTION_TOKENS: TokenList = {
  strong: ['paywall', 'pay-wall', 'regwall', 'reg-wall', 'login-wall', 'tp-modal', 'tp-backdrop', 'poool'],
  weak: [
    'subscribe', 'subscription', 'subscriptions', 'subscribe-box', 'premium-banner', 'premium-cta', 'premium-promo',
    'go-premium', 'upsell', 'metered', 'meter-wall', 'piano', 'modal', 'popup', 'pop-up', 'login-prompt', 'signin-prompt',
  ],
};

/** Newsletter sign-up and app-download promos. */
export const PROMO_TOKENS: TokenList = {
  // "cta": a call-to-action box (reader appeal, donation letter) is never the story, however long.
  strong: ['smartbanner', 'smart-banner', 'app-banner', 'appbanner', 'app-download', 'download-app', 'app-promo', 'cta'],
  weak: [
    'newsletter', 'newsletters', 'newsletter-signup', 'signup', 'sign-up', 'get-app', 'install-app', 'app-link',
    'app-links', 'promo', 'promos', 'promo-box', 'promotion', 'promotions',
    // Donation boxes ("Support us and make a difference", staff list, button).
    'donate', 'donation', 'donations', 'support-us', 'supportus',
  ],
};

/** Cookie/consent/GDPR bars and consent-management platforms. */
export const CONSENT_TOKENS: TokenList = {
  strong: [
    // Not bare "cmp": Adobe Experience Manager names its content components cmp-text, cmp-container.
    'onetrust', 'cookiebot', 'didomi', 'gdpr', 'qc-cmp', 'cmpbox', 'cmp-consent', 'truste', 'trustarc', 'usercentrics', 'sp-message',
    'cookie-consent', 'cookie-banner', 'cookie-notice', 'cookie-bar', 'cookie-law', 'cookie-policy', 'cc-window',
    'cc-banner', 'consent-banner',
  ],
  weak: ['cookie', 'cookies', 'consent', 'privacy-banner', 'privacy-notice'],
};

/** Token runs that name an embedded post (a tweet in `social-media-embed`), not a share bar. */
export const SHARE_NEGATIVE_TOKENS = ['embed', 'embeds', 'embedded', 'social-post', 'social-posts'];

/** Social share/follow bars. */
export const SHARE_TOKENS: TokenList = {
  strong: ['addthis', 'sharethis', 'shareaholic', 'addtoany', 'a2a-kit', 'social-share', 'share-buttons', 'sharebar', 'share-bar'],
  weak: [
    'share', 'shares', 'sharing', 'social', 'socials', 'social-icons', 'social-links', 'social-media', 'follow-us',
    'followus', 'follow-buttons',
  ],
};

/** Breadcrumb trails. Never article content. */
export const BREADCRUMB_TOKENS: TokenList = {
  strong: ['breadcrumb', 'breadcrumbs', 'bread-crumb', 'bread-crumbs', 'breadcrumb-list', 'crumbs'],
  weak: ['crumb'],
};

/** Tag/topic/keyword lists. */
export const TAG_TOKENS: TokenList = {
  strong: ['tagcloud', 'tag-cloud', 'tag-list', 'taglist', 'tags-list', 'post-tags', 'entry-tags', 'article-tags', 'story-tags'],
  weak: ['tags', 'keywords', 'topic-tags', 'topics-list', 'tag-links'],
};

/** Comment sections and comment platforms. */
export const COMMENT_TOKENS: TokenList = {
  strong: ['disqus', 'fb-comments', 'vuukle', 'commento', 'comment-list', 'commentlist', 'comments-section', 'comment-section', 'comments-area'],
  weak: ['comment', 'comments', 'respond', 'discussion', 'replies'],
};

/** Recirculation widgets: trending, most read, related, recommended, next article, sidebars. */
export const WIDGET_TOKENS: TokenList = {
  strong: ['jp-relatedposts', 'yarpp', 'crp-related', 'you-may-like', 'you-might-like', 'most-read', 'mostread', 'most-popular', 'mostpopular', 'most-viewed'],
  weak: [
    'trending', 'tranding', 'related', 'relatedposts', 'related-posts', 'related-stories', 'recommended',
    'recommendation', 'recommendations', 'also-read', 'alsoread', 'read-also', 'read-next', 'readnext',
    'more-stories', 'more-news', 'top-stories', 'popular-posts', 'popular-news', 'next-article', 'nextarticle',
    'next-story', 'recirc', 'recirculation', 'sidebar', 'side-bar',
    // Tweet feeds ("aptf-tweets-wrapper", "twitter-timeline"): a site's own latest posts, not the
    // story. Plural only: a single embedded tweet ("twitter-tweet") is quoted in the story.
    'tweets', 'tweet-feed', 'twitter-feed', 'twitter-timeline', 'twitter-widget',
  ],
};

/**
 * Shopper review sections ("product-reviews", "user_reviews", review widgets). Applied by the widgets
 * pass on pages that are not articles only: there the main item is the product, and its reviews are
 * other people's posts under it; a review article is an article and keeps them.
 */
export const REVIEW_TOKENS = ['reviews', 'yotpo', 'jdgm', 'okendo', 'bazaarvoice'];

/**
 * Author bio boxes after the article ("X is a staff writer covering…"): the byline is reported
 * apart, and the bio is about the writer, not the story. Applied by the widgets pass on article
 * pages only: forum software gives each post's author column the same names.
 */
export const AUTHOR_BIO_TOKENS = [
  'author-bio', 'author-box', 'author-info', 'author-card', 'author-details', 'author-profile', 'author-description',
  'about-author', 'about-the-author', 'contributor-bio', 'contributor-info', 'bio-box', 'post-author', 'entry-author',
  'author-summary', 'the-author', 'short-bio',
];

/**
 * (s6-article) Page builders' post-list widgets: Elementor's Posts and Loop Grid widgets list other
 * posts of the site (teaser cards with excerpts). Applied by the widgets pass on article pages only:
 * on a blog's index page the grid is the listing itself.
 */
export const POST_GRID_TOKENS = ['elementor-widget-posts', 'elementor-posts-container', 'elementor-widget-loop'];

/**
 * Words that make a matched name a state flag on a container rather than the thing itself:
 * `sidebar-enabled--false`, `has-sidebar`, `no-comments`, `with-ads`. A weak or strong token next
 * to one of these (in that order) is ignored.
 */
export const STATE_BEFORE = ['has', 'with', 'no', 'without', 'hide', 'show'];
// Not "left"/"right" (sidebar-left is a sidebar) nor "on" (share-on-twitter is a share button).
export const STATE_AFTER = ['enabled', 'disabled', 'false', 'true', 'none', 'layout'];

/**
 * Names of article containers (Readability's "maybe candidate" idea): an element whose weak name
 * also carries one of these and that holds some prose is a content wrapper, e.g.
 * `foolcom-grid-toc-content-sidebar`, `blog-article__main`.
 */
export const CONTENT_TOKENS = ['article', 'main', 'content', 'body', 'story', 'entry', 'text', 'prose', 'post-body', 'article-body'];

/**
 * Photo-gallery and player chrome: slide counters ("Image 1 of 8"), count badges on photos ("6"),
 * control bars with "Caption"/"Close" toggles. Their text is button labels, never the story; the
 * captions themselves sit in <figcaption> and are kept.
 */
export const GALLERY_CONTROL_TOKENS: TokenList = {
  strong: [
    'gallery-count', 'gallery-counter', 'slide-count', 'slide-counter', 'slideshow-count', 'slideshow-counter',
    'control-bar', 'controlbar', 'gallery-controls', 'slideshow-controls', 'carousel-controls', 'gallery-nav',
    'slideshow-nav', 'caption-toggle', 'captionlink',
  ],
  weak: [],
};

/**
 * Text that the site's stylesheet hides, so it looks like text in the HTML: cards that pop up over
 * a linked name on hover (a person's photo, title and latest headlines; the link stays), and copies
 * of the page's structured data written out as spans ("https://…/photo.jpg 540 960 admin"), and a
 * form's "Thank you! Your submission has been received!" / "Oops! Something went wrong" notes.
 */
export const STYLE_HIDDEN_TOKENS: TokenList = {
  strong: [
    // Not tooltips: an icon's tooltip is often its only label ("B corp", "Recycled materials").
    'hovercard', 'hover-card', 'hover-box', 'rollover-block', 'popover-content', 'popover-body', 'structured-data',
    // A form's status messages, shown only once it is sent (Webflow's builder classes).
    'w-form-done', 'w-form-fail',
  ],
  weak: [],
};

/**
 * Whole class names of the stylesheet utilities that mean display:none (Bootstrap's `hide`,
 * `d-none`, `hidden`; Tailwind's `hidden`; `is-hidden`): shops keep copies of their product data
 * there (raw custom fields, image lists) for their scripts. Matched as whole names, never inside one.
 */
export const HIDDEN_UTILITY_CLASSES = ['hide', 'hidden', 'd-none', 'is-hidden', 'u-hidden', 'js-hidden'];

/**
 * Whole class names of the utility that takes text off the screen for screen readers only
 * (Bootstrap, WordPress, Tailwind, HTML5 Boilerplate…; `off-screen` labels news figures "Image caption").
 */
export const SCREEN_READER_CLASSES = [
  'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'a11y-hidden', 'u-visually-hidden',
  'off-screen', 'offscreen',
];
