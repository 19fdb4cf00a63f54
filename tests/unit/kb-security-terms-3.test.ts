import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The weapons, air defences and arms-control treaties of `src/kb/data/security-terms-3.json`
 * through the real knowledge base: found as news writes them, and never in the everyday words they
 * are named after (an arrow, a tomahawk, a typhoon, the mountain K2, a French "rafale" of wind).
 */
describe('air defence, weapons and arms control in the news (security-terms-3)', () => {
  const r = realRecogniser();
  const terms = (text: string, lang: string) => mentionIds(r, text, lang, '2025-07-01', 'term');

  it("finds the layers of Israel's air defence and the American systems", () => {
    expect(terms("Iron Dome, David's Sling and Arrow 3 intercepted the missiles; a THAAD battery helped.", 'en')).toEqual([
      ['Iron Dome', 'iron-dome'],
      ["David's Sling", 'davids-sling'],
      ['Arrow 3', 'arrow-3'],
      ['THAAD', 'thaad'],
    ]);
    expect(terms('B-2-bommenwerpers wierpen GBU-57-bommen op Fordow; Oekraïne vraagt om Tomahawk-raketten.', 'nl')).toEqual([
      ['B-2-bommenwerpers', 'b-2-spirit'],
      ['GBU-57', 'gbu-57'],
      ['Tomahawk-raketten', 'tomahawk-missile'],
    ]);
  });

  it('finds the treaties by their names in each language', () => {
    expect(
      terms(
        'Iran dreigt het non-proliferatieverdrag op te zeggen; Rusland trok de ratificatie van het kernstopverdrag in.',
        'nl',
      ),
    ).toEqual([
      ['non-proliferatieverdrag', 'non-proliferation-treaty'],
      ['kernstopverdrag', 'comprehensive-nuclear-test-ban-treaty'],
    ]);
    expect(terms('Russia withdrew from the CFE Treaty; Paris backs a two-state solution.', 'en')).toEqual([
      ['CFE Treaty', 'cfe-treaty'],
      ['two-state solution', 'two-state-solution'],
    ]);
  });

  it('leaves the everyday words alone', () => {
    expect(
      terms('An arrow pointed north. He swung a tomahawk. Typhoon Haiyan hit; climbers reached the top of K2.', 'en'),
    ).toEqual([]);
    expect(terms('Er schwang seinen Tomahawk.', 'de')).toEqual([]);
    expect(terms('Une rafale de vent a renversé les chaises.', 'fr')).toEqual([]);
  });
});
