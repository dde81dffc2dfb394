import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits Hindi on danda and double danda, with or without a following space', () => {
    expect(splitSentences('भारत ने साझेदारी की है। ये सहयोग नया है।क्या यह सही है? हाँ॥ अंत')).toEqual([
      'भारत ने साझेदारी की है।',
      'ये सहयोग नया है।',
      'क्या यह सही है?',
      'हाँ॥',
      'अंत',
    ]);
  });
  it('does not split on Mr., Dr., U.S., initials or decimals', () => {
    expect(
      splitSentences('Mr. Smith met Dr. Rao in the U.S. capital. Growth was 3.5 percent. J. K. Rowling agreed! Did she?'),
    ).toEqual(['Mr. Smith met Dr. Rao in the U.S. capital.', 'Growth was 3.5 percent.', 'J. K. Rowling agreed!', 'Did she?']);
  });
  it('does not split on the Hindi डॉ. abbreviation', () => {
    expect(splitSentences('डॉ. शर्मा ने कहा कि यह ठीक है। फिर वे चले गए।')).toEqual([
      'डॉ. शर्मा ने कहा कि यह ठीक है।',
      'फिर वे चले गए।',
    ]);
  });
  it('splits Japanese and Chinese without spaces', () => {
    expect(splitSentences('今日は晴れです。明日は雨でしょうか？はい！')).toEqual(['今日は晴れです。', '明日は雨でしょうか？', 'はい！']);
  });
  it('splits Arabic on the Arabic question mark and keeps closing quotes', () => {
    expect(splitSentences('هل ذهبت؟ نعم ذهبت.')).toEqual(['هل ذهبت؟', 'نعم ذهبت.']);
    expect(splitSentences('He said "stop." Then he left.')).toEqual(['He said "stop."', 'Then he left.']);
  });
  it('treats newlines as boundaries and ellipses before a capital as an end', () => {
    expect(splitSentences('Heading\nBody text... More here')).toEqual(['Heading', 'Body text...', 'More here']);
    expect(splitSentences('जानिए विस्तार से.... अगला वाक्य।')).toEqual(['जानिए विस्तार से....', 'अगला वाक्य।']);
  });
});
