import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The cities of `src/kb/data/places-cities-2.json` through the real knowledge base: their names in
 * each language, and not where the city's name is part of another name (a newspaper, a state, a
 * university).
 */
describe('more cities in the news (places-cities-2)', () => {
  const r = realRecogniser();
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'place');

  it('finds them by their names in each language', () => {
    expect(places('Gesprekken in Riyad, Caïro en Bakoe; raketten op Kramatorsk en Slovjansk.', 'nl').map((m) => m[1])).toEqual([
      'riyadh',
      'cairo',
      'baku',
      'kramatorsk',
      'sloviansk',
    ]);
    expect(places('Au Caire et à Anvers; à La Havane.', 'fr').map((m) => m[1])).toEqual(['cairo', 'antwerp', 'havana']);
    expect(places('In Neu-Delhi und Jerewan; Frankfurt am Main.', 'de').map((m) => m[1])).toEqual([
      'new-delhi',
      'yerevan',
      'frankfurt',
    ]);
  });

  it("is not the city inside a newspaper's or a state's name", () => {
    expect(places('The New York Times reported that New York State sued; Washington State did too.', 'en')).toEqual([
      ['Washington State', 'washington-state'],
    ]);
    expect(places('The mayor of New York met Frankfurter Allgemeine editors.', 'en')).toEqual([['New York', 'new-york-city']]);
  });
});
