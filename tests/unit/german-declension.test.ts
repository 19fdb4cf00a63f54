/**
 * German names of things in every case (`src/kb/german-declension.ts`, applied when the knowledge
 * base is compiled): the declined adjective before a capitalised word takes each ending.
 */
import { describe, expect, it } from 'vitest';
import { germanDeclensions } from '../../src/kb/german-declension';
import { mentionIds, realRecogniser } from './helpers';

describe('German declensions of a name', () => {
  it('gives the other endings of its adjectives, declined alike', () => {
    expect(germanDeclensions('Internationaler Strafgerichtshof')).toEqual([
      'Internationalem Strafgerichtshof',
      'Internationalen Strafgerichtshof',
      'Internationales Strafgerichtshof',
      'Internationale Strafgerichtshof',
    ]);
    expect(germanDeclensions('Ständige Strukturierte Zusammenarbeit')).toContain('Ständigen Strukturierten Zusammenarbeit');
    expect(germanDeclensions('Auswärtiges Amt')).toContain('Auswärtige Amt');
  });

  it('leaves alone what does not decline: city adjectives, articles, nouns, hyphened words, a last word', () => {
    for (const name of ['Berliner Mauer', 'Den Haag', 'Die Linke', 'Christlich-Soziale Union', 'Nord Stream', 'Bundeswehr'])
      expect(germanDeclensions(name)).toEqual([]);
  });

  it('lets the recogniser find every case of a name whose entry lists only some', () => {
    const r = realRecogniser();
    expect(
      mentionIds(
        r,
        'Der Internationale Strafgerichtshof erließ Haftbefehl; vor dem Internationalen Strafgerichtshof.',
        'de',
        '2025-04-01',
      ),
    ).toEqual([
      ['Internationale Strafgerichtshof', 'international-criminal-court'],
      ['Internationalen Strafgerichtshof', 'international-criminal-court'],
    ]);
  });
});
