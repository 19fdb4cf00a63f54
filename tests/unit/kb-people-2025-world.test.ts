import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The people of `people-us-2.json` (US Congress and cabinet) and `people-world-3.json` (leaders
 * and officials elsewhere) through the real knowledge base: named in full, then by surname; a
 * common surname alone stays unmarked, and a Dutch adjective shaped like a surname is no person.
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
});
