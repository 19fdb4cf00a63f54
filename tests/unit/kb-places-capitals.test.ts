import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The capitals and cities of `src/kb/data/places-capitals.json` through the real knowledge base:
 * found by their names and exonyms, never over a longer name the knowledge base has ("Washington
 * Treaty", "Berlin Wall"), and not inside a person's or a newspaper's name ("George Washington",
 * "the Washington Post").
 */
describe('capitals and cities in the news (places-capitals)', () => {
  const r = realRecogniser();
  const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01');
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'place');

  it('finds the capitals by their English names', () => {
    expect(places('Washington and London pledged more aid, while Paris and Berlin hesitated.', 'en')).toEqual([
      ['Washington', 'washington-dc'],
      ['London', 'london'],
      ['Paris', 'paris'],
      ['Berlin', 'berlin'],
    ]);
    expect(places('Beijing and Tehran backed Moscow, Ankara said; Pyongyang sent troops and Damascus fell.', 'en')).toEqual([
      ['Beijing', 'beijing'],
      ['Tehran', 'tehran'],
      ['Moscow', 'moscow'],
      ['Ankara', 'ankara'],
      ['Pyongyang', 'pyongyang'],
      ['Damascus', 'damascus'],
    ]);
    expect(places('Warsaw, Vilnius, Riga and Tallinn asked for troops; Helsinki, Stockholm and Oslo agreed.', 'en')).toEqual([
      ['Warsaw', 'warsaw'],
      ['Vilnius', 'vilnius'],
      ['Riga', 'riga'],
      ['Tallinn', 'tallinn'],
      ['Helsinki', 'helsinki'],
      ['Stockholm', 'stockholm'],
      ['Oslo', 'oslo'],
    ]);
    expect(places('Copenhagen, Vienna, Budapest, Bucharest, Prague and Belgrade sent envoys.', 'en')).toEqual([
      ['Copenhagen', 'copenhagen'],
      ['Vienna', 'vienna'],
      ['Budapest', 'budapest'],
      ['Bucharest', 'bucharest'],
      ['Prague', 'prague'],
      ['Belgrade', 'belgrade'],
    ]);
    expect(places('Talks in Minsk, Tbilisi, Chișinău, Istanbul, Geneva, Munich, Jerusalem and St Petersburg.', 'en')).toEqual([
      ['Minsk', 'minsk'],
      ['Tbilisi', 'tbilisi'],
      ['Chișinău', 'chisinau'],
      ['Istanbul', 'istanbul'],
      ['Geneva', 'geneva'],
      ['Munich', 'munich'],
      ['Jerusalem', 'jerusalem'],
      ['St Petersburg', 'saint-petersburg'],
    ]);
  });

  it('finds them by their Dutch names', () => {
    expect(places('Washington en Londen beloofden steun, terwijl Parijs en Berlijn aarzelden.', 'nl')).toEqual([
      ['Washington', 'washington-dc'],
      ['Londen', 'london'],
      ['Parijs', 'paris'],
      ['Berlijn', 'berlin'],
    ]);
    expect(places('Peking en Teheran steunen Moskou; Warschau, Kopenhagen en Wenen niet.', 'nl')).toEqual([
      ['Peking', 'beijing'],
      ['Teheran', 'tehran'],
      ['Moskou', 'moscow'],
      ['Warschau', 'warsaw'],
      ['Kopenhagen', 'copenhagen'],
      ['Wenen', 'vienna'],
    ]);
    expect(places('Boedapest, Boekarest, Praag en Belgrado; Jeruzalem en Damascus.', 'nl')).toEqual([
      ['Boedapest', 'budapest'],
      ['Boekarest', 'bucharest'],
      ['Praag', 'prague'],
      ['Belgrado', 'belgrade'],
      ['Jeruzalem', 'jerusalem'],
      ['Damascus', 'damascus'],
    ]);
    expect(places('Genève, München, Sint-Petersburg, Chisinau en Istanboel.', 'nl')).toEqual([
      ['Genève', 'geneva'],
      ['München', 'munich'],
      ['Sint-Petersburg', 'saint-petersburg'],
      ['Chisinau', 'chisinau'],
      ['Istanboel', 'istanbul'],
    ]);
  });

  it('finds French and German exonyms', () => {
    expect(places('Varsovie, Pékin, Copenhague, Vienne, Bucarest, Téhéran, Damas, Genève et Saint-Pétersbourg.', 'fr')).toEqual([
      ['Varsovie', 'warsaw'],
      ['Pékin', 'beijing'],
      ['Copenhague', 'copenhagen'],
      ['Vienne', 'vienna'],
      ['Bucarest', 'bucharest'],
      ['Téhéran', 'tehran'],
      ['Damas', 'damascus'],
      ['Genève', 'geneva'],
      ['Saint-Pétersbourg', 'saint-petersburg'],
    ]);
    expect(places('Londres et Tbilissi.', 'fr')).toEqual([
      ['Londres', 'london'],
      ['Tbilissi', 'tbilisi'],
    ]);
    expect(places('Warschau, Peking, Wien, Bukarest, Damaskus, Genf, Tiflis, Pjöngjang, Belgrad und Prag.', 'de')).toEqual([
      ['Warschau', 'warsaw'],
      ['Peking', 'beijing'],
      ['Wien', 'vienna'],
      ['Bukarest', 'bucharest'],
      ['Damaskus', 'damascus'],
      ['Genf', 'geneva'],
      ['Tiflis', 'tbilisi'],
      ['Pjöngjang', 'pyongyang'],
      ['Belgrad', 'belgrade'],
      ['Prag', 'prague'],
    ]);
    expect(places('Kanzler Merz sprach in München und Sankt Petersburg.', 'de')).toEqual([
      ['München', 'munich'],
      ['Sankt Petersburg', 'saint-petersburg'],
    ]);
  });

  it('lists the capitals everyone knows without marking them (salience low), but marks the less known ones', () => {
    const salience = (text: string) => r.recognise(text, { lang: 'en', date: '2025-05-01' }).map((m) => [m.entityId, m.salience]);
    expect(salience('Paris, Beijing, Tbilisi and Chișinău.')).toEqual([
      ['paris', 'low'],
      ['beijing', 'low'],
      ['tbilisi', 'normal'],
      ['chisinau', 'normal'],
    ]);
  });

  it('leaves longer names the knowledge base has to their own entries', () => {
    expect(all('Officials in Washington said the Washington Treaty still binds the allies.', 'en')).toEqual([
      ['Washington', 'washington-dc'],
      ['Washington Treaty', 'north-atlantic-treaty'],
    ]);
    expect(all('The Washington summit marked 75 years of the alliance.', 'en')).toEqual([
      ['Washington summit', 'washington-summit-2024'],
    ]);
    expect(all('Het Verdrag van Washington en de NAVO-top in Washington.', 'nl')).toEqual([
      ['Verdrag van Washington', 'north-atlantic-treaty'],
      ['NAVO-top in Washington', 'washington-summit-2024'],
    ]);
    expect(all('The Berlin Wall fell in 1989.', 'en')).toEqual([['Berlin Wall', 'berlin-wall']]);
    expect(all('De Berlijnse Muur viel in 1989.', 'nl')).toEqual([['Berlijnse Muur', 'berlin-wall']]);
    expect(all('The Minsk agreements failed.', 'en')).toEqual([['Minsk agreements', 'minsk-agreements']]);
    expect(all('De akkoorden van Minsk mislukten.', 'nl')).toEqual([['akkoorden van Minsk', 'minsk-agreements']]);
    expect(all('The Budapest Memorandum was signed in 1994.', 'en')).toEqual([['Budapest Memorandum', 'budapest-memorandum']]);
    expect(all('The Istanbul talks broke down.', 'en')).toEqual([['Istanbul talks', 'istanbul-talks-2022']]);
    expect(all('The Munich Agreement of 1938.', 'en')).toEqual([['Munich Agreement', 'munich-agreement']]);
    expect(all('Het Akkoord van München van 1938.', 'nl')).toEqual([['Akkoord van München', 'munich-agreement']]);
    expect(all('Le traité de Washington et les accords de Minsk.', 'fr')).toEqual([
      ['traité de Washington', 'north-atlantic-treaty'],
      ['accords de Minsk', 'minsk-agreements'],
    ]);
  });

  it('finds the capitals added later (Amsterdam, Rome, Madrid, Tokyo, Seoul, Taipei, Kabul, Baghdad) by their exonyms', () => {
    expect(
      places('In Amsterdam en Rome, maar ook in Madrid, Tokio, Seoel, Taipei, Kaboel en Bagdad.', 'nl').map((p) => p[1]),
    ).toEqual(['amsterdam', 'rome', 'madrid', 'tokyo', 'seoul', 'taipei', 'kabul', 'baghdad']);
    // Longer names keep their own entries.
    expect(all('At the Madrid summit they signed nothing; the Treaty of Rome was older.', 'en')).toEqual([
      ['Madrid summit', 'madrid-summit-2022'],
      ['Treaty of Rome', 'treaty-of-rome'],
    ]);
  });

  it('tells the US state from the capital', () => {
    expect(places('Voters in Washington state backed it; Washington responded.', 'en')).toEqual([
      ['Washington state', 'washington-state'],
      ['Washington', 'washington-dc'],
    ]);
    expect(places('In de staat Washington.', 'nl')).toEqual([['staat Washington', 'washington-state']]);
    // The University of Washington is in Seattle, not in the capital.
    expect(places('Researchers at the University of Washington said so.', 'en')).toEqual([
      ['University of Washington', 'washington-state'],
    ]);
  });

  it('does not read a person or a newspaper named after a city as the city', () => {
    expect(places('George Washington crossed the Delaware, the Washington Post reported.', 'en')).toEqual([]);
    expect(places('Jack London wrote novels and Irving Berlin wrote songs.', 'en')).toEqual([]);
    expect(places('The Kyiv Independent and The Moscow Times reported it.', 'en')).toEqual([]);
    expect(places('Volgens de Washington Post wil Trump praten.', 'nl')).toEqual([]);
    expect(places('Hij speelde voor Paris Saint-Germain en sprak met Paris Match.', 'nl')).toEqual([]);
    expect(places('Experts told USA TODAY, China Daily, The Times of Israel and Voice of America.', 'en')).toEqual([]);
    expect(places('Israel and America agreed today.', 'en').map(([t]) => t)).toEqual(['Israel', 'America']);
    expect(places('He donated US$1,000, said the Infectious Diseases Society of America.', 'en')).toEqual([]);
    // "Europa" is Europe in Dutch and German, but Jupiter's moon or the Europa League in English.
    expect(places('NASA will study Europa, a moon of Jupiter.', 'en')).toEqual([]);
    expect(places('De NAVO wil Europa beschermen.', 'nl')).toEqual([['Europa', 'europe']]);
    // The city is still found after a sentence ends on a given name, or after a comma.
    expect(places('He thanked Mark. Washington agreed.', 'en')).toEqual([['Washington', 'washington-dc']]);
  });
});
