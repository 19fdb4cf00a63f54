/**
 * The recogniser's tries add a form only when a text holds its first word (`lazy-trie.ts`). That
 * must not change what matching finds: over the real knowledge base, matching with lazy tries
 * gives exactly what matching with tries built from every form gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchForms, type MatchOptions } from '../../src/core/recognise/match-forms';
import { LazyTrie } from '../../src/core/recognise/lazy-trie';
import { buildTrie } from '../../src/core/recognise/trie';
import { tokenizeText } from '../../src/core/text/tokenize';
import type { CompiledForm } from '../../src/kb/compiled';
import { realRecogniser } from './helpers';

const rec = realRecogniser();
const forms = rec.kb.forms;
const options = (lang: string | null) => (rec as unknown as { options(l: string | null): MatchOptions }).options(lang);

function lazy(include: (f: CompiledForm) => boolean): LazyTrie {
  const trie = new LazyTrie(forms);
  forms.forEach((f, i) => include(f) && trie.defer(i));
  return trie;
}

const isName = (f: CompiledForm) => f.kind !== 'head' && f.kind !== 'role';

/** Texts made of the knowledge base's own words (from its forms), some with a genitive -s, and filler. */
const words = [...new Set(forms.flatMap((f) => f.key.split(' ')))];
const firstWords = [...new Set(forms.map((f) => f.key.split(' ')[0]!))];
const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...words).map(upper),
      // Genitives open the forms of their base ("Poetins"): only capitalised forms take one.
      fc.constantFrom(...firstWords).map((w) => `${upper(w)}s`),
      fc.constantFrom(...words),
      fc.constantFrom('de', 'en', 'the', 'NAVO-chef', 'zei', '.', ','),
    ),
    { maxLength: 40 },
  )
  .map((ws) => ws.join(' '));

describe('lazy trie', () => {
  it('matches what a trie of every form matches, text after text', () => {
    for (const lang of ['nl', 'en', null]) {
      const base = options(lang);
      const eager = { ...base, trie: buildTrie(forms, isName) };
      // One lazy trie across all texts, as in the content script: forms added for one text stay.
      const withLazy = { ...base, trie: lazy(isName) };
      fc.assert(
        fc.property(text, (s) => {
          const t = tokenizeText(s);
          expect(matchForms(t, withLazy)).toEqual(matchForms(t, eager));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('gives each form key the node an eager trie gives, once its first word was seen', () => {
    const eager = buildTrie(forms, isName);
    const trie = lazy(isName);
    trie.prepareWords(words);
    for (const f of forms.filter(isName)) {
      expect(trie.node(f.key)).toEqual(eager.node(f.key));
      expect(trie.leadsOn(f.key)).toBe(eager.leadsOn(f.key));
    }
  });

  it('is empty only without forms', () => {
    expect(lazy(() => false).empty).toBe(true);
    expect(lazy(isName).empty).toBe(false);
  });
});
