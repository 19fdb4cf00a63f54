import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * The second von der Leyen Commission and the heads of the ECB, the IMF, the EIB and the WTO
 * (`src/kb/data/people-eu-commission.json`) through the real knowledge base: full names, distinctive
 * surnames alone, and common surnames only after the full name.
 */
describe('the European Commission and the heads of economic institutions (people-eu-commission)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string) => mentionIds(r, text, lang, '2025-05-01', 'person');

  it('finds them by full name, and by a distinctive surname written with or without its accents', () => {
    expect(people('Handelscommissaris Maroš Šefčovič vloog naar Washington. Sefcovic sprak er met Lutnick.', 'nl')).toEqual([
      ['Maroš Šefčovič', 'maros-sefcovic'],
      ['Sefcovic', 'maros-sefcovic'],
      ['Lutnick', 'howard-lutnick'],
    ]);
    expect(people('Lagarde and Georgieva spoke in Washington; Calviño listened.', 'en')).toEqual([
      ['Lagarde', 'christine-lagarde'],
      ['Georgieva', 'kristalina-georgieva'],
      ['Calviño', 'nadia-calvino'],
    ]);
  });

  it('a common surname is theirs only after the full name', () => {
    expect(people('Kos and Brunner were in Brussels.', 'en').filter(([, id]) => id !== null)).toEqual([]);
    expect(people('Commissioner Magnus Brunner presented the plan. Brunner said it would work.', 'en')).toEqual([
      ['Magnus Brunner', 'magnus-brunner'],
      ['Brunner', 'magnus-brunner'],
    ]);
  });
});
