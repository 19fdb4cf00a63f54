import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Thinkers, rulers and statesmen of the past that commentary on war cites, and a few recent
 * figures (`src/kb/data/people-history-2.json`), through the real knowledge base: distinctive
 * surnames alone, and surnames that are words or common ("Major", "Schmidt", "Kant") only after the
 * full name.
 */
describe('thinkers, rulers and statesmen of the past (people-history-2)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-03-01', 'person');

  it('finds the distinctive surnames alone, in each language’s spelling', () => {
    expect(people('Clausewitz wrote that war is politics by other means; Machiavelli and Hobbes agreed.', 'en')).toEqual([
      ['Clausewitz', 'carl-von-clausewitz'],
      ['Machiavelli', 'niccolo-machiavelli'],
      ['Hobbes', 'thomas-hobbes'],
    ]);
    expect(people('Doegin en Solzjenitsyn droomden van een groot Rusland; Politkovskaja schreef erover.', 'nl')).toEqual([
      ['Doegin', 'aleksandr-dugin'],
      ['Solzjenitsyn', 'aleksandr-solzhenitsyn'],
      ['Politkovskaja', 'anna-politkovskaya'],
    ]);
    expect(people('Peter de Grote stichtte Sint-Petersburg; Catharina II nam de Krim.', 'nl')).toEqual([
      ['Peter de Grote', 'peter-the-great'],
      ['Catharina II', 'catherine-the-great'],
    ]);
  });

  it('common surnames and words are theirs only after the full name', () => {
    expect(
      people('The Conservative party met in Downing Street. Major changes are coming, the prime minister said.', 'en'),
    ).toEqual([]);
    expect(people('Sir John Major backed the treaty. Major called it a success.', 'en')).toEqual([
      ['Sir John Major', 'john-major'],
      ['Major', 'john-major'],
    ]);
    expect(people('Kant schreef over de eeuwige vrede. Hij stond aan de kant van de weg.', 'nl')).toEqual([]);
  });

  it('keeps Napoleon III apart from Napoleon', () => {
    expect(people('Napoleon III ruled France long after Napoleon lost at Waterloo.', 'en').map(([, id]) => id)).toEqual([
      'napoleon-bonaparte',
    ]);
  });
});
