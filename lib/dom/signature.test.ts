import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { countBySignature, signature } from './signature';

const load = (body: string): Document => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;

describe('signature', () => {
  it('signs siblings alike when only numbers in their classes differ', () => {
    const doc = load('<div class="post post-12">a</div><div class="post post-345">b</div><p class="post">c</p>');
    const [a, b, c] = Array.from(doc.body.children);
    expect(signature(a)).toBe(signature(b));
    expect(signature(a)).not.toBe(signature(c));
  });

  it('signs siblings alike by their first class, whatever categories and states a CMS adds after it', () => {
    const doc = load(
      '<article class="carousel-cell category-dinner category-rice post-12 first">a</article>' +
        '<article class="carousel-cell category-salmon tag-quick post-345 last">b</article><article class="hero category-dinner">c</article>',
    );
    const [a, b, c] = Array.from(doc.body.children);
    expect(signature(a)).toBe(signature(b));
    expect(signature(a)).not.toBe(signature(c));
  });

  it('counts elements by signature', () => {
    const doc = load('<li class="card card-1">a</li><li class="card card-2">b</li><li>c</li><li>d</li><li>e</li>');
    const counts = countBySignature(doc.body.children);
    expect(counts.get('li|card')).toBe(2);
    expect(counts.get('li|')).toBe(3);
  });
});
