import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Ukrainian ministers, commanders and mayors and European leaders of
 * `src/kb/data/people-europe-ukraine-6.json` through the real knowledge base: distinctive surnames
 * alone, common ones ("Fedorov", "Klymenko") only after the full name.
 */
describe('Ukrainian officials and European leaders (people-europe-ukraine-6)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01', 'person').map(([, id]) => id);

  it('finds distinctive surnames alone', () => {
    expect(people('Maliuk, Dendias, Nehammer and Šimonytė spoke; Bettel listened.', 'en')).toEqual([
      'vasyl-maliuk',
      'nikos-dendias',
      'karl-nehammer',
      'ingrida-simonyte',
      'xavier-bettel',
    ]);
  });

  it('common surnames are theirs only after the full name', () => {
    expect(people('Fedorov and Klymenko were mentioned.', 'en')).toEqual([]);
    expect(people('Mykhailo Fedorov asked for Starlink. Fedorov said it worked.', 'en')).toEqual([
      'mykhailo-fedorov',
      'mykhailo-fedorov',
    ]);
  });

  it('links Luxembourg prime ministers in order', () => {
    const bettel = r.entry('xavier-bettel')!;
    const pm = (bettel.facts ?? []).find((f) => f.type === 'role' && f.start === '2013-12-04');
    expect(pm && pm.type === 'role' ? [pm.predecessor, pm.successor] : []).toEqual(['jean-claude-juncker', 'luc-frieden']);
  });
});
