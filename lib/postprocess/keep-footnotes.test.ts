import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { FOOTNOTE_LISTS, isFootnoteList, keepFootnotes, ID_PREFIX } from './keep-footnotes';
import { articlePage, extractHtml, fragment, parseContent } from './test-page';

describe('keepFootnotes', () => {
  it('keeps (prefixed) only the ids that in-article links use', () => {
    const { root, ctx } = fragment(`<p id="intro">a<sup><a href="#fn1">1</a></sup><a name="old"></a><a href="#old">o</a></p><aside class="footnotes"><ol><li id="fn1">Note</li></ol></aside>`);
    keepFootnotes(root, ctx);
    expect(root.querySelector('p')!.hasAttribute('id')).toBe(false);
    expect(root.querySelector('li')!.id).toBe(`${ID_PREFIX}fn1`);
    expect(root.querySelector('sup a')!.getAttribute('href')).toBe(`#${ID_PREFIX}fn1`);
    expect(root.querySelector(`a[href="#${ID_PREFIX}old"]`)).not.toBeNull();
    expect(root.querySelector('aside')).toBeNull();
    expect(root.querySelector('section > ol')).not.toBeNull();
  });

  it('footnote references and notes survive extractArticle and still link up', () => {
    const r = extractHtml(articlePage(`<p>The level peaked at 6.2 metres.<sup id="ref1"><a href="#note1">1</a></sup></p>
<section class="footnotes" role="doc-endnotes"><ol><li id="note1">Measured at the old bridge gauge. <a href="#ref1">↩</a></li></ol></section>`));
    const doc = parseContent(r.contentHtml);
    const ref = doc.querySelector('sup a')!;
    const target = doc.getElementById(ref.getAttribute('href')!.slice(1));
    expect(target?.textContent).toContain('Measured at the old bridge gauge');
    const back = target!.querySelector('a')!;
    expect(doc.getElementById(back.getAttribute('href')!.slice(1))).toBe(ref.parentElement);
  });
});

describe('isFootnoteList', () => {
  it('answers as matches(FOOTNOTE_LISTS), in standards and quirks mode', () => {
    const body = '<aside class="footnotes">a</aside><aside class="Footnotes">b</aside><aside class="x my-footnote-list">c</aside><aside class="ENDNOTES">d</aside>' +
      '<aside class="endnotes">e</aside><div class="footnotes">f</div><ol role="doc-endnotes"><li>g</li></ol><section role="doc-footnotes">h</section>' +
      '<div role="Doc-Endnotes">i</div><aside class="FootNote">j</aside><aside>k</aside>';
    for (const doctype of ['<!doctype html>', '']) {
      const doc = new JSDOM(`${doctype}<body>${body}</body>`).window.document;
      for (const el of doc.body.querySelectorAll('*')) expect(isFootnoteList(el), `${doctype} ${el.outerHTML}`).toBe(el.matches(FOOTNOTE_LISTS));
    }
  });
});
