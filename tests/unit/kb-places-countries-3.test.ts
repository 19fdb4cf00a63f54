import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The countries of `src/kb/data/places-countries-3.json` (Africa, Latin America, Asia, Malta)
 * through the real knowledge base: found by their names in each language, and not where the name is
 * a person's given name ("Jordan Peterson") or another language's word (German "Malte", English "Chili").
 */
describe('more countries in the news (places-countries-3)', () => {
  const r = realRecogniser();
  const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01');
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'place');

  it('finds them by their Dutch, French and German names and by their abbreviations', () => {
    expect(places('Koning Abdullah van Jordanië; de Franse troepen vertrokken uit Tsjaad; Ivoorkust en Kirgizië.', 'nl')).toEqual(
      [
        ['Jordanië', 'jordan'],
        ['Tsjaad', 'chad'],
        ['Ivoorkust', 'ivory-coast'],
        ['Kirgizië', 'kyrgyzstan'],
      ],
    );
    expect(places("Les combats en RDC; la Côte d'Ivoire et la Birmanie.", 'fr')).toEqual([
      ['RDC', 'democratic-republic-of-the-congo'],
      ["Côte d'Ivoire", 'ivory-coast'],
      ['Birmanie', 'myanmar'],
    ]);
    expect(places('Kämpfe in der DR Kongo; Usbekistan und Tadschikistan.', 'de')).toEqual([
      ['DR Kongo', 'democratic-republic-of-the-congo'],
      ['Usbekistan', 'uzbekistan'],
      ['Tadschikistan', 'tajikistan'],
    ]);
    expect(places('Myanmar, formerly Burma, and the DRC.', 'en').map((m) => m[1])).toEqual([
      'myanmar',
      'myanmar',
      'democratic-republic-of-the-congo',
    ]);
  });

  it("is a person where the country's name is a given name, and a place elsewhere", () => {
    expect(all('Jordan Peterson spoke in Toronto. Chad Smith played drums. Kenya Moore spoke.', 'en')).toEqual([
      ['Jordan Peterson', null],
      ['Chad Smith', null],
      ['Kenya Moore', null],
    ]);
    expect(places('Kenya sent police to Haiti. The French left Chad. In Jordan Palestinians protested.', 'en')).toEqual([
      ['Kenya', 'kenya'],
      ['Haiti', 'haiti'],
      ['Chad', 'chad'],
      ['Jordan', 'jordan'],
    ]);
    // Their own language's forms only: German "Malte" is a given name, English "Argentine" an adjective.
    expect(places('Malte Kaufmann sprach.', 'de')).toEqual([]);
    expect(places('Argentine beef was sold in Malta.', 'en')).toEqual([['Malta', 'malta']]);
    // Dutch and French "Chili" is English food: a recipe's "Beef Chili" (seen on a saved page).
    expect(places('Slow Cooker Beef Chili, with cilantro. Chile exports copper.', 'en')).toEqual([['Chile', 'chile']]);
    expect(places('Chili exporteert koper.', 'nl')).toEqual([['Chili', 'chile']]);
  });
});

/** England, Scotland and Wales (`places-countries-3.json`): the countries, not the names of things after them. */
describe('the countries of the United Kingdom', () => {
  const r = realRecogniser();
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01', 'place').map(([, id]) => id);

  it('finds them in each language', () => {
    expect(places('Engeland en Schotland speelden gelijk. In Wales regent het.', 'nl')).toEqual(['england', 'scotland', 'wales']);
  });

  it('not in a title, a ship, a bank or a church named after them', () => {
    expect(
      places('The Prince of Wales visited HMS Prince of Wales. The Bank of England and the Church of Scotland met.', 'en'),
    ).toEqual([]);
  });
});
