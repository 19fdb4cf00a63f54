import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Aircraft, missiles and vehicles of `src/kb/data/weapons-aircraft.json` through the real knowledge
 * base: names that are everyday words (an Apache, a boxer, Hercules, Excalibur, the Reaper) are found
 * only with their model number or a type word.
 */
describe('aircraft and weapons (weapons-aircraft)', () => {
  const r = realRecogniser();
  const terms = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01', 'term').map(([, id]) => id);

  it('finds them with a model number or a type word', () => {
    expect(terms('Russia fired a Zircon from a Tu-95 while an A-50 watched; an MQ-9 Reaper circled.', 'en')).toEqual([
      '3m22-zircon',
      'tu-95',
      'beriev-a-50',
      'mq-9-reaper',
    ]);
    expect(
      terms('Nederland koopt Apache-helikopters en Boxer-pantservoertuigen; verarmd uranium blijft omstreden.', 'nl'),
    ).toEqual(['ah-64-apache', 'boxer-armoured-vehicle', 'depleted-uranium-ammunition']);
  });

  it('leaves the everyday words alone', () => {
    expect(
      terms(
        'The Apache web server crashed. A boxer won. Hercules slew the lion; Excalibur lay in the stone. Poseidon ruled the sea.',
        'en',
      ),
    ).toEqual([]);
  });
});
