import { describe, expect, it } from 'vitest';
import { sharedShare, wordRuns, wordsOf } from './word-runs';

describe('word runs', () => {
  it('splits words in any script, ignoring case, quotes and punctuation', () => {
    expect(wordsOf('The band’s 50th — "anniversary"!')).toEqual(['the', 'band', 's', '50th', 'anniversary']);
    expect(wordsOf('नई योजना की घोषणा')).toEqual(['नई', 'योजना', 'की', 'घोषणा']);
  });

  it('gives runs of four words and the share of them found elsewhere', () => {
    expect([...wordRuns(['a', 'b', 'c', 'd', 'e'])]).toEqual(['a b c d', 'b c d e']);
    expect(wordRuns(['a', 'b', 'c']).size).toBe(0);
    const other = wordRuns(wordsOf('x a b c d y'));
    expect(sharedShare(wordsOf('a b c d e'), other)).toBe(0.5);
    expect(sharedShare(['a'], other)).toBe(0);
  });
});
