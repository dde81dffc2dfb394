// Data for clean-page mode (on the live page). Kept apart from the logic; extend freely.

/** Selectors of ad slots and ad-network containers. */
export const AD_SELECTORS = [
  'ins.adsbygoogle',
  '[id^="google_ads"]',
  '[id^="div-gpt-ad"]',
  '[id*="gpt-ad"]',
  '[data-google-query-id]',
  '[data-ad-slot]',
  '[data-ad-unit]',
  '[data-adunit]',
  '[aria-label="Advertisement" i]',
  'iframe[src*="doubleclick.net"]',
  'iframe[src*="googlesyndication"]',
  'iframe[id^="google_ads_iframe"]',
  '.OUTBRAIN',
  '[id^="taboola-"]',
  '.trc_related_container',
];

// Class/id tokens come from the core's lib/data/noise-tokens.ts.

/** Known consent / paywall roots by id or class. */
export const PROMPT_SELECTORS = [
  '#onetrust-consent-sdk',
  '#onetrust-banner-sdk',
  '.fc-consent-root',
  '#CybotCookiebotDialog',
  '.qc-cmp2-container',
  '#didomi-host',
  '.tp-modal',
  '.tp-backdrop',
  '[id^="sp_message_container"]',
];

/** Whole-text labels of ad slots, per language (lower-case, trimmed). */
export const AD_LABELS = new Set(['advertisement', 'advertisment', 'ad', 'ads', 'sponsored', 'विज्ञापन', 'स्पॉन्सर्ड', 'ऐड']);

/** Phrases that mark a fixed bar as a subscribe/app/cookie prompt (lower-case). */
export const PROMPT_PHRASES = [
  'subscribe', 'sign up', 'log in to continue', 'download the app', 'open in app', 'get the app', 'accept cookies', 'we use cookies', 'cookie',
  'सब्सक्राइब', 'सदस्यता', 'डाउनलोड करें', 'एप में पढ़ें', 'ऐप में पढ़ें', 'ऐप डाउनलोड', 'लॉग इन', 'कुकी',
];

/** Our own UI: clean mode never touches it. */
export const OWN_HOST_TAG = 'SAAR-READER';
