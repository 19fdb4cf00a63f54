import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Defence funds, treaties, alliances and Russian strategic weapons of
 * `src/kb/data/security-terms-4.json` through the real knowledge base: found as news writes them,
 * and not in the everyday words some are named after (a grey zone, a quad bike, the god Poseidon).
 */
describe('defence funds, treaties, forces and strategic weapons (security-terms-4)', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01').map(([, id]) => id);

  it('finds them by their names in each language', () => {
    expect(ids('Het Europees Defensiefonds betaalt mee; de Five Eyes delen inlichtingen over het Globale Zuiden.', 'nl')).toEqual(
      ['european-defence-fund', 'five-eyes', 'global-south'],
    );
    expect(
      ids('Putin unveiled Sarmat, Burevestnik and the Poseidon nuclear torpedo after the US left the ABM Treaty.', 'en'),
    ).toEqual(expect.arrayContaining(['rs-28-sarmat', '9m730-burevestnik', 'poseidon-torpedo', 'anti-ballistic-missile-treaty']));
    expect(ids('Le traité d’Aix-la-Chapelle et le Corps européen à Strasbourg.', 'fr')).toEqual(
      expect.arrayContaining(['treaty-of-aachen', 'eurocorps']),
    );
  });

  it('leaves the everyday words alone', () => {
    expect(ids('The statue of Poseidon stood in a grey zone of the park.', 'en')).not.toEqual(
      expect.arrayContaining(['poseidon-torpedo']),
    );
    expect(ids('The statue of Poseidon stood in a grey zone of the park.', 'en')).not.toContain('grey-zone-warfare');
    expect(ids('Er fuhr mit dem Quad über den Strand.', 'de')).not.toContain('quadrilateral-security-dialogue');
  });
});
