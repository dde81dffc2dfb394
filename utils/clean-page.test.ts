import { describe, expect, it } from 'vitest';
import { cleanPage } from './clean-page';

function page(html: string, css = ''): Document {
  document.documentElement.innerHTML = `<head><style>${css}</style></head><body>${html}</body>`;
  return document;
}

const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

describe('cleanPage', () => {
  it('hides ad slots, ad labels and consent roots, keeps the article, and undoes exactly', () => {
    const doc = page(`
      <div class="ad-slot" id="a1">x</div>
      <main><article><h1>Title</h1><p id="p">Body text of the article.</p>
        <div class="wrap"><span>विज्ञापन</span></div>
        <ins class="adsbygoogle" id="ins"></ins></article></main>
      <div id="onetrust-consent-sdk">cookies</div>`);
    const before = doc.documentElement.outerHTML;
    const session = cleanPage(doc);
    expect(shown(doc.getElementById('a1'))).toBe(false);
    expect(shown(doc.getElementById('ins'))).toBe(false);
    expect(shown(doc.querySelector('.wrap'))).toBe(false);
    expect(shown(doc.getElementById('onetrust-consent-sdk'))).toBe(false);
    expect(shown(doc.getElementById('p'))).toBe(true);
    expect(shown(doc.querySelector('article'))).toBe(true);
    expect(session.count).toBeGreaterThanOrEqual(4);
    session.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('unlocks scrolling locked by overflow:hidden and a fixed body, and restores inline styles', () => {
    const doc = page('<p>text</p>', 'html, body { overflow: hidden; }');
    doc.body.setAttribute('style', 'position: fixed; top: -300px; width: 100%');
    const before = doc.documentElement.outerHTML;
    const session = cleanPage(doc);
    expect(getComputedStyle(doc.documentElement).overflow).not.toBe('hidden');
    expect(getComputedStyle(doc.body).overflow).not.toBe('hidden');
    expect(getComputedStyle(doc.body).position).toBe('static');
    session.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.body.getAttribute('style')).toBe('position: fixed; top: -300px; width: 100%');
  });

  it('hides fixed prompt bars by class or phrase but keeps a plain sticky header', () => {
    const doc = page(
      `<header id="h">Site name · Home · World</header>
       <div id="bar">Open in app for the best experience</div>
       <div id="paywall" class="paywall-prompt">Read more with a plan</div>`,
      '#h, #bar, #paywall { position: fixed; }',
    );
    cleanPage(doc);
    expect(shown(doc.getElementById('h'))).toBe(true);
    expect(shown(doc.getElementById('bar'))).toBe(false);
    expect(shown(doc.getElementById('paywall'))).toBe(false);
  });
});
