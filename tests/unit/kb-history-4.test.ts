import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

/**
 * Historical references of `src/kb/data/history-4.json` (détente, containment, Able Archer, the
 * Peace of Westphalia, Verdun, the Hunger Winter, Maastricht, the European Defence Community ...)
 * through the real knowledge base: found as news writes them, and not in the places and everyday
 * words they are named after (Waterloo the town, a German "Blitz", a French "détente" of a rifle).
 */
describe('historical references of commentary on war and Europe (history-4)', () => {
  const r = realRecogniser();
  const history = (text: string, lang: string) => mentionIds(r, text, lang, '2025-03-01', 'history');

  it('finds them by their names in each language', () => {
    expect(
      history('Na de Hongerwinter en de Slag om Verdun kwamen de Schumanverklaring en de Europese Defensiegemeenschap.', 'nl'),
    ).toEqual([
      ['Hongerwinter', 'dutch-famine-of-1944-45'],
      ['Slag om Verdun', 'battle-of-verdun'],
      ['Schumanverklaring', 'schuman-declaration'],
      ['Europese Defensiegemeenschap', 'european-defence-community'],
    ]);
    expect(history('Able Archer 83 tested détente; the Harmel Report had joined deterrence and dialogue.', 'en')).toEqual([
      ['Able Archer 83', 'able-archer-83'],
      ['détente', 'detente'],
      ['Harmel Report', 'harmel-report'],
    ]);
    expect(history('Seit dem Westfälischen Frieden und dem Vertrag von Rapallo ...', 'de')).toEqual([
      ['Westfälischen Frieden', 'peace-of-westphalia'],
      ['Vertrag von Rapallo', 'treaty-of-rapallo-1922'],
    ]);
  });

  it('tells the Red Army from the Red Army Faction, in any case of the German adjective', () => {
    expect(history('Die Soldaten der Roten Armee erreichten Berlin. Die Rote Armee Fraktion ermordete Schleyer.', 'de')).toEqual([
      ['Roten Armee', 'red-army'],
      ['Rote Armee Fraktion', 'red-army-faction'],
    ]);
    expect(history('Het Rode Leger bevrijdde Auschwitz.', 'nl')).toContainEqual(['Rode Leger', 'red-army']);
  });

  it('leaves the places and everyday words alone', () => {
    expect(history('Waterloo lies south of Brussels; Verdun is a town on the Meuse. A media blitz followed.', 'en')).toEqual([]);
    expect(history('Ein Blitz schlug in die Kirche ein.', 'de')).toEqual([]);
    expect(history('Il a appuyé sur la détente du fusil.', 'fr')).toEqual([]);
  });
});

/** `src/kb/data/history.json`: the Munich and Yalta that commentary invokes, not the cities. */
describe('"a new Yalta", "un nouveau Munich": a city standing for its conference', () => {
  const r = realRecogniser();
  const ids = (text: string, lang: string) => mentionIds(r, text, lang, '2025-03-01').map(([, id]) => id);

  it('is the conference after "new", "second", "another", and in the French "esprit munichois"', () => {
    expect(ids('Europa vreest een nieuw Jalta. Critici spreken van een tweede München.', 'nl')).toEqual([
      'europe',
      'yalta-conference',
      'munich-agreement',
    ]);
    expect(ids('Kritiker warnen vor einem neuen München und einem zweiten Jalta.', 'de')).toEqual([
      'munich-agreement',
      'yalta-conference',
    ]);
    expect(ids('Il dénonce l’esprit munichois.', 'fr')).toEqual(['munich-agreement']);
  });

  it('is the city otherwise, and a new building in it stays the city', () => {
    expect(ids('The new Munich airport opened in 1992.', 'en')).toEqual(['munich']);
  });
});
