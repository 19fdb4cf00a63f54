import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * NATO's commands, bodies and programmes, the EU's missions and the regional groups and export
 * regimes of `src/kb/data/nato-eu-structures.json` through the real knowledge base: found as news
 * writes them, and not where their names are ordinary words or someone else's ("in good shape",
 * Princess Diana, Atalanta Bergamo, a V4 engine).
 */
describe('NATO and EU structures (nato-eu-structures)', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01').map(([, id]) => id);

  it('finds them by their names', () => {
    expect(ids('SACEUR spoke at SHAPE in Mons; JFC Brunssum leads the exercise with Baltic Air Policing jets.', 'en')).toEqual(
      expect.arrayContaining(['shape', 'allied-joint-force-command-brunssum', 'baltic-air-policing']),
    );
    expect(ids('De EU-missie EUMAM Ukraine en operatie Atalanta lopen door; ook de Visegrádgroep vergaderde.', 'nl')).toEqual(
      expect.arrayContaining(['eumam-ukraine', 'operation-atalanta']),
    );
  });

  it('leaves the ordinary words and other people alone', () => {
    expect(ids('NATO ministers met. Shape up or ship out, he told the team; the army is in good shape.', 'en')).not.toContain(
      'shape',
    );
    expect(ids('Princess Diana visited NATO troops in Bosnia. Diana said little.', 'en')).not.toContain('nato-diana');
    expect(ids('Atalanta won 2-1 against Napoli.', 'en')).toEqual([]);
    expect(ids('The V4 engine roars.', 'en')).toEqual([]);
  });
});
