/**
 * Words of bylines, per language (lowercase). Add languages by adding entries.
 */

/** Markers before a person's name: "By", "Published by:", "लेखक:" (author), "रिपोर्ट:" (report). */
export const PERSON_MARKERS: readonly string[] = [
  'published by', 'written by', 'reported by', 'edited by', 'posted by', 'compiled by', 'story by', 'words by',
  'text by', 'curated by', 'by', 'author', 'authors', 'reporter', 'लेखक', 'लेखिका', 'रिपोर्ट', 'रिपोर्टर',
  'प्रस्तुति', 'द्वारा',
];

/** Markers before people in a secondary role: used only when no author is named. */
export const SECONDARY_MARKERS: readonly string[] = [
  'edited by', 'reviewed by', 'medically reviewed by', 'fact checked by', 'fact-checked by', 'checked by',
  'illustrated by', 'illustrations by', 'photos by', 'photographs by', 'graphics by', 'video by', 'produced by',
  'additional reporting by', 'with inputs from', 'translated by', 'संपादित', 'संपादन', 'अनुवाद',
];

/**
 * Labels before a person's job title, not a name: "पदनाम, बीबीसी संवाददाता" (पदनाम = designation).
 * What follows goes to the desk when it names one, and is never read as a person.
 */
export const TITLE_MARKERS: readonly string[] = ['designation', 'job title', 'पदनाम'];

/** Job titles next to a name ("AI Writer", "Senior Editor"): not names. */
export const ROLE_WORDS: readonly string[] = [
  'writer', 'writers', 'editor', 'editors', 'author', 'authors', 'contributor', 'contributors', 'columnist', 'columnists',
  'reviewer', 'photographer', 'producer', 'analyst',
  'expert', 'specialist', 'founder', 'co-founder', 'ceo', 'manager', 'director', 'guest', 'opinion', 'blogger',
  'journalist', 'intern', 'fellow', 'professor', 'associate', 'senior', 'staff', 'chief', 'head', 'lead',
  'संपादक', 'लेखक', 'पत्रकार', 'वरिष्ठ',
];

/** Degrees and suffixes that stay attached to the name before them ("Jane Doe, Ph.D."). */
export const NAME_SUFFIXES = /^(?:ph\.?\s?d\.?|m\.?d\.?|jr\.?|sr\.?|ii|iii|iv|mba|rn|cpa|esq\.?|dds|mph|msc|facp|faclm|cfp|cfa|[A-Z]{2,6}(?:\s\d+)?)$/;

/** Markers before the first publication date. प्रकाशित = published. */
export const PUBLISHED_MARKERS: readonly string[] = [
  'first published', 'published on', 'published', 'posted on', 'posted', 'date', 'dated', 'प्रकाशित', 'पब्लिश्ड',
  'प्रकाशन', 'तारीख',
];

/** Markers before the last update. अपडेटेड / अपडेट = updated. */
export const MODIFIED_MARKERS: readonly string[] = [
  'last updated', 'updated on', 'updated at', 'updated', 'last modified', 'modified', 'अपडेटेड', 'अपडेट',
  'संशोधित', 'अद्यतन',
];

/**
 * Words that make a name a desk, a team or an agency rather than a person: "टेक डेस्क" (tech
 * desk), "ब्यूरो" (bureau), "एजेंसी" (agency), "संवाददाता" (correspondent), "टीम" (team).
 */
export const DESK_WORDS: readonly string[] = [
  'desk', 'bureau', 'team', 'staff', 'newsroom', 'news service', 'news network', 'news agency', 'agency', 'agencies',
  'correspondent', 'editorial', 'editors', 'web', 'digital', 'online', 'wire', 'wires', 'media', 'news',
  'डेस्क', 'ब्यूरो', 'टीम', 'एजेंसी', 'एजेंसियां', 'संवाददाता', 'डिजिटल', 'ऑनलाइन', 'न्यूज', 'न्यूज़', 'समाचार', 'वेब',
];

/** News agencies, matched as whole names. */
export const AGENCY_NAMES: readonly string[] = [
  'pti', 'ani', 'ians', 'uni', 'reuters', 'ap', 'afp', 'bloomberg', 'associated press', 'press trust of india',
  'xinhua', 'dpa', 'efe', 'ansa', 'kyodo', 'yonhap', 'tass', 'upi',
  'पीटीआई', 'एएनआई', 'आईएएनएस', 'यूएनआई', 'भाषा', 'वार्ता', 'रॉयटर्स', 'एएफपी',
];

/** Endings of a domain written as a name ("नवभारतटाइम्स.कॉम", "Example.com"): a site, not a person. */
export const DOMAIN_ENDING = /\.(?:com|in|co\.in|co\.uk|org|net|news|कॉम|इन)$/iu;

/**
 * Devanagari letters to a Latin consonant skeleton, to compare a brand written in Hindi
 * ("लाइव हिन्दुस्तान") with the site's Latin name ("Live Hindustan"). Vowel signs map to
 * nothing; the nukta is dropped first (ज़ reads as ज).
 */
export const DEVANAGARI_SKELETON: Readonly<Record<string, string>> = {
  क: 'k', ख: 'k', ग: 'g', घ: 'g', ङ: 'n', च: 'c', छ: 'c', ज: 'j', झ: 'j', ञ: 'n', ट: 't', ठ: 't', ड: 'd', ढ: 'd',
  ण: 'n', त: 't', थ: 't', द: 'd', ध: 'd', न: 'n', प: 'p', फ: 'f', ब: 'b', भ: 'b', म: 'm', य: 'y', र: 'r', ल: 'l',
  व: 'v', श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n',
};
