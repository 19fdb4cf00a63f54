import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The Dutch institutions of `src/kb/data/netherlands-institutions.json` (and the Tweede Kamer's
 * member forms) through the real knowledge base, beside the names Dutch news puts next to them.
 */
describe('Dutch institutions in the news (netherlands-institutions)', () => {
  const r = realRecogniser();
  const all = (text: string) => mentionIds(r, text, 'nl', '2025-04-10');

  it('finds both houses, Prinsjesdag, and a member of the House before her name', () => {
    expect(all('De Eerste Kamer stemde in; de Tweede Kamer debatteert op Prinsjesdag niet.')).toEqual([
      ['Eerste Kamer', 'eerste-kamer'],
      ['Tweede Kamer', 'tweede-kamer'],
      ['Prinsjesdag', 'prinsjesdag'],
    ]);
    expect(all('Tweede Kamerlid Jan de Vries stelde vragen.')).toEqual([
      ['Tweede Kamerlid', 'tweede-kamer'],
      ['Jan de Vries', null],
    ]);
  });

  it('"Holland Casino" is a firm, not the Netherlands', () => {
    expect(all('Holland Casino opent een vestiging in Rotterdam.')).toEqual([['Rotterdam', 'rotterdam']]);
  });
});
