/**
 * The fast paths of tokenising and matching (`tokenize.ts`, `trie.ts`, `match-forms.ts`,
 * `recogniser.ts`) must not change what they find. Each test pins one shortcut against the plain
 * way of doing the same thing: a one-line reference tokeniser, matching with and without the
 * per-word table, one recogniser reused across texts against a fresh one per text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchForms, type MatchOptions } from '../../src/core/recognise/match-forms';
import { Recogniser } from '../../src/core/recognise/recogniser';
import { Trie, buildTrie } from '../../src/core/recognise/trie';
import { fold } from '../../src/core/text/fold';
import { TokenBuffer, tokenize, tokenizeText, type Token } from '../../src/core/text/tokenize';
import type { CompiledForm } from '../../src/kb/compiled';
import { miniRecogniser, realRecogniser } from './helpers';

/** The tokeniser as first written: one regular expression test per character, a slice and a fold per token. */
function referenceTokenize(text: string): Token[] {
  const word = (ch: string) => /[\p{L}\p{M}\p{N}]/u.test(ch);
  const tokens: Token[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    if (!word(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let j = end;
    while (j < text.length) {
      if (word(text[j]!)) end = ++j;
      else if (/[\u00ad\u200b-\u200d\u2060]/.test(text[j]!)) j++;
      else break;
    }
    const raw = text.slice(start, end);
    tokens.push({ raw, norm: fold(raw), start, end, gap: text.slice(last, start) });
    last = end;
    i = end;
  }
  return tokens;
}

/** Characters that exercise every branch: ASCII, accents, combining marks, invisible joiners, astral letters, folds that change length. */
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  '\n\n',
  '-',
  '.',
  '. ',
  ', ',
  "'",
  '\u2019',
  '\u00a0',
  '\u2011',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  'é',
  'É',
  'e\u0301',
  'ß',
  'ł',
  'Ø',
  'İ',
  'ﬁ',
  'Σ',
  'ς',
  'ǅ',
  '日本',
  '\ud835\udc00',
  '\ud800',
  '%',
  '/',
  '&',
  'NAVO',
  'Navo',
  'navo',
  'Poetin',
  'Poetins',
  'Stol\u00adten\u00adberg',
  'supercalifragilistic',
  'Supercalifragilistic',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyString = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 80 }));

describe('tokenizer', () => {
  it('gives exactly what the reference tokenizer gives', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(tokenize(s)).toEqual(referenceTokenize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('shares one string per distinct word, and its word table agrees with the tokens', () => {
    const { tokens, word, norms } = tokenizeText('NAVO en navo en NAVO, Navo-landen en NAVO.');
    expect(tokens[0]!.raw).toBe(tokens[4]!.raw);
    expect(word[0]).toBe(word[4]);
    expect(word[0]).not.toBe(word[2]); // "NAVO" and "navo" are spelled differently
    tokens.forEach((t, k) => expect(norms[word[k]!]).toBe(t.norm));
    expect(word.length).toBe(tokens.length);
  });

  it('reuses a buffer across texts of any length without mixing them up', () => {
    const buffer = new TokenBuffer();
    fc.assert(
      fc.property(fc.array(anyString, { minLength: 1, maxLength: 6 }), (texts) => {
        for (const s of texts) {
          const out = tokenizeText(s, buffer);
          expect(out.tokens).toEqual(referenceTokenize(s));
          out.tokens.forEach((t, k) => expect(out.norms[out.word[k]!]).toBe(t.norm));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with many distinct words (the word table grows)', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const s = [...words, ...words].join(' ');
    const { tokens, norms } = tokenizeText(s);
    expect(tokens).toEqual(referenceTokenize(s));
    expect(norms.length).toBe(5000);
  });
});

describe('trie', () => {
  const forms = (keys: string[]): CompiledForm[] => keys.map((key, entry) => ({ key, entry, kind: 'name', upper: 0 }));

  it('knows every node, the forms ending there, and which nodes lead on', () => {
    const trie = buildTrie(forms(['jens stoltenberg', 'jens', 'van der leyen', 'navo']), () => true);
    expect(trie.node('jens')).toEqual([1]);
    expect(trie.node('jens stoltenberg')).toEqual([0]);
    expect(trie.node('van')).toBeNull();
    expect(trie.node('van der')).toBeNull();
    expect(trie.node('der')).toBeUndefined();
    expect(trie.leadsOn('jens')).toBe(true);
    expect(trie.leadsOn('jens stoltenberg')).toBe(false);
    expect(trie.leadsOn('navo')).toBe(false);
    expect(trie.child('jens', 'stoltenberg')).toEqual([0]);
    expect(trie.child('van', 'der')).toBeNull();
    expect(trie.child('van der', 'leyen')).toEqual([2]);
    expect(trie.child('jens', 'navo')).toBeUndefined();
    expect(trie.child('navo', 'stoltenberg')).toBeUndefined();
    expect(trie.empty).toBe(false);
    expect(new Trie().empty).toBe(true);
  });
});

describe('matching shortcuts', () => {
  const rec = realRecogniser();
  const options = (lang: string | null) => (rec as unknown as { options(l: string | null): MatchOptions }).options(lang);
  const samples = [
    'Vladimir Poetin en Jens Stoltenberg; Poetins plan. NAVO-landen, de NAVO-chef, Sovjettanks en de sovjet.',
    'President Joe Biden sprak met Emmanuel Macron over de rode lijn en 9/11.',
    'l\u2019OTAN et l\u2019Union européenne; Ursula von der Leyen, George W. Bush.',
  ];

  it('the per-word table finds the same matches as looking up every token', () => {
    for (const lang of ['nl', 'en', 'fr', 'de', null])
      for (const s of samples) {
        const tokenized = tokenizeText(s);
        expect(matchForms(tokenized.tokens, options(lang), tokenized)).toEqual(matchForms(tokenize(s), options(lang)));
      }
  });

  it('one recogniser reused across texts (shared token buffer) finds what a fresh one finds', () => {
    const shared = miniRecogniser();
    const texts = [
      'Jens Stoltenberg sprak. Later zei de NAVO-chef dat. NAVO-chef Stoltenberg herhaalde.',
      'Poetin.',
      'De Amerikaanse academicus Walter Russell Mead ziet twee partijen. Mead zegt meer.',
      '',
      'Vladimir Poetin zei dat. Poetins ambitie bleef. Sovjettanks uit Polen.',
    ];
    for (const s of [...texts, ...texts.reverse()])
      expect(shared.recognise(s, { lang: 'nl', date: '2022-04-06' })).toEqual(
        miniRecogniser().recognise(s, { lang: 'nl', date: '2022-04-06' }),
      );
  });

  it('prepare() leaves nothing for the first recognition to build, for any language', () => {
    for (const lang of ['nl', 'en', null]) {
      const r = new Recogniser(rec.kb);
      r.prepare(lang);
      expect(r.recognise(samples[0]!, { lang, date: null })).toEqual(rec.recognise(samples[0]!, { lang, date: null }));
    }
  });
});
