import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { webAddresses } from '../../src/core/text/web-addresses';

/** The pattern as first written, with `\b` in the expression: the reference the faster scan must equal. */
const REFERENCE = /\b(?:https?:\/\/|www\.)[^\s"'<>\u201c\u201d\u2018\u2019\u00ab\u00bb]+/giu;
const reference = (text: string): [number, number][] =>
  [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);

describe('webAddresses', () => {
  it('finds addresses that start a word, and none inside a word', () => {
    const text = 'Zie https://www.nato.int/nl en WWW.Defensie.nl, niet xhttp://a.b maar xhttp://www.c.d.';
    expect(webAddresses(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'https://www.nato.int/nl',
      'WWW.Defensie.nl,',
      'www.c.d.',
    ]);
  });

  it('gives what the \\b pattern gives, on random texts', () => {
    const piece = fc.constantFrom(
      'http://',
      'https://',
      'HTTP://',
      'www.',
      'Www.',
      'x',
      '_',
      '9',
      ' ',
      '"',
      '\u201c',
      'é',
      'a.b',
      '/',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(webAddresses(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
