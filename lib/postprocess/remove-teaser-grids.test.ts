import { describe, expect, it } from 'vitest';
import { removeTeaserGrids } from './remove-teaser-grids';
import { fragment } from './test-page';
import { createPassContext, type PageKind } from '../passes/pass-context';

const TEXT = [
  'The diet limits carbohydrates for two weeks and then brings them back slowly, one food at a time.',
  'Doctors advise against it during pregnancy and for anyone with kidney trouble, and ask that you see one first.',
  'In the first phase the menu is meat, fish, eggs and green vegetables; fruit and bread come back in the second.',
  'Most people lose water first, which is why the scale moves quickly in the first days and then much more slowly.',
].map((p) => `<p>${p}</p>`).join('');
const article = (kind: PageKind = 'article') => createPassContext('https://diets.example.org/a', { mutate: true, debug: true, pageKind: kind });
const card = (slug: string, teaser: string, extra = '') =>
  `<div class="tumb"><div class="r"><a href="https://diets.example.org/${slug}.html"><img src="https://diets.example.org/img/${slug}.jpg" alt="${slug}"></a></div>${extra}<div class="body">${teaser}</div></div>`;

describe('removeTeaserGrids', () => {
  it('drops a grid of picture links with one-line teasers (their linked titles already gone)', () => {
    const grid = `<div id="tumblock">${card('cucumber', 'A seasonal menu for 7 days. Up to 5 kg less.')}${card('french', 'Why French women stay slim: a 14-day menu.')}${card('favourite', 'Popular all over the world. A 7-day menu.')}</div>`;
    const { root } = fragment(`${TEXT}${grid}`);
    removeTeaserGrids(root, article());
    expect(root.textContent).not.toContain('seasonal menu');
    expect(root.textContent).not.toContain('French women');
    expect(root.querySelectorAll('img').length).toBe(0);
    expect(root.textContent).toContain('carbohydrates');
  });

  it('keeps a list of items that each have a heading or a longer description (a product round-up)', () => {
    const long = 'A compact blender with a glass jug and six speeds; it crushed ice in our tests, and the blades come out for cleaning, which makes it the one we use every morning, and the one we would buy again at this price.';
    const withHeadings = `<div>${card('a', 'Good for smoothies.', '<h3>Blender A</h3>')}${card('b', 'Quiet motor.', '<h3>Blender B</h3>')}${card('c', 'Cheapest.', '<h3>Blender C</h3>')}</div>`;
    const withText = `<div>${card('a', long)}${card('b', long.replace('compact', 'large'))}${card('c', long.replace('compact', 'small'))}</div>`;
    for (const html of [withHeadings, withText]) {
      const { root } = fragment(`${TEXT}${html}`);
      removeTeaserGrids(root, article());
      expect(root.querySelectorAll('img').length).toBe(3);
    }
  });

  it('keeps a gallery whose pictures open the full-size file, and a pair of cards', () => {
    const gallery = ['a', 'b', 'c'].map((s) => `<figure class="g"><a href="https://img.example.org/${s}.jpg"><img src="https://img.example.org/${s}-small.jpg"></a><figcaption>Photo ${s} of the flood.</figcaption></figure>`).join('');
    const pair = `<div>${card('a', 'One.')}${card('b', 'Two.')}</div>`;
    for (const html of [`<div>${gallery}</div>`, pair]) {
      const { root } = fragment(`${TEXT}${html}`);
      removeTeaserGrids(root, article());
      expect(root.querySelectorAll('img').length).toBeGreaterThan(1);
    }
  });

  it('keeps the cards of a listing page, and cards that are most of an article or come before its text', () => {
    const grid = `<div>${card('cucumber', 'A seasonal menu for 7 days.')}${card('french', 'A 14-day menu.')}${card('favourite', 'A 7-day menu.')}</div>`;
    for (const [html, kind] of [[`${TEXT}${grid}`, 'listing'], [grid, 'article'], [`${grid}${TEXT}`, 'article']] as const) {
      const { root } = fragment(html);
      removeTeaserGrids(root, article(kind as PageKind));
      expect(root.textContent, `${kind} ${html.slice(0, 30)}`).toContain('seasonal menu');
    }
  });
});
