import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// The monarchs and popes of src/kb/data/people-heads-of-state.json, through the real knowledge base.
const r = realRecogniser();
const people = (text: string, lang: string, date = '2025-06-01') => mentionIds(r, text, lang, date, 'person');

describe('people-heads-of-state: monarchs by title and name', () => {
  it('finds the Dutch and Belgian kings in Dutch and English', () => {
    expect(people('Koning Willem-Alexander ontving de leiders; ook koning Filip was er.', 'nl')).toEqual([
      ['Koning Willem-Alexander', 'willem-alexander'],
      ['koning Filip', 'king-philippe'],
    ]);
    expect(people('King Willem-Alexander hosted a dinner; King Philippe of Belgium attended.', 'en')).toEqual([
      ['King Willem-Alexander', 'willem-alexander'],
      ['King Philippe of Belgium', 'king-philippe'],
    ]);
  });

  it('finds Charles III as king and, before 2022, as Prince Charles; Elizabeth II', () => {
    expect(people('King Charles III met Keir Starmer.', 'en')).toEqual([
      ['King Charles III', 'charles-iii'],
      ['Keir Starmer', 'keir-starmer'],
    ]);
    expect(people('Prince Charles spoke about the climate.', 'en', '2019-05-01')).toEqual([['Prince Charles', 'charles-iii']]);
    expect(people('Le roi Charles III et la reine Elizabeth.', 'fr')).toEqual([
      ['roi Charles III', 'charles-iii'],
      ['reine Elizabeth', 'elizabeth-ii'],
    ]);
    // Édouard Philippe is not the Belgian king, and a bare Charles is no one here.
    expect(people('Édouard Philippe et Charles parlaient.', 'fr').map(([, id]) => id)).toEqual(['edouard-philippe']);
  });

  it('ships named after a queen are not the queen', () => {
    expect(people('The carrier HMS Queen Elizabeth sailed from Portsmouth.', 'en')).toEqual([]);
  });

  it('finds the popes, and another pope of the same name is someone else', () => {
    expect(people('Paus Franciscus riep op tot vrede. Daarna werd Leo XIV gekozen.', 'nl')).toEqual([
      ['Paus Franciscus', 'pope-francis'],
      ['Leo XIV', 'pope-leo-xiv'],
    ]);
    expect(people('Papst Franziskus und Papst Leo trafen sich nie.', 'de').map(([, id]) => id)).toEqual([
      'pope-francis',
      'pope-leo-xiv',
    ]);
    expect(people('Pope Leo XIII wrote Rerum Novarum.', 'en').map(([, id]) => id)).toEqual([null]);
  });

  it('finds the Danish and Spanish kings', () => {
    expect(people('King Frederik and King Felipe met in Madrid.', 'en')).toEqual([
      ['King Frederik', 'frederik-x'],
      ['King Felipe', 'felipe-vi'],
    ]);
  });
});
