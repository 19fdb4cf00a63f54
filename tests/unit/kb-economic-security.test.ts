import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Chips, rare earths, tariffs and the institutions of economic security
 * (`src/kb/data/economic-security.json`) through the real knowledge base: found as news writes
 * them, and not in the words they share with other things ("Fed up", a Norwegian bank "DNB",
 * Dutch Liberation Day).
 */
describe('economic security (economic-security)', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-06-01').map(([, id]) => id);

  it('finds them as news writes them', () => {
    expect(
      ids('ASML mag minder verkopen aan China; ook Nexperia en de DNB maken zich zorgen over zeldzame aarden.', 'nl'),
    ).toEqual(['asml', 'china', 'nexperia', 'de-nederlandsche-bank', 'rare-earths']);
    expect(ids('The Fed held interest rates as Liberation Day tariffs hit TSMC and Huawei.', 'en')).toEqual([
      'federal-reserve',
      'liberation-day-tariffs',
      'tsmc',
      'huawei',
    ]);
  });

  it('picks the Chips Act by context: Brussels or Washington', () => {
    expect(ids('De Europese Commissie wil de Chips Act herzien.', 'nl')).toContain('european-chips-act');
    expect(ids('Biden signed the Chips Act in 2022.', 'en')).toContain('chips-and-science-act');
  });

  it('leaves the other meanings alone', () => {
    expect(ids('Fed up with the delays, the players left.', 'en')).toEqual([]);
    expect(ids('Norway’s largest bank, DNB, raised its forecast.', 'en')).not.toContain('de-nederlandsche-bank');
    expect(ids('Op Bevrijdingsdag, Liberation Day, vieren we 5 mei.', 'nl')).not.toContain('liberation-day-tariffs');
  });
});
