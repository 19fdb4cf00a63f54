/**
 * The per-token arrays the recogniser reads instead of token objects (`tokenize.ts`) and the gap
 * flags worked out once per distinct gap (`gaps.ts`) must say exactly what the token objects and
 * the regular expressions they replace say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GAP_AFTER_INITIAL,
  GAP_APOSTROPHE,
  GAP_HYPHEN,
  GAP_SENTENCE_END,
  GAP_SPACE,
  gapFlags,
  joinCode,
} from '../../src/core/text/gaps';
import { fold } from '../../src/core/text/fold';
import { TokenBuffer, tokenizeText } from '../../src/core/text/tokenize';

const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '-',
  '\u2010',
  '\u2011',
  '\u00ad',
  '.',
  '. ',
  '.\u00a0',
  ', ',
  "'",
  '\u2019',
  '"',
  '\u201c',
  '\u00ab',
  '(',
  ')',
  '\u00a0',
  '%',
  '% ',
  '/',
  '&',
  '+',
  '!',
  '?',
  ':',
  ';',
  '\u2026',
  '\u200b',
  '\t',
  'é',
  'Jan',
  'De',
  'van',
  'Peeters',
  '12',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));

describe('token arrays', () => {
  it('agree with the token objects, for any text and a reused buffer', () => {
    const buffer = new TokenBuffer();
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ maxLength: 60 })), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const s of texts) {
          const t = tokenizeText(s, buffer);
          expect(t.length).toBe(t.tokens.length);
          t.tokens.forEach((tok, k) => {
            expect(t.starts[k]).toBe(tok.start);
            expect(t.ends[k]).toBe(tok.end);
            expect(t.raws[t.word[k]!]).toBe(tok.raw);
            expect(t.norms[t.word[k]!]).toBe(tok.norm);
            expect(t.gaps[k]).toBe(gapFlags(tok.gap));
            expect(t.gap(k)).toBe(tok.gap);
            const c = tok.raw.charCodeAt(0);
            expect(t.lower[k]).toBe((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('word table', () => {
  it('holds each distinct word once, in order of first use, with its folded form', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (s) => {
        const t = tokenizeText(s);
        const seen = new Map<string, number>();
        t.tokens.forEach((tok, k) => {
          if (!seen.has(tok.raw)) seen.set(tok.raw, seen.size);
          expect(t.word[k]).toBe(seen.get(tok.raw));
        });
        expect(t.raws).toEqual([...seen.keys()]);
        expect(t.norms).toEqual(t.raws.map(fold));
      }),
      { numRuns: 500 },
    );
  });

  // The table's hash arrays are scratch shared by every call; what a tokenised text keeps must not
  // be: a caller may hold several tokenised texts at once (recognise-changed.ts recognises runs in turn).
  it('leaves a tokenised text untouched by later calls, with or without a buffer of its own', () => {
    const buffers = [new TokenBuffer(), new TokenBuffer()];
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ maxLength: 300 })), { minLength: 2, maxLength: 6 }), (texts) => {
        const live = texts.map((s, k) => {
          const buffer = k < 2 ? buffers[k] : undefined;
          const t = tokenizeText(s, buffer);
          return {
            t,
            copy: { word: [...t.word], raws: [...t.raws], norms: [...t.norms], starts: [...t.starts], gaps: [...t.gaps] },
          };
        });
        // A long text after them all grows the shared table.
        tokenizeText(texts.join(' ').repeat(20));
        for (const { t, copy } of live) {
          expect([...t.word]).toEqual(copy.word);
          expect([...t.raws]).toEqual(copy.raws);
          expect([...t.norms]).toEqual(copy.norms);
          expect([...t.starts]).toEqual(copy.starts);
          expect([...t.gaps]).toEqual(copy.gaps);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('tokenizeText against a regular expression', () => {
  /** A word: letters, marks and digits, with invisible characters inside it (not at its end). */
  const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[\u00ad\u200b-\u200d\u2060]+(?=[\p{L}\p{M}\p{N}]))*/gu;
  it('finds the same words at the same offsets, and one word index per spelling', () => {
    const buffer = new TokenBuffer();
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 }), fc.stringMatching(/^[a-zA-Z0-9 .,'-]{0,60}$/)), (s) => {
        const t = tokenizeText(s, buffer);
        const expected = [...s.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
        expect([...t.starts].map((start, k) => [start, t.ends[k]])).toEqual(expected);
        const ids = new Map<string, number>();
        for (let k = 0; k < t.length; k++) {
          const raw = s.slice(t.starts[k]!, t.ends[k]!);
          expect(ids.get(raw) ?? t.word[k]).toBe(t.word[k]);
          ids.set(raw, t.word[k]!);
        }
        expect(new Set(ids.values()).size).toBe(ids.size);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wordOf', () => {
  it('finds every word of the text by how it is written, and nothing else', () => {
    const buffer = new TokenBuffer();
    fc.assert(
      fc.property(
        text,
        fc.array(fc.constantFrom('jan', 'Jan', 'van', 'é', 'Peeters', 'peeters', '12', 'De', 'x'), { maxLength: 4 }),
        (s, asked) => {
          const t = tokenizeText(s, buffer);
          t.raws.forEach((raw, w) => expect(t.wordOf(raw)).toBe(w));
          for (const raw of asked) expect(t.wordOf(raw)).toBe(t.raws.indexOf(raw));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('gap flags', () => {
  it('answer as the regular expressions they replace', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.filter((p) => !/\w/.test(p))), { maxLength: 4 }), (parts) => {
        const gap = parts.join('');
        const f = gapFlags(gap);
        expect((f & GAP_SPACE) !== 0).toBe(/^[ \u00a0]$/u.test(gap));
        expect((f & GAP_HYPHEN) !== 0).toBe(/^[-\u2010\u2011]$/u.test(gap));
        expect((f & GAP_APOSTROPHE) !== 0).toBe(/^['’]$/u.test(gap));
        expect((f & GAP_AFTER_INITIAL) !== 0).toBe(/^\.[ \u00a0]?$/u.test(gap));
        expect((f & GAP_SENTENCE_END) !== 0).toBe(/[.!?:;…]["'”’»)\]]*\s*["'“‘«([]*$|\n/u.test(gap));
      }),
      { numRuns: 1000 },
    );
  });

  it('name joins in the letters of a form', () => {
    expect(joinCode(gapFlags('-'), '-')).toBe('h');
    expect(joinCode(gapFlags('\u00ad'), '\u00ad')).toBe('h');
    // An en dash without spaces joins a compound name as a hyphen does ("Iran–Iraq War"); with spaces it is a dash.
    expect(joinCode(gapFlags('\u2013'), '\u2013')).toBe('h');
    expect(gapFlags('\u2013') & GAP_HYPHEN).toBe(0);
    expect(joinCode(gapFlags(' \u2013 '), ' \u2013 ')).toBe('s');
    expect(joinCode(gapFlags('\u2019'), '\u2019')).toBe('a');
    expect(joinCode(gapFlags('% '), '% ')).toBe('p');
    expect(joinCode(gapFlags('/'), '/')).toBe('/');
    expect(joinCode(gapFlags(' '), ' ')).toBe('s');
    expect(joinCode(gapFlags(', '), ', ')).toBe('s');
  });
});
