import { describe, expect, it } from 'vitest';
import { dropLeadingRepeats } from './drop-leading-repeats';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test-authored markup, not page HTML
  return el;
}

describe('dropLeadingRepeats', () => {
  it('drops a repeated title, byline line and lead image at the top only', () => {
    const el = body(`<div><h1>The Title</h1><p>By Jane Doe · 1 June</p><figure><img src="https://x.test/a.jpg"></figure>
      <p>First real paragraph mentions Jane Doe again, and it is long enough to be prose.</p><h1>The Title</h1></div>`);
    dropLeadingRepeats(el, { title: 'The Title', people: ['Jane Doe', ''], leadSrc: 'https://x.test/a.jpg' });
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).not.toContain('By Jane Doe · 1 June');
    expect(el.textContent).toContain('First real paragraph');
  });

  it('drops the lead caption repeated as the first line', () => {
    const el = body('<p>Tiktok - फोटो : अमर उजाला</p><p>पहला असली अनुच्छेद।</p>');
    dropLeadingRepeats(el, { title: 'T', people: [], caption: 'Tiktok', credit: 'अमर उजाला' });
    expect(el.textContent).toBe('पहला असली अनुच्छेद।');
  });

  it('knows the lead image under another size query', () => {
    const el = body('<figure><img src="https://x.test/a.jpg?w=674"><figcaption>Cap</figcaption></figure><p>Text that starts the body.</p>');
    dropLeadingRepeats(el, { title: 'T', people: [], leadSrc: 'https://x.test/a.jpg?w=1200' });
    expect(el.querySelector('figure')).toBeNull();
  });

  it('keeps everything when nothing repeats', () => {
    const el = body('<p>One.</p><p>Two.</p>');
    dropLeadingRepeats(el, { title: 'Other', people: ['Nobody'] });
    expect(el.children.length).toBe(2);
  });
});
