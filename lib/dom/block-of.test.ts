import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockOf } from './block-of';

describe('blockOf', () => {
  it('climbs through inline elements to the block, and stops below the root', () => {
    const doc = new JSDOM('<div id="r"><p id="p">by <a><b>Jane</b></a></p>loose</div>').window.document;
    const root = doc.getElementById('r')!;
    expect(blockOf(doc.querySelector('b')!.firstChild!, root)?.id).toBe('p');
    expect(blockOf(root.lastChild!, root)).toBeNull();
  });
});
