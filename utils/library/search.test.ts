import { describe, expect, it } from 'vitest';
import { LibrarySearch, tokenize } from './search';
import { sampleResult } from './testing';
import type { LibraryArticle } from './types';

function art(id: string, title: string, body: string, summary = ''): LibraryArticle {
  return {
    id, url: `https://n.example/${id}`, canonicalUrl: `https://n.example/${id}`, title, siteName: 'n', byline: '',
    savedAt: 0, updatedAt: 0, readingMinutes: 1, summary, status: 'unread', favourite: 0, tags: [], readingPosition: 0,
    result: sampleResult({ title, textContent: body }), lang: '',
  };
}

describe('tokenize', () => {
  it('keeps Devanagari words with matras and viramas whole', () => {
    expect(tokenize('प्रधानमंत्री ने बुधवार को संसद में कहा, "किसानों की आय दोगुनी होगी।"')).toEqual([
      'प्रधानमंत्री', 'ने', 'बुधवार', 'को', 'संसद', 'में', 'कहा', 'किसानों', 'की', 'आय', 'दोगुनी', 'होगी',
    ]);
    expect(tokenize("The council's vote, 2026—passed.")).toEqual(['The', 'council', 's', 'vote', '2026', 'passed']);
  });
});

describe('LibrarySearch', () => {
  const docs = [
    art('en1', 'Council approves budget', 'The city council approved the school budget on Monday.'),
    art('en2', 'Floods in Assam', 'Heavy rain caused floods; rescue teams reached villages.', 'Rain and rescue'),
    art('hi1', 'संसद में बजट पेश', 'वित्त मंत्री ने संसद में बजट पेश किया। किसानों के लिए नई योजना।'),
    art('hi2', 'असम में बाढ़', 'भारी बारिश से बाढ़ आई, बचाव दल गांवों तक पहुंचे।'),
  ];
  const s = new LibrarySearch(docs);

  it('finds English words in titles, summaries and bodies', () => {
    expect(s.search('budget')).toEqual(['en1']);
    expect(s.search('rescue')).toEqual(['en2']);
    expect(s.search('school council')).toEqual(['en1']);
    expect(s.search('flood')).toEqual(['en2']); // prefix
  });

  it('finds Hindi words, including ones with matras, and not inside other words', () => {
    expect(s.search('किसानों')).toEqual(['hi1']);
    expect(s.search('बाढ़')).toEqual(['hi2']);
    expect(s.search('संसद बजट')).toEqual(['hi1']);
    expect(s.search('गांवों')).toEqual(['hi2']);
    expect(s.search('मौसम')).toEqual([]);
  });

  it('matches a query typed in decomposed form (NFD nukta) against NFC text', () => {
    expect(s.search('बाढ़'.normalize('NFD'))).toEqual(['hi2']);
  });

  it('updates and removes documents', () => {
    const t = new LibrarySearch(docs);
    t.upsert(art('en1', 'Council approves zoning', 'Zoning rules changed.'));
    expect(t.search('budget')).toEqual([]);
    expect(t.search('zoning')).toEqual(['en1']);
    t.remove('hi2');
    expect(t.search('बाढ़')).toEqual([]);
  });
});
