import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The entries of `src/kb/data/names-containing-others.json` through the real knowledge base: longer
 * names that contain a shorter KB name ("Congress", a city), so the longest match gives them a card
 * of their own instead of the US Congress or the city; the short names still work on their own.
 */
describe('longer names that contain another KB name (names-containing-others)', () => {
  const r = realRecogniser();
  const all = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01');

  it('reads parties and parliaments named "... Congress" as themselves, not as the US Congress', () => {
    expect(all('The African National Congress lost its majority and the ANC now governs in a coalition.', 'en')).toEqual([
      ['African National Congress', 'african-national-congress'],
      ['ANC', 'african-national-congress'],
    ]);
    expect(all('The Indian National Congress and the opposition Congress party criticised Modi.', 'en')).toEqual([
      ['Indian National Congress', 'indian-national-congress'],
      ['Congress party', 'indian-national-congress'],
      ['Modi', 'narendra-modi'],
    ]);
    expect(all("The National People's Congress opened its annual session.", 'en')).toEqual([
      ["National People's Congress", 'national-peoples-congress'],
    ]);
    expect(all('The Trades Union Congress opposed the cuts, the TUC said.', 'en')).toEqual([
      ['Trades Union Congress', 'trades-union-congress'],
      ['TUC', 'trades-union-congress'],
    ]);
  });

  it('reads the Palestine Liberation Organization as itself, not as Palestine', () => {
    expect(all('The Palestine Liberation Organization met; the PLO chairman spoke. Palestine was recognised.', 'en')).toEqual([
      ['Palestine Liberation Organization', 'plo'],
      ['PLO', 'plo'],
      ['Palestine', 'palestine'],
    ]);
    expect(all("L'OLP et la Palestijnse Bevrijdingsorganisatie.", 'fr').map(([, id]) => id)).toEqual(['plo', 'plo']);
  });

  it('reads the congresses of 1815 and 1878 as history, not as Vienna, Berlin or the US Congress', () => {
    expect(all('The Congress of Vienna and the Congress of Berlin redrew the map.', 'en')).toEqual([
      ['Congress of Vienna', 'congress-of-vienna'],
      ['Congress of Berlin', 'congress-of-berlin'],
    ]);
    expect(all('Het Congres van Wenen en het Congres van Berlijn.', 'nl')).toEqual([
      ['Congres van Wenen', 'congress-of-vienna'],
      ['Congres van Berlijn', 'congress-of-berlin'],
    ]);
    expect(all('Le congrès de Vienne et le congrès de Berlin.', 'fr')).toEqual([
      ['congrès de Vienne', 'congress-of-vienna'],
      ['congrès de Berlin', 'congress-of-berlin'],
    ]);
    expect(all('Die Ordnung des Wiener Kongresses und der Berliner Kongress.', 'de')).toEqual([
      ['Wiener Kongresses', 'congress-of-vienna'],
      ['Berliner Kongress', 'congress-of-berlin'],
    ]);
  });

  it('finds the legislatures and parties in Dutch, French and German', () => {
    expect(all('Het Nationaal Volkscongres stemde in. Het ANC en de Congrespartij.', 'nl')).toEqual([
      ['Nationaal Volkscongres', 'national-peoples-congress'],
      ['ANC', 'african-national-congress'],
      ['Congrespartij', 'indian-national-congress'],
    ]);
    expect(all("L'Assemblée nationale populaire et le Congrès national africain.", 'fr')).toEqual([
      ['Assemblée nationale populaire', 'national-peoples-congress'],
      ['Congrès national africain', 'african-national-congress'],
    ]);
    expect(all('Der Nationale Volkskongress und der Indische Nationalkongress.', 'de')).toEqual([
      ['Nationale Volkskongress', 'national-peoples-congress'],
      ['Indische Nationalkongress', 'indian-national-congress'],
    ]);
  });

  it('reads treaties named after a city as the treaty, not as the city', () => {
    expect(all('The Paris Agreement, the Geneva Conventions, the Oslo Accords and the Treaty of Rome.', 'en')).toEqual([
      ['Paris Agreement', 'paris-agreement'],
      ['Geneva Conventions', 'geneva-conventions'],
      ['Oslo Accords', 'oslo-accords'],
      ['Treaty of Rome', 'treaty-of-rome'],
    ]);
    expect(all('Trump left the Paris climate agreement; killing prisoners violates the Geneva Convention.', 'en')).toEqual([
      ['Trump', 'donald-trump'],
      ['Paris climate agreement', 'paris-agreement'],
      ['Geneva Convention', 'geneva-conventions'],
    ]);
    expect(all('The Élysée Treaty of 1963.', 'en')).toEqual([['Élysée Treaty', 'elysee-treaty']]);
  });

  it('reads the treaties in Dutch, French and German', () => {
    expect(
      all(
        'Het klimaatakkoord van Parijs, de Verdragen van Genève, de Oslo-akkoorden, het Verdrag van Rome en het Élysée-verdrag.',
        'nl',
      ),
    ).toEqual([
      ['klimaatakkoord van Parijs', 'paris-agreement'],
      ['Verdragen van Genève', 'geneva-conventions'],
      ['Oslo-akkoorden', 'oslo-accords'],
      ['Verdrag van Rome', 'treaty-of-rome'],
      ['Élysée-verdrag', 'elysee-treaty'],
    ]);
    expect(
      all("L'accord de Paris, les conventions de Genève, les accords d'Oslo, le traité de Rome et le traité de l'Élysée.", 'fr'),
    ).toEqual([
      ['accord de Paris', 'paris-agreement'],
      ['conventions de Genève', 'geneva-conventions'],
      ["accords d'Oslo", 'oslo-accords'],
      ['traité de Rome', 'treaty-of-rome'],
      ["traité de l'Élysée", 'elysee-treaty'],
    ]);
    expect(
      all(
        'Das Pariser Klimaabkommen, die Genfer Konventionen, das Oslo-Abkommen, die Römischen Verträge und der Élysée-Vertrag.',
        'de',
      ),
    ).toEqual([
      ['Pariser Klimaabkommen', 'paris-agreement'],
      ['Genfer Konventionen', 'geneva-conventions'],
      ['Oslo-Abkommen', 'oslo-accords'],
      ['Römischen Verträge', 'treaty-of-rome'],
      ['Élysée-Vertrag', 'elysee-treaty'],
    ]);
  });

  it('still finds the US Congress, the cities and the Élysée on their own', () => {
    expect(all('Congress passed the bill. Leaders met in Geneva, then in Paris and Oslo.', 'en')).toEqual([
      ['Congress', 'united-states-congress'],
      ['Geneva', 'geneva'],
      ['Paris', 'paris'],
      ['Oslo', 'oslo'],
    ]);
    expect(all('Het Congres stemde in. De leiders kwamen bijeen in Genève en Parijs.', 'nl')).toEqual([
      ['Congres', 'united-states-congress'],
      ['Genève', 'geneva'],
      ['Parijs', 'paris'],
    ]);
    expect(all('The Élysée said the summit in Paris agreed on sanctions.', 'en')).toEqual([
      ['Élysée', 'elysee-palace'],
      ['Paris', 'paris'],
    ]);
    expect(all('Die Staatschefs trafen sich in Genf und Wien.', 'de')).toEqual([
      ['Genf', 'geneva'],
      ['Wien', 'vienna'],
    ]);
  });

  it('reads the MAGA slogan and movement as themselves, not as the United States', () => {
    expect(all('Supporters chanted Make America Great Again; the MAGA movement grew.', 'en')).toEqual([
      ['Make America Great Again', 'make-america-great-again'],
      ['MAGA movement', 'make-america-great-again'],
    ]);
    expect(all('De MAGA-beweging steunt Trump.', 'nl').map(([, id]) => id)).toEqual(['make-america-great-again', 'donald-trump']);
  });
});
