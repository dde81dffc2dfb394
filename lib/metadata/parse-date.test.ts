import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate: English', () => {
  it('reads the seed byline date with its IST offset', () => {
    expect(parseDate('Updated Sun, 15 Feb 2026 06:31 PM IST')).toBe('2026-02-15T18:31:00+05:30');
  });
  it('reads month-first dates, ordinals, a.m./p.m. and US zones with daylight time', () => {
    expect(parseDate('Published February 15th, 2026 at 9:05 a.m. ET')).toBe('2026-02-15T09:05:00-05:00');
    expect(parseDate('July 4, 2026 10:00 pm ET')).toBe('2026-07-04T22:00:00-04:00');
    expect(parseDate('Mar. 3, 2026')).toBe('2026-03-03');
  });
  it('reads numeric offsets and GMT+5:30', () => {
    expect(parseDate('15 Feb 2026 18:31 GMT+5:30')).toBe('2026-02-15T18:31:00+05:30');
    expect(parseDate('15 Feb 2026, 13:01 UTC')).toBe('2026-02-15T13:01:00+00:00');
    expect(parseDate('Feb 15, 2026 6.31 PM')).toBe('2026-02-15T18:31:00');
  });
  it('normalizes ISO 8601 and keeps or converts the offset', () => {
    expect(parseDate('2026-02-15T18:31:00+05:30')).toBe('2026-02-15T18:31:00+05:30');
    expect(parseDate('2026-02-15T13:01:05.123Z')).toBe('2026-02-15T13:01:05+00:00');
    expect(parseDate('2026-02-15T18:31:00+0530')).toBe('2026-02-15T18:31:00+05:30');
    expect(parseDate('2026-02-15 18:31:00')).toBe('2026-02-15T18:31:00');
    expect(parseDate('2026-02-15 18:31:00', { defaultOffset: '+05:30' })).toBe('2026-02-15T18:31:00+05:30');
    expect(parseDate('2026-02-15')).toBe('2026-02-15');
  });
  it('reads numeric dates day-first unless told otherwise or impossible', () => {
    expect(parseDate('05/02/2026')).toBe('2026-02-05');
    expect(parseDate('05/02/2026', { dayFirst: false })).toBe('2026-05-02');
    expect(parseDate('02/15/2026')).toBe('2026-02-15');
  });
  it('reads Unix time and CJK dates', () => {
    expect(parseDate('1771160460')).toBe('2026-02-15T13:01:00+00:00');
    expect(parseDate('2026年2月15日 18:31')).toBe('2026-02-15T18:31:00');
  });
  it('returns null without a complete valid date, and never throws', () => {
    expect(parseDate('Updated 3 hours ago')).toBeNull();
    expect(parseDate('31 Feb 2026')).toBeNull();
    expect(parseDate('15 February')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate('By Jane Doe')).toBeNull();
  });
});

describe('parseDate: Hindi', () => {
  it('reads Hindi month names with and without nukta', () => {
    expect(parseDate('15 फ़रवरी 2026')).toBe('2026-02-15');
    expect(parseDate('15 फरवरी 2026')).toBe('2026-02-15');
    expect(parseDate('1 सितम्बर 2025')).toBe('2025-09-01');
    expect(parseDate('1 सितंबर 2025')).toBe('2025-09-01');
    expect(parseDate('दिसंबर 31, 2025')).toBe('2025-12-31');
  });
  it('reads weekday names, अपडेटेड/प्रकाशित labels and IST', () => {
    expect(parseDate('अपडेटेड रविवार, 15 फ़रवरी 2026 06:31 PM IST')).toBe('2026-02-15T18:31:00+05:30');
    expect(parseDate('प्रकाशित: सोमवार, 16 मार्च 2026 10:05 AM (IST)')).toBe('2026-03-16T10:05:00+05:30');
  });
  it('reads Devanagari digits', () => {
    expect(parseDate('१५ फरवरी २०२६, ०६:३१ अपराह्न')).toBe('2026-02-15T18:31:00');
  });
  it('reads Hindi day periods (शाम = evening, सुबह = morning, रात = night) and बजे', () => {
    expect(parseDate('15 फरवरी 2026 शाम 6:31 बजे')).toBe('2026-02-15T18:31:00');
    expect(parseDate('15 फरवरी 2026, सुबह 09:10 बजे')).toBe('2026-02-15T09:10:00');
    expect(parseDate('15 फरवरी 2026, रात 11:45 बजे')).toBe('2026-02-15T23:45:00');
    expect(parseDate('15 फरवरी 2026, दोपहर 2:00 बजे')).toBe('2026-02-15T14:00:00');
  });
  it('reads short Hindi month forms', () => {
    expect(parseDate('15 अग. 2025')).toBe('2025-08-15');
    expect(parseDate('2 दिस 2025 11:15 पूर्वाह्न')).toBe('2025-12-02T11:15:00');
  });
});

describe('parseDate: European languages', () => {
  it('reads Portuguese, Spanish, French, German, Italian and Russian month names', () => {
    expect(parseDate('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe('2018-01-22T00:13:00');
    expect(parseDate('Publicado el 3 de marzo del 2021')).toBe('2021-03-03');
    expect(parseDate('Mis à jour le 5 février 2024 à 18:30')).toBe('2024-02-05T18:30:00');
    expect(parseDate('Stand: 22. März 2018, 14:05 Uhr')).toBe('2018-03-22T14:05:00');
    expect(parseDate('Pubblicato il 9 dicembre 2019')).toBe('2019-12-09');
    expect(parseDate('Текст: Лида Буслаева·11 октября 2018')).toBe('2018-10-11');
  });
  it('does not read a month name inside another word or "de" without a month', () => {
    expect(parseDate('marte 5 2020')).toBeNull();
    expect(parseDate('22 de 2018')).toBeNull();
  });
});

describe('parseDate: word edges', () => {
  it('reads am/pm, month and zone names only as whole words', () => {
    expect(parseDate('15 Feb 2026 6 amazing')).toBe('2026-02-15');
    // A letter after "a.m." leaves "a.m" as the word.
    expect(parseDate('15 Feb 2026 6 a.m.x')).toBe('2026-02-15T06:00:00');
    expect(parseDate('remarch 5, 2026')).toBeNull();
    expect(parseDate('March 5, 2026 10:00 etc')).toBe('2026-03-05T10:00:00');
    expect(parseDate('March 5, 2026 10:00 et')).toBe('2026-03-05T10:00:00-05:00');
    expect(parseDate('March 5, 2026 18:00 zulu')).toBe('2026-03-05T18:00:00');
    expect(parseDate('March 5, 2026 18:00 z')).toBe('2026-03-05T18:00:00+00:00');
    expect(parseDate('5 मार्च 2026 6:31 बजे शामको')).toBe('2026-03-05T06:31:00');
  });
});
