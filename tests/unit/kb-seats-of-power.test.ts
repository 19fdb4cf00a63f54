import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The seats of power news names for the powers in them (`src/kb/data/seats-of-power.json`):
 * "Downing Street", "Matignon", "het Torentje", "the Berlaymont", through the real knowledge base.
 */
describe('seats of power in the news (seats-of-power)', () => {
  const r = realRecogniser();
  const orgs = (text: string, lang: string) => mentionIds(r, text, lang, '2025-04-01', 'org');

  it('finds them in English and Dutch news', () => {
    expect(
      orgs(
        "Downing Street and Whitehall agreed; Matignon and the Quai d'Orsay did not. Capitol Hill and the Berlaymont waited.",
        'en',
      ),
    ).toEqual([
      ['Downing Street', 'downing-street'],
      ['Whitehall', 'whitehall'],
      ['Matignon', 'hotel-matignon'],
      ["Quai d'Orsay", 'quai-d-orsay'],
      ['Capitol Hill', 'capitol-hill'],
      ['Berlaymont', 'berlaymont'],
    ]);
    expect(
      orgs(
        'In het Catshuis overlegden zij; wie wil naar het Torentje? Op het Binnenhof en in de Wetstraat was het onrustig.',
        'nl',
      ),
    ).toEqual([
      ['Catshuis', 'catshuis'],
      ['Torentje', 'torentje'],
      ['Binnenhof', 'binnenhof'],
      ['Wetstraat', 'wetstraat'],
    ]);
  });

  it('finds the German foreign office in its inflected forms, and leaves a little tower alone', () => {
    expect(orgs('Das Auswärtige Amt warnt; ein Sprecher des Auswärtigen Amtes bestätigte es.', 'de').map(([, id]) => id)).toEqual(
      ['auswaertiges-amt', 'auswaertiges-amt'],
    );
    expect(orgs('Het torentje van de kerk stond scheef.', 'nl')).toEqual([]);
  });
});
