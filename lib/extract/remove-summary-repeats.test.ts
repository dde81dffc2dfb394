import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeSummaryRepeats } from './remove-summary-repeats';
import { createPassContext } from '../passes/pass-context';

const SUMMARY = 'The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North American tour.';
const HI_SUMMARY = 'सरकार ने छोटे कारोबारियों को वैश्विक बाजार से जोड़ने के लिए नई योजना की घोषणा की है।';

function run(body: string, summary = SUMMARY): { text: string; reasons: string[] } {
  const doc = new JSDOM(`<body><div id="r">${body}</div></body>`).window.document;
  const root = doc.getElementById('r')!;
  const ctx = createPassContext('https://example.com/a', { mutate: true, debug: true });
  removeSummaryRepeats(root, ctx, summary);
  return { text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), reasons: ctx.removed.map((r) => r.reason) };
}

describe('removeSummaryRepeats', () => {
  it('drops a paragraph that repeats the summary, whatever its quotes and punctuation', () => {
    const r = run(`<p>${SUMMARY.replace('2020', '2020,')}</p><p>The band formed in 1970 in San Jose.</p>`);
    expect(r.text).toBe('The band formed in 1970 in San Jose.');
    expect(r.reasons).toEqual(['repeats the summary box, shown apart']);
  });

  it('drops a Hindi repeat in a div of inline text', () => {
    const r = run(`<div><span>${HI_SUMMARY}</span></div><p>पहले चरण में एक हजार कंपनियां।</p>`, HI_SUMMARY);
    expect(r.text).toBe('पहले चरण में एक हजार कंपनियां।');
  });

  it('keeps a paragraph that opens with the summary and goes on, and one that only shares a few words', () => {
    const longer = `${SUMMARY} Tickets go on sale on Friday, and the first shows will be in Dallas, Houston and Austin in June.`;
    const r = run(`<p>${longer}</p><p>Michael McDonald for a 2020 comeback was not on anyone's list, said the promoter.</p>`);
    expect(r.text).toContain('Tickets go on sale');
    expect(r.text).toContain('said the promoter');
    expect(r.reasons).toEqual([]);
  });

  it('keeps a repeat that holds a picture (a caption box), short blocks, and does nothing for a short summary', () => {
    expect(run(`<div><img src="a.jpg">${SUMMARY}</div>`).reasons).toEqual([]);
    expect(run('<h2>North American tour</h2>').reasons).toEqual([]);
    expect(run(`<p>${SUMMARY}</p>`, 'Doobie Brothers tour').reasons).toEqual([]);
  });
});
