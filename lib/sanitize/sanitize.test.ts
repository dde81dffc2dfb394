import { JSDOM } from 'jsdom';
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { VECTORS } from '../../tests/hostile/vectors';
import { assertSafeHtml } from '../../tests/hostile/assert-safe';
import { filterSrcset, isSafeUrl, purifierFor, sanitizeHtml, sanitizeInPlace, sanitizeToFragment, serializeSanitized, splitSrcset } from './sanitize';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const clean = (html: string) => sanitizeHtml(html, win);

/** Every hostile vector comes out safe, and as a fixed point of the string sanitizer. */
function neutralizesEveryVector(sanitize: (html: string) => string): void {
  for (const v of VECTORS) {
    it(`neutralizes: ${v.name}`, () => {
      const out = sanitize(v.html);
      assertSafeHtml(out, v.name);
      expect(clean(out)).toBe(out);
    });
  }
}

describe('sanitizeHtml', () => {
  neutralizesEveryVector(clean);

  it('keeps the reading structure', () => {
    const html = '<h2>T</h2><p lang="fr" dir="ltr">a <em>b</em> <strong>c</strong> <a href="https://x.example/a" title="t">l</a></p><ul><li>i</li></ul><blockquote cite="https://q.example/">q</blockquote><figure><img src="https://i.example/a.jpg" alt="A" width="10" height="5"><figcaption>c <small>d</small></figcaption></figure><table><caption>c</caption><tr><th scope="col">h</th><td colspan="2">d</td></tr></table><pre>x\n  y</pre><time datetime="2026-11-28">t</time>';
    const out = clean(html);
    const doc = new JSDOM(`<body>${out}</body>`).window.document;
    expect(doc.querySelector('p')!.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://x.example/a');
    expect(doc.querySelector('figure figcaption small')).not.toBeNull();
    expect(doc.querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(doc.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(doc.querySelector('pre')!.textContent).toBe('x\n  y');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-28');
  });

  it('keeps MathML and a safe SVG subset', () => {
    const out = clean('<math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math><svg viewBox="0 0 10 10" width="10"><g fill="red"><circle cx="5" cy="5" r="4"/><path d="M0 0L10 10"/></g><image href="https://x.example/i.png"/><foreignObject><p>x</p></foreignObject></svg>');
    expect(out).toContain('<math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math>');
    expect(out).toMatch(/<svg viewBox="0 0 10 10" width="10"><g fill="red"><circle cx="5" cy="5" r="4"><\/circle><path d="M0 0L10 10"><\/path><\/g><\/svg>/);
  });

  it('allows raster data: images only', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(clean('<img src="data:image/webp;base64,UklGRg==">')).toContain('data:image/webp');
    expect(clean('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).toBe('<img>');
    expect(clean('<a href="data:image/png;base64,iVBORw0KGgo=">x</a>')).toBe('<a>x</a>');
  });

  it('replaces frames by links to their address; srcdoc and script frames vanish', () => {
    expect(clean('<p><iframe src="https://maps.example.com/e?q=1"></iframe></p>')).toBe('<p><a href="https://maps.example.com/e?q=1">Embedded content (maps.example.com)</a></p>');
    expect(clean('<iframe srcdoc="<p>x</p>"></iframe><iframe src="javascript:alert(1)"></iframe>')).toBe('');
    const nested = clean('<a href="/s"><iframe src="https://maps.example.com/e"></iframe>map</a>');
    expect(nested).toBe('<a href="/s">map</a>');
    expect(clean(nested)).toBe(nested);
  });

  it('adds rel=noopener noreferrer to target=_blank and drops other targets', () => {
    expect(clean('<a href="/a" target="_blank">a</a>')).toBe('<a href="/a" target="_blank" rel="noopener noreferrer">a</a>');
    expect(clean('<a href="/a" target="_blank" rel="opener">a</a>')).toBe('<a href="/a" target="_blank" rel="noopener noreferrer">a</a>');
    expect(clean('<a href="/a" target="other">a</a>')).toBe('<a href="/a">a</a>');
  });

  it('registers hooks on its own instance, not on the global DOMPurify', () => {
    clean('<a href="/a" target="_blank">a</a>');
    const other = DOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    expect(other.sanitize('<a href="/a" target="_blank">a</a>', { ADD_ATTR: ['target'] })).toBe('<a href="/a" target="_blank">a</a>');
    // The module-level default instance (bound to the test window) has no hooks either.
    if (DOMPurify.isSupported) expect(DOMPurify.sanitize('<a href="/a" target="_blank">a</a>', { ADD_ATTR: ['target'] })).toBe('<a href="/a" target="_blank">a</a>');
  });

  it('creates one configured instance per window and reuses it', () => {
    const a = purifierFor(win, 'html');
    clean('<p>x</p>');
    expect(purifierFor(win, 'html')).toBe(a);
    expect(purifierFor(win, 'fragment')).not.toBe(a);
    const other = new JSDOM('').window as unknown as Window & typeof globalThis;
    expect(purifierFor(other, 'html')).not.toBe(a);
  });
});

describe('sanitizeHtml output re-parses to itself', () => {
  // Parser scope boundaries (marquee, table cells, captions) and frames inside links can make
  // a sanitized DOM serialize to markup that parses into a different tree.
  const CASES = ['<p><marquee><div>x</div></marquee></p>', '<a href=/x><marquee><a href=/y>y</a></marquee></a>', '<dl><dt><marquee><dd>a</dd></marquee></dt></dl>',
    '<p><table><tr><td><div>x</div></td></tr></table></p>', '<table><caption><div>x</div></caption></table>', '<a href="/s"><iframe src="https://e.example/"></iframe></a>',
    '<pre>\n\ncode</pre>', '<p><math><mtext><div>x</div></mtext></math></p>', '<ul><li><select><option>a</option></select>b</li></ul>'];
  for (const c of CASES) it(c, () => {
    const once = clean(c);
    expect(clean(once)).toBe(once);
  });
});

describe('sanitizeToFragment', () => {
  it('returns a fragment with the same sanitized content', () => {
    const frag = sanitizeToFragment('<p onclick="x()">hi <img src=x onerror=alert(1)><script>1</script></p>', win);
    expect(frag.nodeType).toBe(11);
    const p = frag.querySelector('p')!;
    expect(p.hasAttribute('onclick')).toBe(false);
    expect(p.querySelector('img')!.hasAttribute('onerror')).toBe(false);
    expect(frag.querySelector('script')).toBeNull();
  });
});

describe('sanitizeInPlace (a copied tree, no parse round trip)', () => {
  // The tree as extraction has it: the page parsed, then its nodes copied into an inert document.
  const copied = (html: string): Element => {
    const page = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
    const inert = win.document.implementation.createHTMLDocument('');
    return inert.importNode(page.getElementById('root')!, true) as Element;
  };
  const inPlace = (html: string): string => serializeSanitized(sanitizeInPlace(copied(html), win));

  neutralizesEveryVector(inPlace);

  it('sanitizes a tree from another window too (a content script sees the page through wrappers)', () => {
    const other = new JSDOM('').window.document.implementation.createHTMLDocument('');
    const root = other.createElement('div');
    root.innerHTML = '<p onclick="alert(1)">kept</p><img src=x onerror=alert(1)><script>alert(2)</script>';
    const out = serializeSanitized(sanitizeInPlace(root, win));
    assertSafeHtml(out, 'foreign window');
    expect(out).toContain('kept');
  });

  it('outputs the children of the root, not the root, whatever its tag', () => {
    const inert = win.document.implementation.createHTMLDocument('');
    for (const tag of ['body', 'noscript', 'article', 'td']) {
      const root = inert.createElement(tag);
      const p = inert.createElement('p');
      p.textContent = `in a ${tag}`;
      root.appendChild(p);
      expect(serializeSanitized(sanitizeInPlace(root, win))).toBe(`<p>in a ${tag}</p>`);
    }
  });

  it('reads a <pre> as the parser would and writes it so that it parses back the same', () => {
    const root = copied('<p>x</p>');
    const pre = root.ownerDocument.createElement('pre');
    pre.textContent = '\n\nfn main() {}';
    root.appendChild(pre);
    const holder = sanitizeInPlace(root, win);
    // One leading newline is markup, as after parsing `<pre>\n\nfn…`.
    expect(holder.querySelector('pre')!.textContent).toBe('\nfn main() {}');
    const html = serializeSanitized(holder);
    const again = new JSDOM(`<body>${html}</body>`).window.document;
    expect(again.querySelector('pre')!.textContent).toBe('\nfn main() {}');
    // Serializing leaves the tree as it was.
    expect(holder.querySelector('pre')!.textContent).toBe('\nfn main() {}');
  });
});

describe('URL helpers', () => {
  it('isSafeUrl', () => {
    expect(isSafeUrl('https://a.example/')).toBe(true);
    expect(isSafeUrl('/rel?x=1')).toBe(true);
    expect(isSafeUrl('mailto:a@b.example')).toBe(true);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl(' \u0001javascript:x')).toBe(false);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
    expect(isSafeUrl('data:image/gif;base64,R0lG')).toBe(true);
  });

  it('splitSrcset keeps commas inside URLs', () => {
    expect(splitSrcset('https://c.example/w_100,h_50/a.jpg 100w, /b.jpg 2x')).toEqual([
      { url: 'https://c.example/w_100,h_50/a.jpg', descriptor: '100w' },
      { url: '/b.jpg', descriptor: '2x' },
    ]);
    expect(filterSrcset('javascript:x 1x, /b.jpg 2x')).toBe('/b.jpg 2x');
  });
});

describe('filterSrcset descriptors', () => {
  it('drops candidates whose descriptor is not a width, density or height', () => {
    expect(filterSrcset('a.jpg 640w, b.jpg 2x, c.jpg')).toBe('a.jpg 640w, b.jpg 2x, c.jpg');
    expect(filterSrcset('https://x.test/%3C/noscript%3E%3Cimg src=x onerror=alert(1)>')).toBe('');
  });
});
