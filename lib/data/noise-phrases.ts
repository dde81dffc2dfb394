/**
 * Noise phrases per language, used by the phrase stage of the noise passes (lib/passes/remove-*.ts).
 * Supporting a new language is adding one entry to NOISE_PHRASES; every field is optional.
 *
 * Matching rules (see lib/passes/noise-engine.ts):
 *  - Text is folded before matching: Unicode NFC, lower case, nukta signs dropped (so "पढ़ें" and
 *    "पढें" are one), chandrabindu read as anusvara, zero-width joiners dropped, Arabic ي/ك read as ی/ک.
 *    Write phrases the way the page writes them; the folding is applied to them too.
 *  - Labels match a block's WHOLE text (punctuation ignored): "विज्ञापन", "- Advertisement -".
 *  - Prefixes match the START of a block, followed by a separator or a link: "ये भी पढ़ें: <a>…</a>".
 *  - Patterns are regular-expression sources matched anywhere in a SHORT block (maxWords, default 15;
 *    words are counted per script, CJK counts characters). They never remove long paragraphs.
 */
export interface PhrasePattern {
  re: string;
  maxWords?: number;
}

export interface LanguagePhrases {
  lang: string;
  /** Labels of ad slots. */
  adLabels?: string[];
  /** Subscribe / sign-in buttons. */
  subscribeLabels?: string[];
  /** Paywall and premium banners. */
  subscribePatterns?: PhrasePattern[];
  /** App and newsletter buttons. */
  promoLabels?: string[];
  /** App-download and newsletter sign-up lines. */
  promoPatterns?: PhrasePattern[];
  /**
   * End-of-article boilerplate lines: contributor credits, copyright notices, "have a tip?",
   * reader appeals, newsletter/magazine blurbs, bare "Posted:/Updated:" datelines. Anchored at the
   * start of the block where the words could also open a sentence of reporting.
   */
  boilerplatePatterns?: PhrasePattern[];
  /** A gallery's slide counter ("Image 1 of 5"), in or out of a caption: the reader shows the pictures. */
  slideCounterPatterns?: PhrasePattern[];
  /** Cookie/consent notices. */
  consentPatterns?: PhrasePattern[];
  /** Share/follow buttons and their headings. */
  shareLabels?: string[];
  /** Headings and buttons of comment sections. */
  commentLabels?: string[];
  /** The word after the number of a comment count ("12 Comments"). */
  commentCountNouns?: string[];
  /** Start of a tag/topic list: "Tags: <a>…</a>". */
  tagPrefixes?: string[];
  /** Headings of recirculation widgets (trending, most read, related, next article). */
  widgetLabels?: string[];
  /**
   * Headings of a table of contents. Removed with their list only when its links point into the page
   * ("#routes"): a list of the chapters below a documentation page is content.
   */
  tocLabels?: string[];
  /**
   * Headings of an author or reviewer bio box ("About the author"): on articles the heading goes with
   * the small box it labels (a bio is not the article; the byline is kept apart in the metadata).
   */
  authorBoxLabels?: string[];
  /** Shop recirculation headings (other products under the one on the page); on pages that are not articles. */
  shopLabels?: string[];
  /** Navigation items that are removed only when they are links/buttons ("Election" tab). */
  navLabels?: string[];
  /**
   * Inline "also read" lines inside the body: prefix + a linked headline. A one-word prefix ("Read",
   * "पढ़ें") needs the rest of the line to be a link; a longer one also takes a short unlinked line.
   */
  inlineRelatedPrefixes?: string[];
}

const EN: LanguagePhrases = {
  lang: 'en',
  adLabels: [
    'advertisement', 'advertisements', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content',
    'sponsored links', 'sponsored stories', 'promoted', 'promoted content', 'promoted stories', 'paid content',
    'paid post', 'story continues below advertisement', 'article continues below advertisement',
    'continue reading below', 'advertisement continue reading below', 'advertisement scroll to continue',
    'scroll to continue with content', 'content continues below', 'ad feedback', 'report this ad', 'remove ads',
    'advertisement story continues below', 'adchoices',
  ],
  subscribeLabels: [
    'subscribe', 'subscribe now', 'subscribe today', 'sign in', 'sign up', 'log in', 'login', 'register',
    'already a subscriber', 'already a subscriber sign in', 'become a member', 'get premium', 'go premium', 'go ad free',
  ],
  subscribePatterns: [
    { re: '\\bsubscribe (now|today|to (continue|read|unlock|get|access))' },
    { re: '\\b(continue|keep) reading (with|for|by)\\b' },
    { re: '\\bunlock (this|the) (article|story|content)\\b|\\bunlock unlimited\\b' },
    { re: '\\b(get|enjoy) unlimited (digital )?access' },
    { re: '\\b(this|the) (article|story|content) is (only )?(for|available to|exclusive to) (subscribers|members|premium)' },
    { re: '\\balready (a subscriber|have an account|have a subscription)' },
    { re: '\\bad[ -]?free (experience|reading|browsing)', maxWords: 20 },
    { re: '\\bstart (your )?free trial' },
  ],
  promoLabels: ['get the app', 'download the app', 'download app', 'open in app', 'read in app', 'open app', 'install app'],
  promoPatterns: [
    { re: '\\b(download|get|install) (the|our) .{0,40}\\bapps?\\b', maxWords: 25 },
    { re: '\\bread (it |this )?(in|on) (the |our )?app\\b' },
    { re: '\\b(sign up|subscribe|register) (for|to) (our|the|a) .{0,40}newsletter', maxWords: 30 },
    { re: '\\bnewsletter sign ?up\\b' },
    { re: '\\bstraight to your inbox\\b', maxWords: 30 },
    { re: '\\bjoin (our|us on) (whatsapp|telegram)', maxWords: 20 },
    // SEO footers of Indian news sites under the app promo ("Get all Tech News in Hindi related to ...").
    { re: '^get (all|the latest|latest) .{0,60}\\bnews in (hindi|english|bengali|marathi|urdu|tamil|telugu|gujarati)\\b', maxWords: 45 },
    { re: '\\bstay updated with us\\b', maxWords: 45 },
    // The fine print under a sign-up or comment form ("By signing up, you agree to receive…", "By clicking Sign Me Up, you confirm…",
    // "By posting a comment, you consent to…").
    { re: '^by (signing up|subscribing|submitting|clicking|registering|entering|providing|continuing|posting|commenting)\\b.{0,120}\\byou\\b.{0,40}\\b(agree|accept|consent|confirm|acknowledge)', maxWords: 70 },
  ],
  boilerplatePatterns: [
    // Contributor credits ("Associated Press writers … contributed to this report", "(Reporting by …; editing by …)").
    { re: '\\bcontributed (reporting )?(to )?(this|the) (report|story|article)\\b', maxWords: 50 },
    { re: '\\bcontributed reporting\\W*$', maxWords: 30 },
    { re: '^\\((additional )?(reporting|writing|editing) by\\b', maxWords: 60 },
    { re: '^(additional )?(reporting|writing) by\\b.{0,200}\\bedit(ing|ed) by\\b', maxWords: 60 },
    // Copyright notices.
    { re: '^(this|the) (document|article|story|material|content) is (subject to|protected by) copyright', maxWords: 60 },
    { re: '^(the )?(contents?|materials?) (of|on) this (site|website|page) (is|are) (©|copyright)', maxWords: 40 },
    { re: '^(©|copyright|\\(c\\))\\s*©?\\s*\\d{4}', maxWords: 30 },
    { re: '\\ball rights reserved\\b', maxWords: 25 },
    // A photo credit standing alone on its line ("Credit: The Spruce Eats", "Photo: Getty Images",
    // "© Reuters"), often repeated under every picture. A caption with its credit is a longer block.
    { re: "^(©|credits?:|photo:|photos:|image:|images:|photograph:|photo credit:|image credit:|photo by|photos by|(photo|image) courtesy( of)?:?)\\s*[\\p{L}\\p{N} .'&/,()-]{2,60}$", maxWords: 10 },
    // Tip lines and reader appeals.
    { re: '^(have|got) a (news )?tip\\?', maxWords: 50 },
    { re: '^(like[d]?|enjoy(ed)?|love[d]?) (this|the|our) (story|article|post|piece|newsletter)\\?', maxWords: 40 },
    { re: '^if you (enjoyed|liked|value|appreciate) (this|our) (article|story|post|journalism|reporting|work)\\b', maxWords: 60 },
    { re: '^to read the full (story|article)\\b', maxWords: 12 },
    // Bare datelines left in the body ("Posted: Fri 6:45 PM, Feb 16, 2018 |").
    { re: '^(originally posted|originally published|posted|updated|published|first published|last updated|last modified)( on| at)?:? .{0,30}\\b(\\d{4}|\\d{1,2}:\\d{2})\\b', maxWords: 12 },
    // Bylines with their date left in the body ("By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.",
    // "By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", "5:45 AM PST 11/19/2019 by Jane Doe").
    { re: "^by [\\p{L}'.-]+( [\\p{L}'.-]+){0,3}( ?, ?[\\p{L}'.-]+( [\\p{L}'.-]+){0,3})*,? (on )?(mon|tues|wednes|thurs|fri|satur|sun)day,? [^,]{0,25},? \\d{4}( at)?[ \\d:.apmgtcesd]*$", maxWords: 22 },
    { re: '^(\\d{1,2}:\\d{2} ?(am|pm)( [a-z]{2,4})? )?\\d{1,2}/\\d{1,2}/\\d{2,4} by [\\p{L} .\'-]{3,40}$', maxWords: 12 },
    // Newsletter, magazine and community blurbs.
    { re: '^get .{0,60}\\bdelivered (straight |directly |right )?(to|through|into) your (inbox|door|letterbox|mailbox)', maxWords: 40 },
    { re: '^join (our|the) .{0,40}\\b(forums?|community|discord|newsletter|mailing list)\\b', maxWords: 40 },
    { re: '^(want|need) more [^?]{0,40}\\? (get|subscribe|sign up|join|try|check out)\\b', maxWords: 40 },
    { re: '(^|[.!?] )(sign up|subscribe) (for|to|today)\\b.{0,80}\\b(newsletter|inbox)\\b', maxWords: 45 },
    { re: '^start your (day|morning) with .{0,80}\\b(newsletter|inbox|briefing|powered by)\\b', maxWords: 45 },
    { re: '^follow @\\w+ on (twitter|x|instagram|facebook|threads)\\b', maxWords: 40 },
    // Letters pages' appeals ("We'd like to hear what you think about this or any of our articles"),
    // paid-plan offers ("Get access to … for as little as Rs 599"), radio programme promos and subscribe prompts ("Listen to X live
    // at 12:45 … or listen back here").
    { re: "\\bwe(['’]| woul)d (like|love) to hear what you think\\b", maxWords: 60 },
    { re: '^(get|unlock|enjoy) (unlimited |full |digital )?access to .{0,100}\\bfor (as little as|just|only)\\b', maxWords: 60 },
    { re: '^subscribe to .{1,40} (and|to) (stay|get|never miss|keep)\\b', maxWords: 30 },
    { re: '^listen to .{1,40} live (at|on|from)\\b.{0,80}\\blisten (back|again)\\b', maxWords: 30 },
    // Social follow lines ("Follow me on Instagram: @…", "Join us on TikTok").
    { re: '^(follow|join|find|like) (me|us|the .{0,20}) on (facebook|instagram|twitter|x|tiktok|youtube|linkedin|threads|pinterest)\\b', maxWords: 20 },
    { re: '^join (the|our) (facebook|whatsapp|telegram|discord|linkedin) (group|community|channel)\\b', maxWords: 20 },
    { re: '^follow [\\w .]{1,30} on (facebook|instagram|twitter|tiktok|youtube|linkedin|threads)\\b', maxWords: 20 },
    // "How to cite this article" boxes ("Citation: Title (2019, November 18) retrieved 20 November 2019 from https://…").
    { re: '^(citation|cite this article|how to cite)\\b.{0,300}\\bretrieved\\b.{0,60}\\bfrom\\b', maxWords: 90 },
    // Reporter contact lines ("Email Jane Doe at jd@example.com or follow her @jd", "Reach the reporters on
    // Twitter at …") and a bare address or profile link left alone on a line.
    { re: '^(e-?mail|contact|reach) .{0,50}\\bat \\S+@\\S+', maxWords: 30 },
    { re: '^reach (the )?(reporters?|writers?|authors?) (at|on|via)\\b', maxWords: 30 },
    { re: '^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$', maxWords: 8 },
    { re: '^(https?://)?(www\\.)?(twitter|x|instagram|facebook)\\.com/[\\w.]+/?$', maxWords: 8 },
    // Affiliate disclosures ("X may earn an affiliate commission if you purchase…", "IGN may get a share
    // of the sale", "This post may contain affiliate links") and comment spam-filter notes.
    { re: '\\bmay (earn|receive|get) (us )?(an? )?(small )?(affiliate )?(commissions?|share of (the )?sales?)( (on|from|if|when|for|at|without|that)\\b|\\W*$|\\W*[.;—–-])', maxWords: 60 },
    // Author notes: "Views and opinions expressed in this article are those of the author", "… is out now.
    // Follow him on Twitter @handle".
    { re: '\\bviews and opinions expressed (in|on) this (article|post|piece|column)\\b', maxWords: 60 },
    { re: '(^|[.!?] )follow (him|her|them|us|me) (on|at) (twitter|x|instagram|facebook|threads) @\\w+', maxWords: 50 },
    { re: '\\bif you (buy|purchase) (something|anything|a product)\\b.{0,60}\\b(commission|share of (the )?sales?)\\b', maxWords: 45 },
    { re: '^(this|the) (post|article|page|site) (may )?contains? (affiliate|referral)', maxWords: 30 },
    { re: '\\bif you (click|buy|purchase|shop)\\b.{0,60}\\bwe (may )?(earn|receive|get)\\b.{0,20}\\b(commission|compensation)\\b', maxWords: 40 },
    { re: '\\b(we|i) (also )?(may )?use affiliate links\\b', maxWords: 30 },
    { re: "\\b(is|are|we're) (a )?reader[- ]supported\\b.{0,200}\\b(commission|affiliate|earn)", maxWords: 80 },
    // Disclaimers under an article: "not advice" notices of legal, medical and finance sites, "the views
    // expressed are the author's own", investment fine print, stale-post and transcript notes. Often 40-120
    // words; each needs the wording of a notice (a present-tense "is … for informational purposes" with
    // "advice", "not … a substitute for medical advice"), not only its topic: "no substitute for advice" is prose.
    { re: '^(?=.*\\badvice\\b).*\\b(is|are|been|be) (\\w+ ){0,2}for (general )?(informational|educational|information)( (and|or|&) (informational|educational|entertainment))? purposes\\b', maxWords: 120 },
    { re: '\\b(not|ever) (be )?(intended |meant |designed )?(to be |to )?(used )?(as )?(an? substitute for|replace|a replacement for)\\b.{0,40}\\b(medical|legal|financial|tax|investment|professional) (advice|counsel|professionals?|advisors?|advisers?)\\b', maxWords: 120 },
    { re: "\\b(views|opinions)( and (views|opinions))? expressed\\b.{0,80}\\b(are (strictly |solely |entirely )?((my|our|their|his|her|the author's|the authors'|the writer's) own|those of)|are not necessarily those of|(do|does) not (necessarily )?(reflect|represent) the (views|opinions|position|policy|policies))", maxWords: 80 },
    { re: '\\b(subject to|involves?) (\\w+ )?risks?,? including (the )?(possible |potential )?loss of (principal|the money|capital)', maxWords: 120 },
    { re: '\\b(investment )?advisory services (are )?(only )?offered (only )?(through|to (clients|residents))\\b', maxWords: 120 },
    { re: '\\bmember\\W{1,4}(finra|sipc)\\b', maxWords: 120 },
    { re: '\\b(this|the) (post|article|page|story) is (over|more than) \\w+ (years?|months?) old\\b', maxWords: 40 },
    { re: '\\bplease note the date of (last )?(review|update)', maxWords: 60 },
    // Sourcing and funding notes that point to the editorial policy ("X uses only high-quality sources … Read our
    // editorial process", "X is supported by commissions … Read our Editorial Guidelines").
    { re: '\\b(sources?|fact-?checkers|commissions?)\\b.{0,300}\\b(our|the) editorial (policy|process|guidelines|standards)\\b', maxWords: 80 },
    { re: '\\btranscripts? (text )?may (vary|be revised|contain errors|not be in (its|their) final form)\\b', maxWords: 60 },
    // What an embed leaves as text when its script did not run ("View this post on Instagram").
    { re: '^view (this )?(post|profile|reel) on (instagram|imgur(\\.com)?)$', maxWords: 8 },
    { re: '^this site uses akismet to reduce spam\\b', maxWords: 25 },
    { re: '\\b(temporarily )?moderating (all )?comments\\b', maxWords: 25 },
    // Postal-address footers: a street address, a postcode and a phone number on one short line.
    { re: '\\b\\d{1,5} [\\w .]{1,30}\\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|suite|floor)\\b.{0,60}\\b\\d{5}(-\\d{4})?\\b.{0,40}\\b\\d{3}[-. ]\\d{3}[-. ]\\d{4}\\b', maxWords: 40 },
    // "Follow AP's full coverage of X at https://…", "More AP NBA: https://…".
    { re: '^follow .{1,30}\\bcoverage of .{0,80}\\bhttps?://', maxWords: 30 },
    { re: '^more [^:]{1,30}: https?://\\S+', maxWords: 15 },
    // Text-to-speech players' labels ("Listen to this article", "Listen to this story in summarized format").
    { re: '^listen to (this|the) (article|story|post)\\b', maxWords: 10 },
    // A page-view counter plugin's line ("(Visited 1,902 times, 364 visits today)").
    { re: '^\\(?visited [\\d,.]+ times?\\b', maxWords: 8 },
    // Nonprofit newsrooms' republishing offer ("Republish our articles for free, online or in print…").
    { re: '^republish (our|this) (articles?|story|stories)\\b', maxWords: 30 },
    // Sign-up form states and browser-notification prompts.
    { re: '^(there was a problem subscribing you|you have been successfully subscribed|thanks? (you )?for subscribing)\\b', maxWords: 30 },
    { re: '^(thank you!? please check your inbox|there was (an issue|a problem|an error) with (the|your) (form|submission))\\b', maxWords: 25 },
    { re: '\\bclick here to turn on (browser |push )?notifications\\b', maxWords: 20 },
    { re: '^(subscribe|follow) (to )?[^ ]+( [^ ]+)? on (youtube|twitter|facebook|instagram|tiktok)\\b', maxWords: 15 },
    // Feedback and newsletter prompts.
    { re: '^have your say\\b', maxWords: 12 },
    { re: '^tell us what you think\\W*$', maxWords: 6 },
    // Plugin leftovers: a gallery without its script, a like button's label and loading state.
    { re: '^this slideshow requires javascript\\b', maxWords: 8 },
    { re: '^like this:$|^like loading\\W*$', maxWords: 3 },
    // Reading-time labels: the reader view shows its own ("5 min read", "Reading time: 4 minutes").
    { re: '^(reading|read) time:? \\d+ ?(min|mins|minutes?)\\.?$|^\\d+ ?(min|mins|minutes?)\\.? read$', maxWords: 5 },
    // A WordPress shortcode the theme no longer renders, printed as text ("[button link=… type=big]Send us YOUR kit review[/button]").
    { re: '^\\[([a-z][a-z0-9_-]*)\\b[^\\]]*\\].{0,200}\\[/\\1\\]$', maxWords: 40 },
    // A designer's placeholder text left in a template section the page's script hides or fills.
    { re: '^lorem ipsum\\b', maxWords: 120 },
    // Meta labels whose value went with the byline box ("Author:", "Publish date:"), a bare "Image copyright".
    { re: '^(author|authors|publish date|published|posted|updated|date):$|^image copyright$', maxWords: 3 },
    { re: '^sign up for our ?.{0,30}newsletters?\\W*$', maxWords: 12 },
    { re: '\\b(subscribe|sign up) (to|for) .{0,40}\\bnewsletters\\b', maxWords: 30 },
  ],
  // "Image 1 of 5", "1 of 4" (written "1<span>of</span>4"), "Slide 3/8"; other languages' words too, since a
  // counter's language is rarely the page's: "Bild 2 von 7", "Photo 1 sur 5", "Foto 1 de 5", "Immagine 1 di 5".
  slideCounterPatterns: [
    { re: '^((image|photo|picture|slide)\\s*)?\\d{1,3}\\s*of\\s*\\d{1,3}$', maxWords: 5 },
    { re: '^(image|photo|picture|slide|bild|foto|imagen|immagine)\\s*\\d{1,3}\\s*(von|sur|de|di|/)\\s*\\d{1,3}$', maxWords: 5 },
  ],
  consentPatterns: [
    // A notice starts with it; mid-paragraph it is reporting.
    { re: '^(we|this (web)?site|our (web)?site|this page)( and our partners)? uses? cookies\\b', maxWords: 80 },
    { re: '\\b(accept|allow|reject|decline) (all |optional )?cookies\\b', maxWords: 12 },
    { re: '\\bcookie (policy|settings|preferences)\\b', maxWords: 12 },
    { re: '\\bmanage (your )?(privacy|consent|cookie) (settings|preferences|choices)\\b', maxWords: 30 },
  ],
  shareLabels: [
    'share', 'share this', 'share this article', 'share this story', 'share article', 'share story', 'share on facebook',
    'share on twitter', 'share on whatsapp', 'share via email', 'tweet', 'follow', 'followed', 'following', 'follow us',
    'follow us on', 'follow us on google news', 'copy link', 'link copied', 'sharing is caring', 'share this post',
    'share this page', 'share post',
  ],
  commentLabels: [
    'comments', 'comment', 'leave a comment', 'post a comment', 'add a comment', 'view comments', 'show comments',
    'load comments', 'join the conversation', 'leave a reply', 'write a comment',
  ],
  commentCountNouns: ['comment', 'comments'],
  tagPrefixes: ['tags', 'topics', 'related topics', 'related tags', 'keywords', 'filed under', 'tagged'],
  widgetLabels: [
    'trending', 'trending now', 'trending videos', 'trending stories', 'trending news', 'trending topics', 'most read',
    'most popular', 'most viewed', 'most shared', 'related', 'related stories', 'related news', 'related articles',
    'related posts', 'related videos', 'related content', 'you may also like', 'you might also like', 'you may like',
    'recommended', 'recommended for you', 'recommended stories', 'recommended videos', 'read next', 'up next',
    'next article', 'next story', 'previous article', 'previous story', 'more stories', 'more news', 'more from',
    'top stories', 'latest news', 'latest stories', "editor's picks", "editors' picks", "don't miss", 'must read',
    'also read', 'read more', 'in case you missed it', 'popular stories', 'top videos',
    'previous post', 'next post', 'recent posts', 'recent articles', 'recent stories',
    'related questions', 'explore related questions', 'popular posts', 'popular articles', 'read this next', 'read these next',
    'related reads',
  ],
  authorBoxLabels: [
    'about the author', 'about the authors', 'about the reviewer', 'about the reviewers', 'about the writer',
    'about the contributor', 'meet the author',
  ],
  tocLabels: ['table of contents', 'contents', 'in this article', 'on this page', 'jump to', 'jump to section'],
  shopLabels: [
    'related products', 'similar products', 'similar items', 'recently viewed', 'recently viewed items',
    'recently viewed products', 'customers also bought', 'customers also viewed', 'customers also purchased',
    'customers who viewed this item also viewed', 'customers who bought this item also bought', 'frequently bought together',
    'people also bought', 'people also viewed', 'you may also be interested in', 'you might also be interested in',
    'complete the look', 'more to consider', 'shop similar', 'pairs well with',
    'people who viewed this item also viewed', 'people who bought this item also bought', 'explore related items',
    'related items', "seller's other items", 'more from this seller', 'similar sponsored items',
  ],
  navLabels: [
    'election', 'elections', 'live tv', 'e paper', 'epaper', 'web stories', 'shorts', 'home', 'photos', 'videos', 'email',
    'print', 'whatsapp', 'facebook', 'twitter', 'x', 'linkedin', 'telegram', 'reddit', 'pinterest',
    // Skip links for keyboard users, and the expand/shrink toggles of quoted posts on forums.
    'skip to main content', 'skip to content', 'skip to navigation', 'skip to main navigation', 'skip navigation',
    'skip to footer', 'skip to search', 'click to expand', 'click to shrink',
    // Links back up the page, left between sections of long guides.
    'back to top', 'back to top of page', 'return to top', 'scroll to top', 'go to top', 'jump to top', 'top of page',
  ],
  inlineRelatedPrefixes: [
    'also read', 'read also', 'read more', 'related', 'related story', 'related stories', 'related news',
    'related article', 'related post', 'related posts', 'related reading', 'see more', 'see also', 'also see', 'also on', 'also watch', 'watch', 'must read', "don't miss", 'recommended',
    'read', 'more', 'also', 'read here', 'click here',
  ],
};

const HI: LanguagePhrases = {
  lang: 'hi',
  adLabels: ['विज्ञापन', 'विज्ञापन खबर जारी है', 'प्रायोजित', 'स्पॉन्सर्ड', 'स्पॉन्सर्ड कंटेंट', 'एडवर्टाइजमेंट'],
  subscribeLabels: [
    'सब्सक्राइब करें', 'सब्सक्राइब', 'सदस्यता लें', 'सब्सक्रिप्शन', 'लॉगिन करें', 'लॉग इन करें', 'लॉगिन', 'साइन इन करें',
    'साइन इन', 'रजिस्टर करें',
  ],
  subscribePatterns: [
    { re: '(एड|ऐड|विज्ञापन)[ -]?(फ्री|मुक्त)', maxWords: 20 },
    { re: 'सब्सक्राइब करें', maxWords: 20 },
    { re: 'सदस्यता (लें|ले|खरीदें)', maxWords: 20 },
    { re: 'प्रीमियम (सब्सक्राइब|सदस्यता|लें|ज्वाइन)', maxWords: 20 },
  ],
  promoLabels: ['एप में पढ़ें', 'ऐप में पढ़ें', 'एप डाउनलोड करें', 'ऐप डाउनलोड करें', 'ऐप पर पढ़ें', 'एप पर पढ़ें'],
  promoPatterns: [
    { re: 'डाउनलोड करें.{0,120}(app|ऐप|एप)', maxWords: 35 },
    { re: '(app|ऐप|एप) (में|पर) पढ़ें' },
    { re: '(app|ऐप|एप) डाउनलोड करें', maxWords: 25 },
    { re: 'रहें हर खबर से अपडेट', maxWords: 35 },
    { re: '(ऐप|एप|app) के लिए .{0,80}(क्लिक|डाउनलोड)', maxWords: 50 },
    { re: 'हमें .{0,120}(पर )?(फॉलो|फ़ॉलो) (भी )?(कर सकते|करें)', maxWords: 50 },
    { re: 'न्यूज़लेटर', maxWords: 25 },
    { re: '(व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|whatsapp|telegram) (चैनल|ग्रुप|channel) (से |को )?(जुड़ें|ज्वाइन करें|फॉलो करें)', maxWords: 25 },
  ],
  // Reporter contact lines ("लेखक को ईमेल करें: …@…", "रिपोर्टर से संपर्क: …@…").
  boilerplatePatterns: [
    { re: '^(लेखक|रिपोर्टर|संवाददाता) (को|से) .{0,30}(ईमेल|ई-मेल|संपर्क).{0,30}\\S+@\\S+', maxWords: 25 },
    // Disclaimers: "(डिस्क्लेमर: यहां दी गई जानकारी सामान्य मान्यताओं पर आधारित है … पुष्टि नहीं करता है)".
    { re: '^\\(?(डिस्क्लेमर|अस्वीकरण|disclaimer) ?[:-].{0,240}(पुष्टि नहीं|सलाह|परामर्श|सामान्य (जानकारी|मान्यताओं))', maxWords: 80 },
  ],
  consentPatterns: [{ re: 'कुकीज़? (का उपयोग|स्वीकार)', maxWords: 80 }],
  shareLabels: ['शेयर करें', 'शेयर', 'फॉलो करें', 'फॉलो', 'फॉलो किया', 'हमें फॉलो करें', 'गूगल न्यूज़ पर फॉलो करें'],
  commentLabels: ['टिप्पणियां', 'टिप्पणी', 'टिप्पणी करें', 'कमेंट', 'कमेंट्स', 'कमेंट करें', 'अपनी राय दें', 'अपनी प्रतिक्रिया दें'],
  commentCountNouns: ['टिप्पणी', 'टिप्पणियां', 'कमेंट', 'कमेंट्स'],
  tagPrefixes: ['टैग', 'टैग्स', 'टॉपिक्स', 'संबंधित विषय'],
  widgetLabels: [
    'ट्रेंडिंग', 'ट्रेंडिंग वीडियो', 'ट्रेंडिंग न्यूज़', 'ट्रेंडिंग खबरें', 'सबसे ज्यादा पढ़ी गई', 'सबसे ज्यादा पढ़ी गईं',
    'सबसे ज्यादा पढ़ी गई खबरें', 'सबसे अधिक पढ़ी गई', 'सबसे ज्यादा देखी गई', 'लोकप्रिय', 'लोकप्रिय खबरें',
    'संबंधित खबरें', 'संबंधित खबर', 'संबंधित लेख', 'संबंधित वीडियो', 'अगली खबर', 'अगला लेख', 'पिछली खबर', 'टॉप न्यूज़',
    'टॉप स्टोरीज', 'ताज़ा खबरें', 'ताजा खबरें', 'लेटेस्ट न्यूज़', 'ये भी पढ़ें', 'यह भी पढ़ें', 'इसे भी पढ़ें', 'जरूर पढ़ें',
    'आपके लिए', 'आपको यह भी पसंद आ सकता है', 'मिस न करें',
  ],
  authorBoxLabels: ['लेखक के बारे में', 'लेखक परिचय'],
  navLabels: ['चुनाव', 'ई पेपर', 'ई-पेपर', 'लाइव टीवी', 'वेब स्टोरीज', 'होम', 'फोटो', 'वीडियो'],
  inlineRelatedPrefixes: [
    'ये भी पढ़ें', 'ये भी पढ़े', 'यह भी पढ़ें', 'यह भी पढ़े', 'इसे भी पढ़ें', 'इसे भी पढ़े', 'इन्हें भी पढ़ें', 'ये भी पढ़िए',
    'यह भी पढ़िए', 'पढ़ें ये भी', 'जरूर पढ़ें', 'ये भी देखें', 'यह भी देखें', 'ये भी जानें', 'यह भी जानें', 'और पढ़ें',
    'संबंधित खबर', 'संबंधित खबरें', 'पढ़ें', 'देखें',
  ],
};

// Other Indian languages and the scripts in the benchmarks: the most common labels only; extend freely.
const BN: LanguagePhrases = { lang: 'bn', adLabels: ['বিজ্ঞাপন'], inlineRelatedPrefixes: ['আরও পড়ুন', 'আরো পড়ুন', 'এটাও পড়ুন'] };
const MR: LanguagePhrases = { lang: 'mr', adLabels: ['जाहिरात'], inlineRelatedPrefixes: ['हेही वाचा', 'हे देखील वाचा', 'अधिक वाचा'] };
const UR: LanguagePhrases = { lang: 'ur', adLabels: ['اشتہار'], inlineRelatedPrefixes: ['یہ بھی پڑھیں', 'مزید پڑھیں'] };
const GU: LanguagePhrases = { lang: 'gu', adLabels: ['જાહેરાત'], inlineRelatedPrefixes: ['આ પણ વાંચો'] };
const ZH: LanguagePhrases = { lang: 'zh', adLabels: ['广告', '廣告'], inlineRelatedPrefixes: ['相关阅读', '相關閱讀', '推荐阅读', '延伸阅读', '延伸閱讀'] };
const KO: LanguagePhrases = {
  lang: 'ko',
  adLabels: ['광고'],
  inlineRelatedPrefixes: ['관련기사', '관련 기사'],
  // The copyright line under every Korean news story ("Copyright ⓒ X. 무단전재 및 재배포 금지": no reproduction or redistribution).
  boilerplatePatterns: [{ re: '무단\\s?(전재|복제)\\s?(및|-|·|,)?\\s?(재배포|배포)\\s?금지', maxWords: 25 }],
};
// Comment-policy lines of Portuguese sites ("ATENÇÃO: Comentários … não serão aprovados pelo moderador").
// and "Publicado por: … - Categoria: … - Tags: …" post-meta lines.
const PT: LanguagePhrases = {
  lang: 'pt',
  boilerplatePatterns: [
    { re: 'coment[aá]rios? .{0,120}\\b(moderador|moderação)', maxWords: 40 },
    { re: '\\bpublicado (por|em):? .{0,80}\\b(categoria|tags?)\\b', maxWords: 30 },
    // Reading-time label ("Tempo de leitura: 1 minuto"): the reader view shows its own.
    { re: '^tempo de leitura:? \\d+ ?(min|minutos?)\\.?$', maxWords: 5 },
  ],
  widgetLabels: ['você pode gostar', 'você também pode gostar', 'leia também', 'veja também', 'posts relacionados', 'notícias relacionadas'],
};
const JA: LanguagePhrases = {
  lang: 'ja',
  adLabels: ['スポンサードリンク', 'スポンサーリンク', '広告'],
  // "This blog sends out its updates" (a feed button).
  promoLabels: ['このブログの更新情報を配信しています'],
  tagPrefixes: ['タグ'],
  widgetLabels: ['関連記事', '人気記事', 'おすすめ記事', '新着記事'],
  inlineRelatedPrefixes: ['関連記事', 'あわせて読みたい', '合わせて読みたい'],
};
const RU: LanguagePhrases = { lang: 'ru', adLabels: ['реклама'], inlineRelatedPrefixes: ['читайте также', 'смотрите также'] };

// The largest European news languages after English: the labels a reader meets on nearly every page
// (ad slots, paywall buttons, "read also" lines, recirculation headings, comment and tag sections).
// Labels and prefixes are Set and word-list lookups that cost nothing per language; patterns are few
// because every one is compiled on every page in the browser.
const DE: LanguagePhrases = {
  lang: 'de',
  adLabels: ['anzeige', 'werbung', 'gesponsert', 'weiterlesen nach der anzeige', 'artikel wird nach der anzeige fortgesetzt'],
  subscribeLabels: ['abonnieren', 'jetzt abonnieren', 'anmelden', 'einloggen', 'registrieren', 'jetzt registrieren', 'bereits abonnent'],
  subscribePatterns: [
    { re: '\\bweiterlesen mit\\b', maxWords: 30 },
    { re: '(dieser|der) (artikel|beitrag|inhalt) ist (nur |exklusiv )?für (abonnenten|abonnentinnen|abonnierende)', maxWords: 30 },
  ],
  promoLabels: ['app herunterladen', 'zur app', 'in der app lesen', 'in der app öffnen'],
  promoPatterns: [{ re: '\\bnewsletter (abonnieren|bestellen)|für (unseren|den) .{0,40}newsletter an', maxWords: 30 }],
  consentPatterns: [{ re: '^(diese|unsere) (website|webseite|seite) (verwendet|nutzt) cookies', maxWords: 80 }],
  // Disclaimers: "Dieser Artikel … stellt keine Anlageberatung dar", "Die Informationen … ersetzen keine ärztliche Beratung".
  boilerplatePatterns: [
    { re: '^(\\p{L}+: )?(diese[rs]?|der|das|die|alle|unsere) (\\p{L}+ ){0,3}(artikel|beitrag|text|inhalte?|informationen|angaben)\\b.{0,160}(keine|keinerlei) ((anlage|rechts|steuer|finanz)beratung|(medizinische|ärztliche|rechtliche|steuerliche|professionelle) (beratung|diagnose|behandlung))', maxWords: 100 },
  ],
  shareLabels: ['teilen', 'artikel teilen', 'beitrag teilen', 'link kopieren'],
  navLabels: ['nach oben', 'zurück nach oben', 'zum seitenanfang'],
  commentLabels: ['kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben', 'leserkommentare'],
  commentCountNouns: ['kommentar', 'kommentare'],
  tagPrefixes: ['schlagwörter', 'schlagworte', 'stichwörter', 'stichworte', 'themen'],
  widgetLabels: [
    'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'meistgelesen',
    'meistgelesene artikel', 'meist gelesen', 'weitere artikel', 'ähnliche artikel', 'verwandte artikel', 'auch interessant',
    'empfehlungen', 'unsere empfehlungen', 'neueste artikel', 'top-themen', 'nächster artikel', 'vorheriger artikel',
  ],
  authorBoxLabels: ['über den autor', 'über die autorin', 'über die autoren'],
  tocLabels: ['inhaltsverzeichnis', 'inhalt'],
  inlineRelatedPrefixes: ['lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'auch interessant', 'mehr zum thema', 'siehe auch'],
};
const FR: LanguagePhrases = {
  lang: 'fr',
  adLabels: ['publicité', 'pub', 'sponsorisé', 'contenu sponsorisé', 'la suite après la publicité', 'la suite après cette publicité'],
  subscribeLabels: ["s'abonner", "je m'abonne", 'abonnez-vous', 'se connecter', 'connexion', "s'inscrire", 'déjà abonné', 'déjà abonné ? se connecter'],
  subscribePatterns: [
    { re: "(cet |l')article est réservé aux abonnés|la suite est réservée aux abonnés", maxWords: 30 },
    { re: 'il vous reste \\d+ ?% de cet article à lire', maxWords: 30 },
  ],
  promoLabels: ["télécharger l'application", "lire dans l'application", "ouvrir dans l'application"],
  promoPatterns: [{ re: '(inscrivez-vous|abonnez-vous) (à|a) (notre|la|nos) .{0,30}newsletters?', maxWords: 30 }],
  consentPatterns: [{ re: '^(ce site|notre site|nous) (utilise|utilisons) des cookies', maxWords: 80 }],
  // Disclaimers: "Les informations de cet article … ne constituent pas un conseil en investissement".
  boilerplatePatterns: [
    { re: "^(\\p{L}+ ?: )?(cet|ce|ces|les|l'|le|la) ?(\\p{L}+ ){0,3}(article|contenus?|informations?|site|texte)\\b.{0,160}\\bne (constituen?t?|sauraient? constituer|remplacen?t?|sauraient? remplacer)( pas| en aucun cas)? (un|une|des|l'|le|la) ?(conseils?|avis|recommandations?|consultation|diagnostic)", maxWords: 100 },
  ],
  shareLabels: ['partager', 'partager cet article', 'partager sur facebook', 'suivez-nous', 'copier le lien'],
  navLabels: ['haut de page', 'retour en haut', 'retour en haut de page'],
  commentLabels: ['commentaires', 'commentaire', 'réagir', 'laisser un commentaire', 'ajouter un commentaire', 'voir les commentaires'],
  commentCountNouns: ['commentaire', 'commentaires'],
  tagPrefixes: ['mots-clés', 'mots clés', 'sujets', 'thèmes'],
  widgetLabels: [
    'lire aussi', 'à lire aussi', 'sur le même sujet', 'les plus lus', 'articles les plus lus', 'vous aimerez aussi',
    'vous aimerez peut-être', 'à découvrir', 'à découvrir aussi', 'articles similaires', 'articles liés', 'articles associés',
    'dans la même rubrique', 'les plus populaires', 'article suivant', 'article précédent', 'à voir aussi',
  ],
  authorBoxLabels: ["à propos de l'auteur", "à propos de l'autrice"],
  tocLabels: ['sommaire', 'table des matières'],
  inlineRelatedPrefixes: ['lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet'],
};
const ES: LanguagePhrases = {
  lang: 'es',
  adLabels: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'],
  subscribeLabels: ['suscríbete', 'suscribirse', 'suscríbase', 'iniciar sesión', 'inicia sesión', 'regístrate', 'ya soy suscriptor'],
  subscribePatterns: [{ re: '(este|el) (artículo|contenido) es (exclusivo )?para (suscriptores|socios|abonados)', maxWords: 30 }],
  promoLabels: ['descarga la app', 'descargar la aplicación', 'abrir en la app'],
  promoPatterns: [{ re: 'suscr[ií]b[ea]te a (nuestro|nuestra|nuestros) .{0,30}(newsletters?|bolet[ií]n)', maxWords: 30 }],
  consentPatterns: [{ re: '^(este sitio( web)?|esta (web|página)|utilizamos) (utiliza |usa )?cookies', maxWords: 80 }],
  // Disclaimers: "La información de este artículo … no constituye asesoramiento médico".
  boilerplatePatterns: [
    { re: '^(\\p{L}+: )?(este|esta|estos|estas|el|la|los|las) (\\p{L}+ ){0,3}(artículo|contenidos?|información|sitio|texto)\\b.{0,160}\\bno (constituyen?|sustituyen?|reemplazan?|pretende sustituir)( en ningún caso)? (un |una |el |la |al |a )?(asesoramiento|asesoría|consejo|consulta|diagnóstico|recomendación)', maxWords: 100 },
  ],
  shareLabels: ['compartir', 'comparte', 'compartir en facebook', 'síguenos', 'copiar enlace'],
  navLabels: ['volver arriba', 'ir arriba'],
  commentLabels: ['comentarios', 'comentario', 'comentar', 'deja un comentario', 'dejar un comentario', 'ver comentarios'],
  commentCountNouns: ['comentario', 'comentarios'],
  tagPrefixes: ['etiquetas', 'temas'],
  widgetLabels: [
    'te puede interesar', 'también te puede interesar', 'lo más leído', 'más leídas', 'más leídos', 'noticias relacionadas',
    'artículos relacionados', 'más noticias', 'te recomendamos', 'recomendados', 'siguiente artículo', 'artículo anterior',
  ],
  authorBoxLabels: ['sobre el autor', 'sobre la autora', 'acerca del autor'],
  tocLabels: ['índice', 'tabla de contenidos', 'contenido'],
  inlineRelatedPrefixes: ['lee también', 'lea también', 'leer también', 'te puede interesar', 'noticia relacionada'],
};
const IT: LanguagePhrases = {
  lang: 'it',
  adLabels: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato'],
  subscribeLabels: ['abbonati', 'accedi', 'registrati', 'iscriviti', 'sei già abbonato', 'abbonati ora'],
  subscribePatterns: [{ re: "(questo |l')articolo è riservato (agli|ai) (abbonati|iscritti)", maxWords: 30 }],
  promoPatterns: [{ re: "iscriviti (alla|alle) (nostra |nostre )?newsletters?", maxWords: 30 }],
  consentPatterns: [{ re: '^(questo sito|utilizziamo) (utilizza |usa )?(i )?cookie', maxWords: 80 }],
  shareLabels: ['condividi', 'condividi questo articolo', 'seguici', 'copia link'],
  navLabels: ['torna su', 'torna in alto'],
  commentLabels: ['commenti', 'commento', 'commenta', 'lascia un commento', 'mostra commenti'],
  commentCountNouns: ['commento', 'commenti'],
  tagPrefixes: ['argomenti'],
  widgetLabels: [
    'leggi anche', 'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare', 'i più letti',
    'più letti', 'articoli correlati', 'notizie correlate', 'articolo successivo', 'articolo precedente',
  ],
  authorBoxLabels: ["sull'autore", "sull'autrice"],
  tocLabels: ['indice', 'sommario'],
  inlineRelatedPrefixes: ['leggi anche', 'leggi pure', 'vedi anche', 'potrebbe interessarti'],
};

export const NOISE_PHRASES: LanguagePhrases[] = [EN, HI, BN, MR, UR, GU, ZH, KO, JA, PT, RU, DE, FR, ES, IT];
