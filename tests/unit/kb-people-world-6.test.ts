import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Israeli, Iranian, Turkish, Sahel and Latin American leaders and two heads of international
 * bodies (`src/kb/data/people-world-6.json`) through the real knowledge base: distinctive
 * surnames alone (and "Tedros", whom news calls by his given name), common ones only after the
 * full name.
 */
describe('people in world security news (people-world-6)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01', 'person').map(([, id]) => id);

  it('finds distinctive surnames alone, and Tedros by his given name', () => {
    expect(people('Ghalibaf, Dermer, Bukele and Tedros spoke; Goïta and Tiani did not.', 'en')).toEqual([
      'mohammad-bagher-ghalibaf',
      'ron-dermer',
      'nayib-bukele',
      'tedros-adhanom-ghebreyesus',
      'assimi-goita',
      'abdourahamane-tiani',
    ]);
  });

  it('common surnames are theirs only after the full name, and the IDF chiefs follow each other', () => {
    // "Mr Traoré" is someone the name finder finds, not the knowledge base's Ibrahim Traoré.
    expect(people('Mr Traoré, a shopkeeper, met Halevi and Zamir at the market.', 'en')).toEqual([null]);
    expect(people('Eyal Zamir succeeded Herzi Halevi. Zamir then spoke.', 'en')).toEqual([
      'eyal-zamir',
      'herzi-halevi',
      'eyal-zamir',
    ]);
    const katz = r.entry('israel-katz')!;
    expect((katz.facts ?? []).some((f) => f.type === 'role' && f.successor === 'gideon-saar')).toBe(true);
  });
});
