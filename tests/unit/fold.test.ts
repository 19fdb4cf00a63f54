/**
 * `fold` works character by character for Latin letters (`fold.ts`): it must give exactly what
 * folding the whole word in passes gives, for every pair of those characters and for any mix of
 * them with invisible characters, combining marks and other scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWhole } from '../../src/core/text/fold';

const LATIN = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c));
const OTHERS = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0301',
  '\u0308',
  'Σ',
  'ς',
  'İ',
  'ẞ',
  'Ω',
  'Я',
  '😀',
  'ǅ',
];

describe('fold', () => {
  // About 350,000 pairs: a second or two alone, but over vitest's 5 s default when the machine is
  // busy (it timed out once while other work ran), so it gets a minute.
  it('folds every pair of characters below U+0250 as folding the whole pair does', { timeout: 60_000 }, () => {
    for (const a of LATIN) for (const b of LATIN) expect(fold(a + b)).toBe(foldWhole(a + b));
  });

  it('folds any word as folding the whole word does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LATIN.slice(0x20), ...OTHERS), { maxLength: 12 }), (chars) => {
        const s = chars.join('');
        expect(fold(s)).toBe(foldWhole(s));
      }),
      { numRuns: 20000 },
    );
  });
});
