/**
 * German writes every noun with a capital, so a surname may be a noun ("Frieden", "Fischer",
 * "Weber"): `german-nouns.ts`, asked by the name finder and for the knowledge base's surnames; and a
 * bare surname found by a cue belongs to the knowledge-base person named in full whose entry
 * declares no surname (`inferred-people.ts`).
 */
import { describe, expect, it } from 'vitest';
import { realRecogniser } from './helpers';

const r = realRecogniser();
const people = (text: string, lang = 'de') =>
  r
    .recognise(text, { lang, date: '2025-03-10' })
    .filter((m) => m.category === 'person')
    .map((m) => [m.text, m.entityId ?? m.name]);

describe('a German surname that is also a noun', () => {
  it('is the noun with an article, or without a cue in a text that writes it with one', () => {
    expect(
      people(
        'Premierminister Luc Frieden forderte einen gerechten Frieden. Frieden sei nur mit Stärke möglich, sagte Frieden. Ohne Frieden gebe es keinen Wohlstand.',
      ),
    ).toEqual([
      ['Luc Frieden', 'luc-frieden'],
      ['Frieden', 'luc-frieden'],
    ]);
  });

  it('"der Fischer aus Rügen" is a fisherman after Joschka Fischer; "Fischer sagte" is still him', () => {
    expect(
      people(
        'Außenminister Joschka Fischer verteidigte den Einsatz. Der Fischer aus Rügen fing Hering. Fischer sagte, er bleibe.',
      ),
    ).toEqual([
      ['Joschka Fischer', 'Joschka Fischer'],
      ['Fischer', 'Joschka Fischer'],
    ]);
  });

  it('a surname the knowledge base declares is not the person with an article either', () => {
    expect(people('Bundeskanzler Friedrich Merz sprach. Merz sagte, der Merz von früher sei vorbei.').map(([t]) => t)).toEqual([
      'Friedrich Merz',
      'Merz',
    ]);
  });

  it('in Dutch and English, nothing changes: Dutch writes nouns in lowercase', () => {
    expect(people('Joschka Fischer sprak. De Fischer-doctrine. Fischer zei dat hij bleef.', 'nl')).toEqual([
      ['Joschka Fischer', 'Joschka Fischer'],
      ['Fischer', 'Joschka Fischer'],
    ]);
  });
});

describe('a bare surname found by a cue, of a knowledge-base person named in full without a declared surname', () => {
  it('is that person, not a second one of the same name', () => {
    expect(people('Foreign Minister Penny Wong met her counterpart. "We will work together," said Wong.', 'en')).toEqual([
      ['Penny Wong', 'penny-wong'],
      ['Wong', 'penny-wong'],
    ]);
  });
});
