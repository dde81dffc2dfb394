import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { generateSummary } from './generate-summary';

const ENGLISH = [
  'The city council approved a new budget for public transport on Monday.',
  'The budget adds forty electric buses and extends two tram lines to the northern suburbs.',
  'Also read: Ten things to do this weekend.',
  'Mr. Alvarez, who chairs the transport committee, said the buses would enter service next spring.',
  'Critics argued that the transport budget ignores cycling lanes.',
  'The weather was pleasant.',
  'Council members voted 31 to 12 in favour of the budget after a long debate about buses and trams.',
  'Ticket prices will stay the same until 2027, the council said.',
].join(' ');

const HINDI = [
  'सरकार ने छोटे कारोबारियों के लिए नई निर्यात योजना की घोषणा की है।',
  'इस योजना के तहत कारोबारियों को विदेशी बाजार तक पहुंचने में मदद मिलेगी।',
  'ये भी पढ़ें: मौसम का हाल।',
  'विशेषज्ञों का कहना है कि निर्यात योजना से रोजगार बढ़ेगा।',
  'क्या इससे छोटे कारोबारियों की आय बढ़ेगी?',
  'सरकार का दावा है कि योजना का लाभ हर राज्य के कारोबारियों को मिलेगा।',
].join(' ');

const JAPANESE =
  '政府は新しい輸出支援策を発表した。中小企業が海外市場に進出しやすくなる。専門家は輸出支援策が雇用を増やすと見ている。' +
  '一方で、効果を疑問視する声もある。今日はいい天気だ。政府は来年度から輸出支援策を実施する予定だ。';

/** Every sentence of the summary is a whole sentence of the source, in source order. */
function expectWholeSentencesInOrder(summary: string, source: string): string[] {
  const src = splitSentences(source);
  const got = splitSentences(summary);
  let last = -1;
  for (const s of got) {
    const i = src.indexOf(s);
    expect(i, `"${s}" is not a sentence of the source`).toBeGreaterThan(last);
    last = i;
  }
  return got;
}

describe('generateSummary', () => {
  it('picks 2–3 whole English sentences in order, lead first, no promos, bounded', () => {
    const out = generateSummary(ENGLISH, 'en');
    const got = expectWholeSentencesInOrder(out, ENGLISH);
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(got.length).toBeLessThanOrEqual(3);
    expect(got[0]).toBe('The city council approved a new budget for public transport on Monday.');
    expect(out).not.toMatch(/Also read|weather/);
    expect(out.length).toBeLessThanOrEqual(600);
    // "Mr." did not cut the sentence.
    if (out.includes('Alvarez')) expect(out).toContain('Mr. Alvarez, who chairs');
  });

  it('splits Hindi on the danda and keeps whole sentences', () => {
    const out = generateSummary(HINDI, 'hi');
    const got = expectWholeSentencesInOrder(out, HINDI);
    expect(got.length).toBe(2);
    for (const s of got) expect(s).toMatch(/[।?]$/);
    expect(got[0]).toBe('सरकार ने छोटे कारोबारियों के लिए नई निर्यात योजना की घोषणा की है।');
    expect(out).not.toContain('ये भी पढ़ें');
  });

  it('splits Japanese on 。 and joins without spaces', () => {
    const out = generateSummary(JAPANESE, 'ja');
    const got = expectWholeSentencesInOrder(out, JAPANESE);
    expect(got.length).toBe(2);
    for (const s of got) expect(s.endsWith('。')).toBe(true);
    expect(out).not.toContain(' ');
    expect(out).not.toContain('今日はいい天気だ');
  });

  it('handles text without enough sentences', () => {
    expect(generateSummary('', 'en')).toBe('');
    expect(generateSummary('Short.', 'en')).toBe('Short.');
  });

  it('summarizes the seed article body with whole Hindi sentences', () => {
    const seed = path.resolve(__dirname, '..', '..', '..', 'shared', 'seed', '000_f5b80f3e3bfde4cf.txt');
    if (!existsSync(seed)) {
      console.warn(`seed text not found at ${seed}: skipping`);
      return;
    }
    const text = readFileSync(seed, 'utf8');
    const body = text.slice(text.indexOf('विस्तार'), text.indexOf('रहें हर खबर'));
    const out = generateSummary(body, 'hi');
    const got = expectWholeSentencesInOrder(out, body);
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(out).not.toMatch(/ये भी पढ़े|Trending Videos|विज्ञापन/);
  });
});
