/**
 * Words that dates are written with, per language, in the normalized form `parseDate` matches:
 * lowercase, Devanagari nukta removed (फ़रवरी → फरवरी). Add languages by adding entries.
 */

/** Month names and short forms → month number. */
export const MONTH_NAMES: Record<string, number> = {
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  // Hindi, with common spelling variants and short forms (जन., फर., अग.).
  'जनवरी': 1, 'जन': 1, 'फरवरी': 2, 'फर': 2, 'फ़र': 2, 'मार्च': 3, 'अप्रैल': 4, 'अप्रेल': 4, 'अप्रै': 4, 'मई': 5,
  'जून': 6, 'जुलाई': 7, 'जुला': 7, 'अगस्त': 8, 'अग': 8, 'सितंबर': 9, 'सितम्बर': 9, 'सित': 9, 'अक्टूबर': 10,
  'अक्तूबर': 10, 'अक्टू': 10, 'अक्तू': 10, 'नवंबर': 11, 'नवम्बर': 11, 'नव': 11, 'दिसंबर': 12, 'दिसम्बर': 12, 'दिस': 12,
  // The largest European news languages, full names only (their short forms are English words: "set", "dez").
  // Portuguese ("22 de janeiro de 2018")
  janeiro: 1, fevereiro: 2, 'março': 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
  novembro: 11, dezembro: 12,
  // Spanish ("22 de enero de 2018")
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11,
  diciembre: 12,
  // French ("22 janvier 2018")
  janvier: 1, 'février': 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, septembre: 9, octobre: 10, novembre: 11,
  'décembre': 12,
  // German ("22. Januar 2018")
  januar: 1, 'jänner': 1, februar: 2, 'märz': 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // Italian ("22 gennaio 2018")
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // Russian, in the genitive a date takes ("22 января 2018")
  'января': 1, 'февраля': 2, 'марта': 3, 'апреля': 4, 'мая': 5, 'июня': 6, 'июля': 7, 'августа': 8, 'сентября': 9,
  'октября': 10, 'ноября': 11, 'декабря': 12,
};

/** Words for the half of the day: true = after noon. अपराह्न/पूर्वाह्न are the formal PM/AM. */
export const DAY_PERIODS: Record<string, 'am' | 'pm' | 'night' | 'noon'> = {
  am: 'am', 'a.m.': 'am', 'a.m': 'am', pm: 'pm', 'p.m.': 'pm', 'p.m': 'pm',
  'पूर्वाह्न': 'am', 'सुबह': 'am', 'प्रातः': 'am', 'अपराह्न': 'pm', 'शाम': 'pm', 'दोपहर': 'noon', 'रात': 'night',
};

/** Time zone abbreviations → UTC offset. US zones without S/D are resolved by date (see parseDate). */
export const ZONE_OFFSETS: Record<string, string> = {
  ist: '+05:30', gmt: '+00:00', utc: '+00:00', z: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', pkt: '+05:00', npt: '+05:45', sgt: '+08:00', hkt: '+08:00',
  jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00', est: '-05:00', edt: '-04:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  // Hindi: भारतीय मानक समय (Indian Standard Time).
  'भारतीय मानक समय': '+05:30',
};

/** US zones written without standard/daylight: [standard offset hours]. */
export const US_ZONES: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };

/** Weekday names (ignored, but recognized so they never read as a month or a name). */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार',
];
