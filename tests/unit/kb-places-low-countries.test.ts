import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/** The Belgian regions and the two Holland provinces of `src/kb/data/places-low-countries.json`. */
describe('regions and provinces of the Low Countries (places-low-countries)', () => {
  const r = realRecogniser();
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-10', 'place');

  it('finds Flanders and Wallonia in each language, and the provinces beside the country', () => {
    expect(places('In Vlaanderen en Wallonië zijn de meningen verdeeld.', 'nl')).toEqual([
      ['Vlaanderen', 'flanders'],
      ['Wallonië', 'wallonia'],
    ]);
    expect(places('La Flandre et la Wallonie sont divisées.', 'fr')).toEqual([
      ['Flandre', 'flanders'],
      ['Wallonie', 'wallonia'],
    ]);
    expect(places('Nederland stemde; in Zuid-Holland won de PVV.', 'nl')).toEqual([
      ['Nederland', 'netherlands'],
      ['Zuid-Holland', 'south-holland'],
    ]);
  });
});
