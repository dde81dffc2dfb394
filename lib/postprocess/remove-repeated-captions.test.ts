import { describe, expect, it } from 'vitest';
import { removeRepeatedCaptions } from './remove-repeated-captions';
import { fragment } from './test-page';

const CAPTION = 'U.S. Defense Secretary Mark Esper, left, shakes hands with the minister in Hanoi on Wednesday.';

describe('removeRepeatedCaptions', () => {
  it('keeps the first of several identical captions (a slideshow and its inline copies)', () => {
    const fig = (src: string) => `<figure><img src="${src}"><figcaption>${CAPTION}</figcaption></figure>`;
    const { root, ctx } = fragment(`${fig('/a.jpg')}<p>The visit was the first in years, officials said on Wednesday.</p>${fig('/b.jpg')}${fig('/c.jpg')}`);
    removeRepeatedCaptions(root, ctx);
    expect(root.querySelectorAll('figcaption').length).toBe(1);
    // The images stay: only the repeated text goes.
    expect(root.querySelectorAll('img').length).toBe(3);
  });

  it('reads a gallery caption once when its full, truncated and lightbox copies are all printed', () => {
    const credit = 'Photo: Hau Dinh, Associated Press photographer';
    const cap = `<div class="caption"><div class="caption-full"><p>${CAPTION}</p></div><div class="caption-truncated"><p>${CAPTION}</p></div><span class="credit">${credit}</span></div>`;
    const { root, ctx } = fragment(`<ul><li><img src="/a.jpg">${cap}</li></ul><div class="control-bar"><span class="credit">${credit}</span></div><div class="lightbox">${cap}</div><p>The visit was the first in years, officials said on Wednesday.</p>`);
    removeRepeatedCaptions(root, ctx);
    const text = root.textContent ?? '';
    expect(text.split(CAPTION).length - 1).toBe(1);
    expect(text.split(credit).length - 1).toBe(1);
    expect(text).toContain('officials said on Wednesday');
    expect(root.querySelectorAll('img').length).toBe(1);
  });

  it('reads a caption once when its truncated version ("… more") is printed too, in either order', () => {
    const full = `<div class="caption-full">${CAPTION}<a href="#"> less</a></div>`;
    const short = `<div class="caption-truncated">${CAPTION.slice(0, 60)}<a href="#"> ... more</a></div>`;
    for (const pair of [full + short, short + full]) {
      const { root, ctx } = fragment(`<figure><img src="/a.jpg"><div class="caption">${pair}</div></figure><p>The visit was the first in years.</p>`);
      removeRepeatedCaptions(root, ctx);
      const text = root.textContent ?? '';
      expect(text).toContain(CAPTION);
      expect(text).not.toContain('more');
    }
  });

  it('keeps different captions that start alike', () => {
    const a = 'Protesters gather outside the parliament building in the capital on Monday evening.';
    const b = 'Protesters gather outside the parliament building in the capital on Monday evening, as police watch.';
    const { root, ctx } = fragment(`<figure><img src="/a.jpg"><figcaption>${b}</figcaption></figure><p>Text between.</p><figure><img src="/b.jpg"><figcaption>${a} Police later cleared the square.</figcaption></figure>`);
    removeRepeatedCaptions(root, ctx);
    expect(root.querySelectorAll('figcaption').length).toBe(2);
  });

  it('keeps a caption nested in a caption wrapper with the same text', () => {
    const { root, ctx } = fragment(`<figure><img src="/a.jpg"><figcaption><div class="leadMediaCaption">${CAPTION}</div></figcaption></figure><p>The visit was the first in years.</p>`);
    removeRepeatedCaptions(root, ctx);
    expect(root.textContent).toContain(CAPTION);
  });

  it('keeps repeated paragraphs (the same question put to each person interviewed)', () => {
    const q = 'What inspired you to start cooking for other people, and what do you cook at home?';
    const { root, ctx } = fragment(`<p>${q}</p><p>My grandmother, mostly.</p><p>${q}</p><p>Television, to be honest.</p>`);
    removeRepeatedCaptions(root, ctx);
    expect(root.querySelectorAll('p').length).toBe(4);
  });
});
