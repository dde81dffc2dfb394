import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeLeadRepeats } from './remove-lead-repeats';
import { createPassContext } from '../passes/pass-context';

const LEDE = 'The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North American tour celebrating the band’s 50th anniversary.';
const MORE = '<p>The band formed in San Jose in 1970 and sold more than forty million records in the decades that followed.</p>';

function run(body: string): { doc: Document; text: string; removed: string[] } {
  const doc = new JSDOM(`<body><div id="r">${body}</div></body>`).window.document;
  const root = doc.getElementById('r')!;
  const ctx = createPassContext('https://example.com/a', { mutate: true, debug: true });
  removeLeadRepeats(root, ctx);
  return { doc, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), removed: ctx.removed.map((r) => (r.text ?? "").trim().slice(0, 20)) };
}

describe('removeLeadRepeats', () => {
  it('drops a lead caption that repeats the first paragraph and keeps the picture', () => {
    const r = run(`<figure><img src="a.jpg"><figcaption><p>${LEDE.replace('’', "'")}</p></figcaption></figure><div><p>The <a href="/d">Doobie Brothers</a> ${LEDE.slice(20)}</p>${MORE}</div>`);
    expect(r.removed).toEqual([LEDE.slice(0, 20)]);
    expect(r.doc.querySelector('img')).not.toBeNull();
    expect(r.text.split('Michael McDonald')).toHaveLength(2);
  });

  it('drops a dek that is the lede word for word, in any script', () => {
    const hi = 'सरकार ने छोटे कारोबारियों को वैश्विक बाजार से जोड़ने के लिए नई योजना की घोषणा की है।';
    const r = run(`<div class="dek">${hi}</div><p>${hi}</p><p>पहले चरण में एक हजार कंपनियों को शामिल किया जाएगा।</p>`);
    expect(r.text.split('नई योजना')).toHaveLength(2);
    expect(r.removed).toHaveLength(1);
  });

  it('keeps a dek that only shares a phrase with the lede, and repeats far down the body', () => {
    const r = run(`<p class="dek">Michael McDonald for a 2020 North American tour is back, fans say, and tickets sell fast.</p><p>${LEDE}</p>${MORE}`);
    expect(r.removed).toEqual([]);
    const filler = `<p>${'Filler sentence about other things entirely. '.repeat(40)}</p>`;
    const far = run(`${filler}<div>${LEDE}</div><p>${LEDE}</p>`);
    expect(far.removed).toEqual([]);
  });

  it('keeps paragraphs written from one template', () => {
    const line = (place: string) => `<p>This resort features in my top ten lists of the best luxury hotels in ${place} and the best spas.</p>`;
    expect(run(line('Thailand') + line('the Maldives') + line('Mauritius')).removed).toEqual([]);
  });

  it('keeps list items like later ones and long variants of one paragraph', () => {
    expect(run(`<ul><li>${LEDE}</li><li>Something else entirely, in more than eight words here.</li><li>${LEDE}</li></ul>`).removed).toEqual([]);
    const terms = (price: string) => `<p>${'Receive twenty percent off three qualifying products and a free cleanser with your purchase, while stocks last. '.repeat(6)}Minimum spend ${price}.</p>`;
    expect(run(`<p>US:</p>${terms('$40')}<p>UK:</p>${terms('£40 GBP')}`).removed).toEqual([]);
  });

  it('keeps a paragraph of the flow that a later one repeats (a refrain, a quoted post)', () => {
    expect(run(`<p>${LEDE}</p>${MORE}<p>${LEDE}</p>`).removed).toEqual([]);
    expect(run(`<div class="post">${LEDE}</div><blockquote><div>${LEDE}</div></blockquote>`).removed).toEqual([LEDE.slice(0, 20)]);
    expect(run(`<blockquote><div>${LEDE}</div></blockquote><div class="post">${LEDE}</div>`).removed).toEqual([]);
  });

  it('keeps the only copy and short lines', () => {
    expect(run(`<p>${LEDE}</p>${MORE}`).removed).toEqual([]);
    expect(run('<h2>North American tour</h2><p>North American tour</p>').removed).toEqual([]);
  });
});
