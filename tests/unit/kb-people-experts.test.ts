import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Historians, analysts and commentators that op-eds on Russia, Ukraine and NATO quote
 * (`src/kb/data/people-experts.json`) through the real knowledge base: distinctive surnames alone,
 * common ones ("Friedman", "Major", "Grand") only after the full name.
 */
describe('experts and commentators (people-experts)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01', 'person');

  it('finds them by full name, and distinctive surnames alone', () => {
    expect(people('Volgens historicus Serhii Plokhy en Sönke Neitzel duurt de oorlog lang; Harari is somberder.', 'nl')).toEqual([
      ['Serhii Plokhy', 'serhii-plokhy'],
      ['Sönke Neitzel', 'sonke-neitzel'],
      ['Harari', 'yuval-noah-harari'],
    ]);
  });

  it('common surnames are theirs only after the full name', () => {
    const ids = (text: string) => people(text, 'en').map(([, id]) => id);
    expect(ids('Milton Friedman wrote on money. Major changes came. A grand plan failed.')).not.toEqual(
      expect.arrayContaining(['thomas-friedman', 'claudia-major', 'camille-grand']),
    );
    expect(ids('Claudia Major warned about Europe. Major said NATO must prepare.')).toEqual(['claudia-major', 'claudia-major']);
  });
});
