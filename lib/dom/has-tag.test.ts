import { describe, expect, it } from 'vitest';
import { closestContent, closestTag, closestWhere, descendantsNamed, firstDescendantNamed, descendantsWithAttr, firstDescendantWithAttr, containsTag, hasAncestor, hasDescendantTag } from './has-tag';

const html = (s: string): Element => {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.innerHTML = s;
  return div;
};

describe('hasDescendantTag', () => {
  it('answers as querySelector does for tag lists', () => {
    const cases: Array<[string, string[]]> = [
      ['<p>x <b>y</b></p>', ['b']],
      ['<p>x <b>y</b></p>', ['i', 'table']],
      ['<table><tr><td>1</td></tr></table>', ['caption', 'th', 'thead', 'colgroup']],
      ['<table><thead><tr><th>h</th></tr></thead></table>', ['caption', 'th', 'thead', 'colgroup']],
      ['<svg><title>t</title></svg>', ['title']],
      ['<figure><img src="a.png"></figure>', ['img', 'figure']],
    ];
    for (const [markup, tags] of cases) {
      const el = html(markup);
      expect(hasDescendantTag(el, tags), markup).toBe(!!el.querySelector(tags.join(', ')));
    }
  });
  it('does not count the element itself', () => {
    const el = html('<h1>t</h1>').firstElementChild!;
    expect(hasDescendantTag(el, ['h1'])).toBe(false);
  });
  it('gives containsTag\'s answer for a Set of tags, MathML included', () => {
    for (const markup of ['<p>x <math><mi>y</mi></math></p>', '<p>x <i>y</i></p>', '<figure><picture><img></picture></figure>']) {
      for (const tags of [['math'], ['img', 'picture', 'video'], ['pre']]) expect(containsTag(html(markup), new Set(tags)), markup).toBe(hasDescendantTag(html(markup), tags));
    }
    expect(containsTag(html('<p>x <math><mi>y</mi></math></p>'), new Set(['math']))).toBe(true);
  });
});

describe('hasAncestor', () => {
  it('answers as closest() on the parent: the element itself does not count', () => {
    const el = html('<figure><div><img></div></figure><p><a href="x"><b>t</b></a></p>');
    for (const d of el.querySelectorAll('*')) {
      for (const t of ['figure', 'a', 'p', 'div']) expect(hasAncestor(d, t), `${d.localName} in ${t}`).toBe(!!d.parentElement?.closest(t));
    }
  });
});

describe('descendantsWithAttr, firstDescendantWithAttr, closestTag', () => {
  it('answer as querySelectorAll / querySelector / closest', () => {
    const el = html('<p><a>no</a><a href="">e</a><svg><a href="s">s</a></svg><picture><source srcset="x"><img></picture></p><a href="y">y</a>');
    expect(descendantsWithAttr(el, 'a', 'href')).toEqual(Array.from(el.querySelectorAll('a[href]')));
    for (const t of ['a', 'img', 'source', 'p', 'table']) expect(descendantsNamed(el, t)).toEqual(Array.from(el.querySelectorAll(t)));
    expect(firstDescendantWithAttr(el, 'a', 'href')).toBe(el.querySelector('a[href]'));
    expect(firstDescendantWithAttr(el.querySelector('picture')!, 'a', 'href')).toBeNull();
    for (const d of el.querySelectorAll('*')) expect(closestTag(d, 'picture')).toBe(d.closest('picture'));
    for (const d of el.querySelectorAll('*')) expect(closestTag(d, 'p')).toBe(d.closest('p'));
  });
});

describe('closestContent, closestWhere, firstDescendantNamed', () => {
  it('answer as closest / querySelector', () => {
    const el = html('<header role="x"><div role="banner"><p>b</p></div></header><main><article><figure><img><figcaption>c</figcaption></figure></article></main>' +
      '<div itemprop="articleBody"><p>x</p></div><div itemprop="articlebody"><p>y</p></div><div role="main"><a><span>z</span></a></div><div role="Main"><b>w</b></div>');
    for (const d of el.querySelectorAll('*')) {
      expect(closestContent(d)).toBe(d.closest('article, main, [itemprop="articleBody"], [role="main"]'));
      expect(closestWhere(d, (e, t) => t === 'header' || e.getAttribute('role') === 'banner')).toBe(d.closest('header, [role="banner"]'));
      expect(closestWhere(d, (_, t) => t === 'a' || t === 'nav' || t === 'button' || t === 'option')).toBe(d.closest('a, nav, button, option'));
      for (const t of ['figcaption', 'p', 'img', 'table']) expect(firstDescendantNamed(d, t)).toBe(d.querySelector(t));
    }
  });
});
