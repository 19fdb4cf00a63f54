import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The countries and capitals of `src/kb/data/places-countries-2.json` through the real knowledge
 * base: found by their names in Dutch, English, French and German, with longer names left to their
 * own entries ("South Sudan", "the Vietnam War").
 */
describe('countries and capitals in the news (places-countries-2)', () => {
  const r = realRecogniser();
  const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01');
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'place');

  it('a place named after another is not that one ("New Mexico", "Mexico City"); a named premier\'s surname is him', () => {
    // (Mexico City has its own entry, places-cities-2.)
    expect(places('The governor of New Mexico met officials in Mexico City; Mexico imposed tariffs.', 'en')).toEqual([
      ['Mexico City', 'mexico-city'],
      ['Mexico', 'mexico'],
    ]);
    expect(all('Prime Minister Luís Montenegro won. Montenegro said he would stay.', 'en')).toEqual([
      ['Luís Montenegro', 'luis-montenegro'],
      ['Montenegro', 'luis-montenegro'],
    ]);
    expect(places('Montenegro joined NATO in 2017.', 'en')).toEqual([['Montenegro', 'montenegro']]);
  });

  it('finds them by their Dutch names', () => {
    expect(places('Qatar bemiddelt; in Doha spraken Koeweit, de Verenigde Arabische Emiraten en de VAE.', 'nl')).toEqual([
      ['Qatar', 'qatar'],
      ['Doha', 'doha'],
      ['Koeweit', 'kuwait'],
      ['Verenigde Arabische Emiraten', 'united-arab-emirates'],
      ['VAE', 'united-arab-emirates'],
    ]);
    expect(places('Libië, Soedan, Zuid-Soedan, Ethiopië, Somalië; Mexico, Brazilië, Cuba en Vietnam.', 'nl')).toEqual([
      ['Libië', 'libya'],
      ['Soedan', 'sudan'],
      ['Zuid-Soedan', 'south-sudan'],
      ['Ethiopië', 'ethiopia'],
      ['Somalië', 'somalia'],
      ['Mexico', 'mexico'],
      ['Brazilië', 'brazil'],
      ['Cuba', 'cuba'],
      ['Vietnam', 'vietnam'],
    ]);
    expect(
      places('De Filipijnen, Indonesië, Nieuw-Zeeland, Cyprus, Albanië, Montenegro, Noord-Macedonië en Slovenië.', 'nl'),
    ).toEqual([
      ['Filipijnen', 'philippines'],
      ['Indonesië', 'indonesia'],
      ['Nieuw-Zeeland', 'new-zealand'],
      ['Cyprus', 'cyprus'],
      ['Albanië', 'albania'],
      ['Montenegro', 'montenegro'],
      ['Noord-Macedonië', 'north-macedonia'],
      ['Slovenië', 'slovenia'],
    ]);
  });

  it('finds them by their English names', () => {
    expect(
      places('Qatar, Kuwait and the United Arab Emirates (UAE) met in Doha with Libya, Sudan and South Sudan.', 'en'),
    ).toEqual([
      ['Qatar', 'qatar'],
      ['Kuwait', 'kuwait'],
      ['United Arab Emirates', 'united-arab-emirates'],
      ['UAE', 'united-arab-emirates'],
      ['Doha', 'doha'],
      ['Libya', 'libya'],
      ['Sudan', 'sudan'],
      ['South Sudan', 'south-sudan'],
    ]);
    expect(places('Ethiopia, Somalia, Mexico, Brazil, Cuba, Vietnam, the Philippines and Indonesia.', 'en')).toEqual([
      ['Ethiopia', 'ethiopia'],
      ['Somalia', 'somalia'],
      ['Mexico', 'mexico'],
      ['Brazil', 'brazil'],
      ['Cuba', 'cuba'],
      ['Vietnam', 'vietnam'],
      ['Philippines', 'philippines'],
      ['Indonesia', 'indonesia'],
    ]);
    expect(places('New Zealand, Cyprus, Albania, Montenegro, North Macedonia and Slovenia.', 'en')).toEqual([
      ['New Zealand', 'new-zealand'],
      ['Cyprus', 'cyprus'],
      ['Albania', 'albania'],
      ['Montenegro', 'montenegro'],
      ['North Macedonia', 'north-macedonia'],
      ['Slovenia', 'slovenia'],
    ]);
  });

  it('finds French and German names', () => {
    expect(
      places('Le Koweït, les Émirats arabes unis, la Libye, le Soudan, le Mexique, le Brésil, le Viêt Nam et Chypre.', 'fr'),
    ).toEqual([
      ['Koweït', 'kuwait'],
      ['Émirats arabes unis', 'united-arab-emirates'],
      ['Libye', 'libya'],
      ['Soudan', 'sudan'],
      ['Mexique', 'mexico'],
      ['Brésil', 'brazil'],
      ['Viêt Nam', 'vietnam'],
      ['Chypre', 'cyprus'],
    ]);
    expect(
      places(
        'Katar, die Vereinigten Arabischen Emirate, Äthiopien, Kuba, Neuseeland, Zypern, Nordmazedonien und Slowenien.',
        'de',
      ),
    ).toEqual([
      ['Katar', 'qatar'],
      ['Vereinigten Arabischen Emirate', 'united-arab-emirates'],
      ['Äthiopien', 'ethiopia'],
      ['Kuba', 'cuba'],
      ['Neuseeland', 'new-zealand'],
      ['Zypern', 'cyprus'],
      ['Nordmazedonien', 'north-macedonia'],
      ['Slowenien', 'slovenia'],
    ]);
  });

  it('lists the countries without marking them (salience low)', () => {
    const salience = r.recognise('Qatar, Cuba and Slovenia.', { lang: 'en', date: '2025-05-01' }).map((m) => m.salience);
    expect(salience).toEqual(['low', 'low', 'low']);
  });

  it('leaves longer names to their own entries', () => {
    expect(all('The Vietnam War ended in 1975.', 'en')).toEqual([['Vietnam War', 'vietnam-war']]);
    expect(all('The Cuban Missile Crisis of 1962.', 'en')).toEqual([['Cuban Missile Crisis', 'cuban-missile-crisis']]);
    expect(places('South Sudan and Zuid-Soedan.', 'en')).toEqual([
      ['South Sudan', 'south-sudan'],
      ['Zuid-Soedan', 'south-sudan'],
    ]);
    expect(all('Portuguese Prime Minister Luís Montenegro met Rutte.', 'en')).toEqual([
      ['Luís Montenegro', 'luis-montenegro'],
      ['Rutte', 'mark-rutte'],
    ]);
  });
});
