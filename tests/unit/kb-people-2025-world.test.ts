import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The people of `people-us-2.json` (US Congress and cabinet), `people-world-3.json`,
 * `people-mideast-asia.json`, `people-europe-3.json` and `people-asia-pacific.json` (leaders and
 * officials elsewhere) through the real knowledge base: named in full, then by surname; a common
 * surname alone stays unmarked, and a Dutch adjective shaped like a surname is no person.
 */
describe('US and world political figures (people-us-2, people-world-3)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string, date = '2025-06-01') => mentionIds(r, text, lang, date, 'person');

  it('finds them in full and then by surname, with the title of the day', () => {
    expect(people('House Speaker Mike Johnson met Chuck Schumer. Later Johnson and Schumer spoke again.', 'en')).toEqual([
      ['Mike Johnson', 'mike-johnson'],
      ['Chuck Schumer', 'chuck-schumer'],
      ['Johnson', 'mike-johnson'],
      ['Schumer', 'chuck-schumer'],
    ]);
    expect(people('Lula ontmoette Claudia Sheinbaum en Javier Milei; Sheinbaum sprak over Trump.', 'nl')).toEqual([
      ['Lula', 'luiz-inacio-lula-da-silva'],
      ['Claudia Sheinbaum', 'claudia-sheinbaum'],
      ['Javier Milei', 'javier-milei'],
      ['Sheinbaum', 'claudia-sheinbaum'],
      ['Trump', 'donald-trump'],
    ]);
  });

  it('leaves a common surname alone unmarked, and a Dutch adjective shaped like a surname', () => {
    expect(people('Miller and Graham did not comment.', 'en')).toEqual([]);
    expect(people('De premier Anthony Albanese sprak met de Albanese regering. Albanese zei niets.', 'nl')).toEqual([
      ['Anthony Albanese', 'anthony-albanese'],
      ['Albanese', 'anthony-albanese'],
    ]);
  });

  it('finds Gulf, Sudanese and Asian leaders by the forms news uses (people-mideast-asia)', () => {
    expect(
      people('King Abdullah of Jordan met Sheikh Tamim in Doha. Hemedti and Burhan fight on. Abdullah spoke later.', 'en'),
    ).toEqual([
      ['King Abdullah', 'abdullah-ii-of-jordan'],
      ['Sheikh Tamim', 'tamim-bin-hamad-al-thani'],
      ['Hemedti', 'mohamed-hamdan-dagalo'],
      ['Burhan', 'abdel-fattah-al-burhan'],
      ['Abdullah', 'abdullah-ii-of-jordan'],
    ]);
    // The father, the dictator, is not his son the president.
    expect(people('The dictator Ferdinand Marcos fled in 1986.', 'en', '2025-06-01').map((m) => m[1])).not.toContain(
      'ferdinand-marcos-jr',
    );
  });

  it('finds European politicians, and a common surname only after the full name (people-europe-3)', () => {
    expect(people('Kemi Badenoch en Nigel Farage debatteerden. Farage won. Martin zweeg.', 'nl')).toEqual([
      ['Kemi Badenoch', 'kemi-badenoch'],
      ['Nigel Farage', 'nigel-farage'],
      ['Farage', 'nigel-farage'],
    ]);
    expect(people('Taoiseach Micheál Martin met Simon Harris. Martin said little.', 'en').map((m) => m[1])).toEqual([
      'micheal-martin',
      'simon-harris',
      'micheal-martin',
    ]);
  });

  it('finds Asia-Pacific figures by their full names, and no "Kim", "Li" or "Singh" alone (people-asia-pacific)', () => {
    expect(people('Kim Yo Jong warned Seoul. Aung San Suu Kyi stays detained; Suu Kyi is 80.', 'en')).toEqual([
      ['Kim Yo Jong', 'kim-yo-jong'],
      ['Aung San Suu Kyi', 'aung-san-suu-kyi'],
      ['Suu Kyi', 'aung-san-suu-kyi'],
    ]);
    expect(people('Kim, Li and Singh did not comment.', 'en')).toEqual([]);
  });
});
