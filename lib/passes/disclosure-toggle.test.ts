import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isDisclosureToggle } from './disclosure-toggle';

const button = (html: string): Element => {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  return doc.querySelector('button')!;
};

describe('isDisclosureToggle', () => {
  it('takes an accordion button in a heading (the WAI-ARIA pattern)', () => {
    expect(isDisclosureToggle(button('<h3><button aria-expanded="false">Pricing</button></h3>'))).toBe(true);
    expect(isDisclosureToggle(button('<div role="heading" aria-level="3"><button>Delivery</button></div>'))).toBe(true);
  });

  it('takes a marked toggle with a question or a few words, not a menu label', () => {
    expect(isDisclosureToggle(button('<button aria-expanded="false">Do you deliver equipment?</button>'))).toBe(true);
    expect(isDisclosureToggle(button('<button class="accordion-trigger">Live classes and flexible learning</button>'))).toBe(true);
    expect(isDisclosureToggle(button('<button aria-expanded="false">Products</button>'))).toBe(false);
    expect(isDisclosureToggle(button('<button aria-controls="menu">Open menu</button>'))).toBe(false);
  });

  it('takes an unmarked button only when it asks a question of a few words', () => {
    expect(isDisclosureToggle(button('<button class="w-full py-6 flex">How long can I rent equipment for?</button>'))).toBe(true);
    expect(isDisclosureToggle(button('<button class="w-full">Load more stories</button>'))).toBe(false);
    expect(isDisclosureToggle(button('<button>Need help?</button>'))).toBe(false);
  });
});
