import { describe, expect, it } from 'vitest';
import { miniRecogniser } from './helpers';

const rec = miniRecogniser();
const run = (text: string, lang = 'nl', date: string | null = '2022-04-06') =>
  rec.recognise(text, { lang, date }).map((m) => [m.text, m.entityId]);

describe('knowledge-base matching', () => {
  it('matches names, Dutch genitives and diacritic-free spellings', () => {
    expect(run('Vladimir Poetin zei dat. Poetins ambitie bleef.')).toEqual([
      ['Vladimir Poetin', 'vladimir-putin'],
      ['Poetins', 'vladimir-putin'],
    ]);
    expect(run('Maar Milosevic had geen kernwapens.')).toEqual([['Milosevic', 'slobodan-milosevic']]);
  });

  it('finds entities at the head of hyphenated and declared closed compounds', () => {
    expect(run('De NAVO-landen en de NAVO-chef.')).toEqual([
      ['NAVO', 'nato'],
      ['NAVO', 'nato'],
    ]);
    expect(run('Sovjettanks uit Polen.')).toEqual([['Sovjet', 'soviet-union']]);
    // A compound head must leave a real word behind: "Sovjet" alone is not a compound.
    expect(run('de sovjet.')).toEqual([]);
  });

  it('keeps case as evidence: a capitalised form needs a capitalised word', () => {
    expect(run('de navo-landen')).toEqual([]);
    expect(run('Rode lijn of rode lijn.')).toEqual([
      ['Rode lijn', 'red-line'],
      ['rode lijn', 'red-line'],
    ]);
  });

  it('links a bare surname after the full name, and not before it unless the entry allows it', () => {
    expect(run('Stoltenberg sprak. Jens Stoltenberg sprak. Stoltenberg herhaalde.')).toEqual([
      ['Jens Stoltenberg', 'jens-stoltenberg'],
      ['Stoltenberg', 'jens-stoltenberg'],
    ]);
    expect(run('Rutte sprak.', 'nl', '2025-01-01')).toEqual([['Rutte', 'mark-rutte']]);
  });

  it('does not link an event to an article written before it happened', () => {
    expect(run('Boetsja ligt bij Kyiv.', 'nl', '2020-01-01')).toEqual([]);
    expect(run('Boetsja ligt bij Kyiv.', 'nl', '2022-04-06')).toEqual([['Boetsja', 'bucha-massacre']]);
  });

  it('handles soft hyphens, non-breaking spaces and typographic apostrophes', () => {
    expect(run('Vladimir\u00a0Poe\u00adtin en Poetin’s plan', 'nl')).toEqual([
      ['Vladimir\u00a0Poe\u00adtin', 'vladimir-putin'],
      ['Poetin', 'vladimir-putin'],
    ]);
  });

  it('reports offsets that index the text', () => {
    const text = 'In de NAVO-corridors sprak Jens Stoltenberg over Rusland.';
    for (const m of rec.recognise(text, { lang: 'nl', date: null })) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
