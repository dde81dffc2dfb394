import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('defaults to a complete run that writes results', () => {
    const a = parseArgs([]);
    expect(a.sets).toEqual(['aeb', 'wcxb']);
    expect(a.only).toEqual(['saar', 'readability', 'defuddle']);
    expect(a.write).toBe(true);
  });
  it('reads set, limit, only and worst; a partial run does not write', () => {
    const a = parseArgs(['--set', 'wcxb', '--limit=50', '--only', 'saar,readability', '--worst', '5']);
    expect(a.sets).toEqual(['wcxb']);
    expect(a.limit).toBe(50);
    expect(a.only).toEqual(['saar', 'readability']);
    expect(a.worst).toBe(5);
    expect(a.write).toBe(false);
    expect(parseArgs(['--limit', '3', '--write']).write).toBe(true);
  });
  it('gives smoke runs 20 pages per set and no writing', () => {
    const a = parseArgs(['--smoke']);
    expect(a.limit).toBe(20);
    expect(a.defuddleEvery).toBe(2);
    expect(parseArgs(['--smoke', '--defuddle-every', '1']).defuddleEvery).toBe(1);
    expect(a.write).toBe(false);
  });
  it('reads --defuddle-every and keeps --browser runs from writing by default', () => {
    expect(parseArgs([]).defuddleEvery).toBe(1);
    expect(parseArgs(['--defuddle-every', '4']).defuddleEvery).toBe(4);
    expect(parseArgs(['--browser']).write).toBe(false);
    expect(parseArgs(['--browser', '--write']).write).toBe(true);
  });
  it('rejects bad values', () => {
    expect(() => parseArgs(['--set', 'foo'])).toThrow(/aeb or wcxb/);
    expect(() => parseArgs(['--limit', '0'])).toThrow(/positive/);
    expect(() => parseArgs(['--only', 'saar,goose'])).toThrow(/goose/);
    expect(() => parseArgs(['--limit'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown flag/);
  });
});
