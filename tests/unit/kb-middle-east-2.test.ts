import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The organisations, places and accords of `src/kb/data/middle-east-2.json` through the real
 * knowledge base, in each language, and not inside other names ("Mount Sinai Hospital").
 */
describe('Middle East organisations and places (middle-east-2)', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-10-13').map((m) => m[1]);

  it('finds them by their names in each language', () => {
    expect(
      ids('Trump sprak in de Knesset; de Palestijnse Autoriteit en Fatah; de Straat van Hormuz en de Golanhoogvlakte.', 'nl'),
    ).toEqual(['donald-trump', 'knesset', 'palestinian-authority', 'fatah', 'strait-of-hormuz', 'golan-heights']);
    expect(ids("Tsahal frappe; l'Autorité palestinienne; le détroit d'Ormuz; l'OPEP.", 'fr')).toEqual([
      'israel-defense-forces',
      'palestinian-authority',
      'strait-of-hormuz',
      'opec',
    ]);
    expect(ids('Die Arabische Liga tagte in Scharm el-Scheich; US-Bomber trafen Fordo.', 'de')).toEqual([
      'arab-league',
      'sharm-el-sheikh',
      'united-states',
      'fordow',
    ]);
  });

  it("is not the peninsula inside a mountain's or a hospital's name", () => {
    expect(ids('She was treated at Mount Sinai Hospital. Egypt sent troops into Sinai.', 'en')).toEqual([
      'egypt',
      'sinai-peninsula',
    ]);
  });
});
