import { describe, expect, it } from 'vitest';
import { isUsefulDescription } from './description';

describe('isUsefulDescription', () => {
  it('rejects slogans, site boilerplate, the title itself and very short text', () => {
    expect(isUsefulDescription('Read the latest news on politics, business, sports and entertainment from India.')).toBe(false);
    expect(isUsefulDescription('Get all Tech News in Hindi related to live news update of latest mobile reviews apps')).toBe(false);
    expect(isUsefulDescription('ताज़ा ख़बरें, ब्रेकिंग न्यूज़ और हिंदी समाचार पढ़ें सबसे पहले यहां')).toBe(false);
    expect(isUsefulDescription('Budget passes after debate', 'Budget passes after debate')).toBe(false);
    expect(isUsefulDescription('Breaking news')).toBe(false);
  });
  it('keeps a real article description', () => {
    expect(isUsefulDescription('The council approved forty electric buses and extended two tram lines on Monday.', 'Budget passes')).toBe(true);
    expect(
      isUsefulDescription('भारत सरकार ने एक्सपोर्ट को बढ़ावा देने के लिए एक विदेशी कंपनी के साथ हाथ मिलाया है।', 'Startup India: नई बहस'),
    ).toBe(true);
  });
});
