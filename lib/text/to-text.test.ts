import { describe, expect, it } from 'vitest';
import { toText } from './to-text';

const html = (s: string): HTMLElement => {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.innerHTML = s; // test-only literal markup
  return div;
};

describe('toText', () => {
  it('puts one newline between blocks and never glues words', () => {
    expect(toText(html('<h2>Title</h2><p>First <b>bold</b> para.</p><div><p>Second</p>text</div>'))).toBe(
      'Title\nFirst bold para.\nSecond\ntext',
    );
  });
  it('collapses whitespace inside blocks', () => {
    expect(toText(html('<p>  a \n\n  b\t c  </p>  <p> d </p>'))).toBe('a b c\nd');
  });
  it('treats <br> as a newline', () => {
    expect(toText(html('<p>line one<br>line two<br/><br>line three</p>'))).toBe('line one\nline two\nline three');
  });
  it('keeps line breaks and indentation inside <pre>', () => {
    expect(toText(html('<p>code:</p><pre>if (x) {\n  y();\n}</pre><p>after</p>'))).toBe('code:\nif (x) {\n  y();\n}\nafter');
  });
  it('puts list items on their own lines', () => {
    expect(toText(html('<ul><li>one</li><li>two <a href="#">link</a></li></ul>'))).toBe('one\ntwo link');
  });
  it('separates table cells and rows', () => {
    expect(toText(html('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>'))).toBe('A\tB\n1\t2');
  });
  it('skips scripts and styles, keeps inline spacing', () => {
    expect(toText(html('<p>a<script>var x=1</script> <span>b</span><style>p{}</style>c</p>'))).toBe('a bc');
  });
  it('works on a text node and on a deep tree without recursion limits', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(toText(doc.createTextNode('  hi  '))).toBe('hi');
    // Built bottom-up: appending under a deep parent is slow in jsdom.
    let top: Element = doc.createElement('span');
    top.textContent = 'deep';
    for (let i = 0; i < 20000; i++) { const p = doc.createElement(i % 2 ? 'div' : 'span'); p.appendChild(top); top = p; }
    expect(toText(top)).toBe('deep');
  });
});
