import { describe, expect, it } from 'vitest';
import { diffText } from './diff-text';

describe('diffText', () => {
  it('reports nothing when the texts match', () => {
    const d = diffText('One two three four five six.', 'one two three four five six');
    expect(d.lostWords).toBe(0);
    expect(d.leakedWords).toBe(0);
  });
  it('finds the lost paragraph and the leaked boilerplate as runs', () => {
    const ref = 'alpha beta gamma delta epsilon. zeta eta theta iota kappa lambda mu.';
    const out = 'Share this story on social media now. alpha beta gamma delta epsilon.';
    const d = diffText(ref, out);
    expect(d.lost[0]).toBe('zeta eta theta iota kappa lambda mu');
    expect(d.leaked[0]).toBe('share this story on social media now');
    expect(d.lostWords).toBe(7);
    expect(d.leakedWords).toBe(7);
  });
  it('clips long runs and counts a repeated paragraph once per copy', () => {
    const para = 'w1 w2 w3 w4 w5 w6';
    const d = diffText(para, `${para} ${para}`, 3, 4);
    expect(d.lostWords).toBe(0);
    expect(d.leakedWords).toBe(6);
    expect(d.leaked[0]).toBe('w1 w2 w3 w4 …(+2)');
    expect(diffText('some text', '').lost[0]).toBe('some text');
  });
});
