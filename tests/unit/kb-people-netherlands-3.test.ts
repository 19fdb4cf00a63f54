import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Dutch ministers, commanders, queens and party leaders of `src/kb/data/people-netherlands-3.json`
 * through the real knowledge base: distinctive surnames alone, and surnames that are Dutch words
 * ("Dijk", "Bot", "Knot", "Klever", "Stoffer") only after the full name.
 */
describe('Dutch defence, foreign policy and party leaders (people-netherlands-3)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string, date = '2024-03-01') => mentionIds(r, text, lang, date, 'person');

  it('finds them by full name, and by a distinctive surname alone', () => {
    expect(people('Oud-commandant Middendorp en Van Uhm waarschuwden; Boswijk (CDA) wil meer geld.', 'nl')).toEqual([
      ['Middendorp', 'tom-middendorp'],
      ['Van Uhm', 'peter-van-uhm'],
      ['Boswijk', 'derk-boswijk'],
    ]);
    expect(people('Staatssecretaris Christophe van der Maat kocht munitie. Van der Maat zei dat het nodig was.', 'nl')).toEqual([
      ['Christophe van der Maat', 'christophe-van-der-maat'],
      ['Van der Maat', 'christophe-van-der-maat'],
    ]);
    expect(people('Koningin Beatrix deed in 2013 afstand van de troon.', 'nl', '2013-05-01')).toEqual([
      ['Koningin Beatrix', 'queen-beatrix'],
    ]);
  });

  it('surnames that are Dutch words are theirs only after the full name', () => {
    expect(people('De dijk brak. Hij brak een bot en kocht een knot wol; de stoffer lag klaar.', 'nl')).toEqual([]);
    expect(people('Jimmy Dijk stond op de dijk. Dijk zei later dat de SP tegen is.', 'nl')).toEqual([
      ['Jimmy Dijk', 'jimmy-dijk'],
      ['Dijk', 'jimmy-dijk'],
    ]);
  });

  it('gives the office held on the article date: Klaas Knot at the central bank until mid-2025', () => {
    const knot = r.entry('klaas-knot');
    const roles = (knot?.facts ?? []).flatMap((f) => (f.type === 'role' ? [f] : []));
    expect(roles.find((f) => f.role.en === 'President of De Nederlandsche Bank')?.end).toBe('2025-06-30');
  });
});
