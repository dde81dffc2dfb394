import { describe, expect, it } from 'vitest';
import { removeScreenReaderText } from './remove-screen-reader-text';
import { EN_PARA, mark } from './noise-test-utils';

describe('removeScreenReaderText', () => {
  it('drops a hidden copy of the menu and a skip link', () => {
    const menu = Array.from({ length: 6 }, (_, i) => `<a href="/c/${i}">Socks category ${i}</a>`).join('');
    const r = mark(removeScreenReaderText, `<a class="screen-reader-text" href="#main">Skip to content</a><div class="visually-hidden">${menu}</div><p>${EN_PARA}</p>`);
    expect(r.text).not.toContain('Socks category');
    expect(r.text).not.toContain('Skip to content');
    expect(r.text).toContain('bus network');
  });

  it('drops screen-reader labels beside visible text', () => {
    const r = mark(removeScreenReaderText, `<p>${EN_PARA}</p><a href="/terms">Terms<span class="sr-only"> (opens in a new window)</span></a>`);
    expect(r.text).toContain('Terms');
    expect(r.text).not.toContain('opens in a new window');
  });

  it("drops a figure's off-screen labels (\"Image caption\", \"Image copyright\")", () => {
    const r = mark(removeScreenReaderText, `<p>${EN_PARA}</p><figure><img src="a.jpg" alt=""><figcaption><span class="off-screen">Image caption</span><span>The valley after the flood</span></figcaption></figure>`);
    expect(r.text).toContain('The valley after the flood');
    expect(r.text).not.toContain('Image caption');
  });

  it('keeps running text under such a class', () => {
    const r = mark(removeScreenReaderText, `<div class="screen-reader-text"><p>${EN_PARA}</p></div>`);
    expect(r.text).toContain('bus network');
  });
});
