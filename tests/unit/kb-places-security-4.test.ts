import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Border towns, islands, bases and sites of the wars in the news (`src/kb/data/places-security-4.json`)
 * through the real knowledge base, in each language's spelling.
 */
describe('places of security news (places-security-4)', () => {
  const r = realRecogniser();
  const places = (text: string, lang: string) => mentionIds(r, text, lang, '2025-07-01', 'place');

  it('finds the Baltic and Arctic places', () => {
    expect(
      places('Narva ligt aan de grens; Zweden versterkt Gotland, Denemarken Bornholm, Noorwegen Spitsbergen.', 'nl'),
    ).toEqual([
      ['Narva', 'narva'],
      ['Zweden', 'sweden'],
      ['Gotland', 'gotland'],
      ['Denemarken', 'denmark'],
      ['Bornholm', 'bornholm'],
      ['Noorwegen', 'norway'],
      ['Spitsbergen', 'svalbard'],
    ]);
  });

  it('finds the places of the wars in Ukraine and the Middle East, spelled as each language writes them', () => {
    expect(places('Angriffe auf Berdjansk und Brjansk; Kämpfe in Chan Junis und Dschenin.', 'de').map(([, id]) => id)).toEqual([
      'berdiansk',
      'bryansk',
      'khan-younis',
      'jenin',
    ]);
    expect(places('Frappes à Ispahan et près de Bouchehr ; la base russe de Tartous.', 'fr').map(([, id]) => id)).toEqual([
      'isfahan',
      'bushehr',
      'tartus',
    ]);
    expect(places('Russian jets left Hmeimim air base near Latakia.', 'en').map(([, id]) => id)).toEqual([
      'hmeimim-air-base',
      'latakia',
    ]);
  });
});
