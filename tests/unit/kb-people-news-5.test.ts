import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Russian officials and dissidents, Trump's circle, and European politicians and commanders of
 * `src/kb/data/people-news-5.json` through the real knowledge base: distinctive surnames alone, in
 * each language's spelling, and common surnames only after the full name.
 */
describe('people in the news, fifth batch (people-news-5)', () => {
  const r = realRecogniser();
  const people = (text: string, lang: string, date = '2025-06-01') => mentionIds(r, text, lang, date, 'person');

  it('finds distinctive surnames alone, as each language spells them', () => {
    expect(people('Sobjanin en Wolodin steunen de oorlog; Kara-Moerza zat vast.', 'nl').map(([, id]) => id)).toEqual([
      'sergei-sobyanin',
      'vyacheslav-volodin',
      'vladimir-kara-murza',
    ]);
    expect(
      people('Heusgen und Ischinger leiteten die Sicherheitskonferenz; Röttgen und Freuding sprachen.', 'de').map(([, id]) => id),
    ).toEqual(['christoph-heusgen', 'wolfgang-ischinger', 'norbert-rottgen', 'christian-freuding']);
  });

  it('common surnames are theirs only after the full name', () => {
    expect(people('Haley, Wiles and Landau were in the news; Carlson spoke.', 'en')).toEqual([]);
    expect(people('Susie Wiles runs the White House. Wiles decides who sees Trump.', 'en')).toEqual([
      ['Susie Wiles', 'susie-wiles'],
      ['Wiles', 'susie-wiles'],
      ['Trump', 'donald-trump'],
    ]);
  });

  it('gives the French defence chief of the article date: Burkhard until August 2025, then Mandon', () => {
    const chief = (date: string) =>
      r
        .recognise('Le chef d’état-major des armées Thierry Burkhard a parlé.', { lang: 'fr', date })
        .find((m) => m.entityId === 'thierry-burkhard');
    expect(chief('2024-05-01')?.entityId).toBe('thierry-burkhard');
    const burkhard = r.entry('thierry-burkhard')!;
    const cema = (burkhard.facts ?? []).find((f) => f.type === 'role' && f.start === '2021-07-22');
    expect(cema && cema.type === 'role' ? [cema.end, cema.successor] : []).toEqual(['2025-08-31', 'fabien-mandon']);
  });
});
