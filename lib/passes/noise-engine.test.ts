import { describe, expect, it } from 'vitest';
import { findPattern, fold, gateOf, quotesAndSpaces, requiredLiteral, labelKey, matchTokens, patternList, prefixMatcher, readBlock, runRules, tokenMatcher, tokenRuns, Guard, MassCollector, type Rule, type Target } from './noise-engine';
import { allVisitors, scanDocument } from '../metadata/scan';
import { SummaryCollector } from '../summary/find-page-summary';
import { createPassContext } from './pass-context';
import { EN_PARA, parse } from './noise-test-utils';
import { NOISE_PHRASES, type LanguagePhrases } from '../data/noise-phrases';

describe('tokenRuns', () => {
  it('splits class/id names into tokens and runs, camelCase and digits included', () => {
    expect(tokenRuns('div-gpt-ad-1234-0')).toEqual(expect.arrayContaining(['div', 'gpt', 'ad', 'gpt-ad', 'div-gpt-ad']));
    expect(tokenRuns('headerAd mostRead')).toEqual(expect.arrayContaining(['header', 'ad', 'header-ad', 'most-read']));
    expect(tokenRuns('ad300x250')).toContain('ad');
    expect(tokenRuns('head shadow download badge')).not.toContain('ad');
    expect(tokenRuns('trc_related_container')).toContain('related');
  });
});

describe('Target.known', () => {
  it('gives the runs matchers read: none without a known token, the id none when it repeats its heading', () => {
    const m = tokenMatcher({ strong: ['zqwidget'], weak: [] });
    const doc = parse('<div id="a" class="zqwidget box"></div><div id="b" class="plain-box"></div>' +
      '<section id="zqwidget-for-this-heading"><h2>Zqwidget for this heading</h2></section><div id="c"><i id="zqwidget-note"></i></div>');
    const seen = new Map<string, Target>();
    const keep: Rule = { pass: 'p', structure: (t) => (seen.set(t.attr('id') ?? t.tag, t), null) };
    runRules(doc.body, createPassContext(''), [keep], { structure: true, phrase: false });
    const ctx = createPassContext('');
    expect(seen.get('a')!.known('class')).toEqual(['zqwidget', 'box']);
    expect(seen.get('b')!.known('class')).toEqual([]);
    expect(seen.get('b')!.cls).toEqual(expect.arrayContaining(['plain', 'box']));
    expect(seen.get('zqwidget-for-this-heading')!.known('id')).toEqual([]);
    expect(seen.get('zqwidget-note')!.known('id')).toEqual(expect.arrayContaining(['zqwidget', 'note']));
    expect(matchTokens(seen.get('a')!, m, ctx)?.reason).toBe('class token "zqwidget"');
    expect(matchTokens(seen.get('zqwidget-note')!, m, ctx)?.reason).toBe('id token "zqwidget"');
    expect(matchTokens(seen.get('zqwidget-for-this-heading')!, m, ctx)).toBeNull();
  });
});

describe('fold and labels', () => {
  it('reads nukta, chandrabindu and case variants as one', () => {
    expect(fold('ये भी पढ़ें')).toBe(fold('ये भी पढें'));
    expect(fold('टिप्पणियाँ')).toBe(fold('टिप्पणियां'));
    expect(fold('\u095d')).toBe(fold('\u0922\u093c')); // precomposed and decomposed ढ़
    expect(labelKey(fold('  - ADVERTISEMENT -  '))).toBe('advertisement');
  });

  it('matches prefixes on word boundaries, in any language added as a list entry', () => {
    const langs: LanguagePhrases[] = [{ lang: 'bn', inlineRelatedPrefixes: ['আরও পড়ুন'] }, { lang: 'en', inlineRelatedPrefixes: ['related'] }];
    const m = prefixMatcher('inlineRelatedPrefixes', langs);
    expect(m(fold('আরও পড়ুন: শিরোনাম'))?.rest).toBe(': শিরোনাম');
    expect(m(fold('Relatedness of things'))).toBeNull();
    expect(m(fold('» Related: x'))?.prefix).toBe('related');
  });
});

describe('quotesAndSpaces', () => {
  it('equals the two global replaces and trim it stands for', () => {
    const pieces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '`', '´', '‘', '’', "'", 'a', 'Bc', 'ड़', 'x y', '\u1680', '\u205f', '.'];
    let seed = 7;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    const old = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = rand(12); i >= 0; i--) s += pieces[rand(pieces.length)];
      expect(quotesAndSpaces(s)).toBe(old(s));
    }
    for (const s of ['', ' ', 'a', ' a ', 'a  b', 'a b', '`', ' ’x‘ ']) expect(quotesAndSpaces(s)).toBe(old(s));
  });
});

describe('requiredLiteral', () => {
  it('reads the plain text outside groups, classes and quantified characters', () => {
    expect(requiredLiteral('\\bcontributed (reporting )?(to )?(this|the) report')).toBe('contributed ');
    expect(requiredLiteral('^\\(?visited [\\d,.]+ times?\\b')).toBe('visited ');
    expect(requiredLiteral('^(https?:\\/\\/)?(www\\.)?x\\.com\\/[\\w.]+\\/?$')).toBe('x.com/');
    expect(requiredLiteral('il vous reste \\d+ ?% de cet article')).toBe('% de cet article');
    expect(requiredLiteral('ab+cd')).toBeNull(); // "ab", then "cd": both under 3
    expect(requiredLiteral('abc+d')).toBe('abc');
    expect(requiredLiteral('abcd{2}e')).toBe('abc');
    expect(requiredLiteral('[(]abc[)]xyz')).toBe('abc');
  });

  it('gives none when a match need not hold one', () => {
    for (const src of ['foo bar|baz qux', '^like this:$|^like loading', '\\u0061bcd', 'ab\\1cd', '(a)+', '[abc]+de', '\u{1F600}abc']) {
      const lit = requiredLiteral(src);
      expect(lit === null || lit.length >= 3).toBe(true);
      if (src.includes('|') || src.includes('\\u') || src.includes('\\1')) expect(lit).toBeNull();
    }
  });

  it('is held by every match of every phrase pattern (generated blocks)', () => {
    const fields = ['boilerplatePatterns', 'consentPatterns', 'promoPatterns', 'subscribePatterns'] as const;
    const lists = fields.map((f) => patternList(f));
    // Blocks built from the patterns' own words, so that many of them match.
    const words = [...new Set(lists.flatMap((l) => l.list.flatMap((p) => p.source.split(/[^\p{L}\p{N}@:?.%]+/u))).filter(Boolean))];
    const extra = ['©', '2024', '(', ')', '.', ',', 'x', '12:30', 'am', '3/4/2020', 'a@b.co', 'https://x.co/y'];
    let seed = 11;
    const rand = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    let matched = 0;
    for (let k = 0; k < 10000; k++) {
      const parts: string[] = [];
      for (let i = rand(6); i >= 0; i--) parts.push(rand(4) ? words[rand(words.length)] : extra[rand(extra.length)]);
      const text = parts.join(' ');
      for (const l of lists) {
        for (const p of l.list) {
          if (!p.re.test(text)) continue;
          matched++;
          if (p.lit) expect(text.includes(p.lit)).toBe(true);
        }
        const b = { text, label: '', chars: text.length, linkChars: 0, links: 0, words: 1 };
        const plain = { maxWords: l.maxWords, list: l.list.map((p) => ({ ...p, lit: undefined })) };
        expect(findPattern(b, l)?.re).toBe(findPattern(b, plain)?.re);
      }
    }
    expect(matched).toBeGreaterThan(60);
  });
});

describe('patternList', () => {
  const FIELDS = ['promoPatterns', 'subscribePatterns', 'boilerplatePatterns', 'consentPatterns'] as const;

  it('matches a mixed-case line through its folded text', () => {
    const langs: LanguagePhrases[] = [{ lang: 'en', boilerplatePatterns: [{ re: '^this slideshow requires javascript\\b', maxWords: 8 }] }];
    const doc = parse('<p id="a">This Slideshow Requires JavaScript.</p><p id="b">This slideshow is long and needs no script at all.</p>');
    const list = patternList('boilerplatePatterns', langs);
    expect(findPattern(readBlock(doc.getElementById('a')!, null)!, list)?.source).toContain('slideshow');
    expect(findPattern(readBlock(doc.getElementById('b')!, null)!, list)).toBeNull();
  });

  // Compiled without `i` because block text is folded to lower case: an upper-case letter in a
  // shipped pattern (outside an escape such as \\S or \\p{L}) could never match.
  it('ships only lower-case patterns', () => {
    for (const lang of NOISE_PHRASES) {
      for (const field of FIELDS) {
        for (const p of lang[field] ?? []) expect(p.re.replace(/\\[a-zA-Z](\{[^}]*\})?/g, ''), `${lang.lang} ${field}`).toBe(p.re.replace(/\\[a-zA-Z](\{[^}]*\})?/g, '').toLowerCase());
      }
    }
  });
});

describe('readBlock', () => {
  it('counts link text and words script-aware (CJK by character)', () => {
    const doc = parse('<p id="a">Also read: <a href="/x">Storm closes schools</a></p><p id="c">相关阅读：<a href="/y">标题</a></p>');
    const a = readBlock(doc.getElementById('a')!, null)!;
    expect(a.links).toBe(1);
    expect(a.linkChars).toBe('Stormclosesschools'.length);
    expect(a.words).toBe(5);
    expect(readBlock(doc.getElementById('c')!, null)!.words).toBe(6); // 4 + 2 characters
  });

  it('keeps the white space between inline elements as a word break', () => {
    const doc = parse('<div id="a"><span class="b"><span>Like</span></span> <span>Loading...</span></div><div id="c"><b>Share</b>\n<i>this</i></div>');
    expect(readBlock(doc.getElementById('a')!, null)!.text).toBe('like loading...');
    expect(readBlock(doc.getElementById('c')!, null)!.label).toBe(labelKey('share this'));
  });

  it('gives up on long blocks', () => {
    const doc = parse(`<div id="d"><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p></div>`);
    expect(readBlock(doc.getElementById('d')!, null)).toBeNull();
  });
});

describe('Guard', () => {
  it('protects root, body, main, article, articleBody and elements holding the text mass', () => {
    const doc = parse(`<main id="m"><div id="w"><p>${EN_PARA}</p><p>${EN_PARA}</p></div><div id="s"><p>short</p></div><article id="a"></article><div id="ab" itemprop="articleBody"></div></main>`);
    const g = new Guard(doc.body);
    expect(g.protects(doc.body)).toBe(true);
    for (const id of ['m', 'w', 'a', 'ab']) expect(g.protects(doc.getElementById(id)!), id).toBe(true);
    expect(g.protects(doc.getElementById('s')!)).toBe(false);
  });
});

describe('Guard masses on a frozen tree', () => {
  it('equal the masses measured one element at a time', () => {
    const doc = parse(`<main><div id="w"><p>${EN_PARA}<span>inner</span></p><div><p>${EN_PARA}<p>nested?</p></p></div>loose text</div>` +
      `<section><div><div><p>short</p></div></div>tail</section><ul><li><p>${EN_PARA}</p></li></ul></main>`);
    const noParas = parse(`<div id="t">Text with <b>bold</b> and <br> breaks</div><div>more <i>text</i></div>`);
    for (const d of [doc, noParas]) {
      const frozen = new Guard(d.body, true);
      const live = new Guard(d.body);
      for (const el of [d.body, ...Array.from(d.body.querySelectorAll('*'))]) expect(frozen.mass(el), el.outerHTML.slice(0, 60)).toBe(live.mass(el));
    }
  });
});

describe('MassCollector (the guard\'s masses from the scan\'s walk)', () => {
  // Random nesting of blocks, paragraphs (a few prefixed x:p), inline tags, text, comments and scripts.
  const TAGS = ['div', 'p', 'span', 'section', 'p', 'b', 'ul', 'li', 'x:p', 'script', 'a'];
  function randomBody(seed: number, paras: boolean): string {
    let x = seed;
    const rnd = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648) % n);
    const build = (depth: number): string => {
      let out = '';
      for (let i = rnd(4); i >= 0; i--) {
        const k = rnd(10);
        if (k < 3 || depth > 5) out += ['word ', 'two words ', '  ', 'x'.repeat(rnd(300))][rnd(4)];
        else if (k === 3) out += '<!-- note -->';
        else {
          const tag = TAGS[rnd(TAGS.length)];
          if (!paras && (tag === 'p' || tag === 'x:p')) continue;
          out += `<${tag}>${build(depth + 1)}</${tag}>`;
        }
      }
      return out;
    };
    return build(0);
  }

  it('gives every element the mass the guard sums with a walk of its own', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const d = parse(randomBody(seed, seed % 4 !== 0));
      const masses = new MassCollector(d.body);
      const scan = scanDocument(d, allVisitors([new SummaryCollector(), masses]));
      expect(scan.bodyVisited).toBe(true);
      const scanned = new Guard(d.body, true, masses);
      const walked = new Guard(d.body, true);
      for (const el of [d.body, ...Array.from(d.body.querySelectorAll('*'))]) expect(scanned.mass(el), `seed ${seed}`).toBe(walked.mass(el));
      expect(scanned.pageMass()).toBe(walked.pageMass());
    }
  });

  it('is not read for another root or in mutate mode', () => {
    const d = parse(`<div id="w"><p>${EN_PARA}</p></div>`);
    const masses = new MassCollector(d.body);
    // Nothing told: its masses would all be missing, so a guard using them would measure 0.
    const w = d.getElementById('w')!;
    expect(new Guard(w, true, masses).mass(w)).toBe(EN_PARA.length);
    expect(new Guard(d.body, false, masses).mass(w)).toBe(EN_PARA.length);
  });
});

describe('runRules', () => {
  const everything: Rule = { pass: 'removeEverything', structure: () => 'test', phrase: () => 'test' };

  it('never removes protected elements even when a rule asks', () => {
    const doc = parse(`<main><article><div class="x"><p>${EN_PARA}</p><p>${EN_PARA}</p><p>${EN_PARA}</p></div><span>s</span></article></main>`);
    const ctx = createPassContext('', { mutate: true });
    runRules(doc.body, ctx, [everything], { structure: true, phrase: true });
    expect(doc.querySelector('main')).not.toBeNull();
    expect(doc.querySelector('article')).not.toBeNull();
    expect(doc.querySelector('.x')).not.toBeNull();
    expect(doc.querySelector('span')).toBeNull();
  });

  it('skips what mark mode already excluded and keeps walking after removals', () => {
    const doc = parse('<div id="a"><span class="ad">1</span></div><div id="b"><span class="ad">2</span></div><span class="ad">3</span>');
    const ctx = createPassContext('', { debug: true });
    ctx.remove(doc.getElementById('a')!, 'earlier', 'test');
    const rule: Rule = { pass: 'p', structure: (t) => (t.cls.includes('ad') ? 'ad' : null) };
    runRules(doc.body, ctx, [rule], { structure: true, phrase: false });
    expect(ctx.removed.map((r) => r.text)).toEqual(['1', '2', '3']);
  });
});

describe('gateOf', () => {
  it('lets through every text its pattern matches, for each pattern of the lists', () => {
    const probes = [
      '© reuters', 'photo: jane doe', 'image courtesy of the artist', 'credits: a. b. c.', '©', 'photo:',
      'by jane doe, monday, march 5, 2026 at 10:30 am', 'by jane doe on friday 5 march 2026', 'by josé', 'by नमस्ते दुनिया, monday, x 2026',
      '10:30 am 3/5/2026 by jane doe', '3/5/26 by ज़ोया', 'by 123, monday, 2026', 'related: x', 'subscribe now', '',
    ];
    let gated = 0;
    for (const lang of NOISE_PHRASES) {
      for (const list of Object.values(lang)) {
        if (!Array.isArray(list)) continue;
        for (const p of list) {
          if (typeof p !== 'object' || !('re' in p)) continue;
          const re = new RegExp(p.re, 'u');
          const gate = gateOf(p.re);
          if (!gate) continue;
          gated++;
          for (const s of probes) if (re.test(s)) expect([p.re, s, gate.test(s)]).toEqual([p.re, s, true]);
        }
      }
    }
    expect(gated).toBeGreaterThan(0);
  });

  it('reads each Unicode class as non-space and gives no gate for a negated class', () => {
    expect(gateOf("^by [\\p{L}'.-]+$")?.source).toBe("^by [\\S'.-]+$");
    expect(gateOf('^[^\\p{L}]+$')).toBeUndefined();
    expect(gateOf('^plain$')).toBeUndefined();
  });
});
