import { describe, expect, it } from 'vitest';
import { compileFromSources } from '../../src/node/kb-sources';
import { Recogniser } from '../../src/core/recognise/recogniser';
import { toIndex } from '../../src/kb/compile';
import { decodeIndex, encodeIndex, indexJson } from '../../src/kb/kb-files';
import { mentionIds, realRecogniser } from './helpers';

// Dutch and Belgian political parties (src/kb/data/orgs-security.json), through the real
// knowledge base, with the readings they must not take.
const r = realRecogniser();
const orgs = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'org');

describe('Dutch parties (real knowledge base)', () => {
  it('finds each party by its usual name in a Dutch sentence', () => {
    expect(
      orgs('De VVD, NSC en BBB steunden het kabinet; GroenLinks-PvdA, D66, het CDA, de SP, JA21 en FvD niet.', 'nl'),
    ).toEqual([
      ['VVD', 'vvd'],
      ['NSC', 'new-social-contract'],
      ['BBB', 'farmer-citizen-movement'],
      ['GroenLinks-PvdA', 'groenlinks-pvda'],
      ['D66', 'd66'],
      ['CDA', 'cda'],
      ['SP', 'socialist-party-netherlands'],
      ['JA21', 'ja21'],
      ['FvD', 'forum-for-democracy'],
    ]);
  });

  it('finds the full names and the short forms of the joint list', () => {
    expect(
      orgs(
        'Nieuw Sociaal Contract, de BoerBurgerBeweging, Forum voor Democratie en de Volkspartij voor Vrijheid en Democratie.',
        'nl',
      ),
    ).toEqual([
      ['Nieuw Sociaal Contract', 'new-social-contract'],
      ['BoerBurgerBeweging', 'farmer-citizen-movement'],
      ['Forum voor Democratie', 'forum-for-democracy'],
      ['Volkspartij voor Vrijheid en Democratie', 'vvd'],
    ]);
    expect(orgs('GL-PvdA en GL/PvdA stemden tegen; vroeger deden GroenLinks en de PvdA dat apart.', 'nl')).toEqual([
      ['GL-PvdA', 'groenlinks-pvda'],
      ['GL/PvdA', 'groenlinks-pvda'],
      ['GroenLinks', 'groenlinks'],
      ['PvdA', 'labour-party-netherlands'],
    ]);
  });

  it('finds party compounds and plurals ("VVD\'ers", "SP\'ers", "BBB-leider")', () => {
    expect(orgs("VVD'ers, D66'ers en SP'ers; een CDA-Kamerlid en BBB-leider Van der Plas.", 'nl')).toEqual([
      ['VVD', 'vvd'],
      ['D66', 'd66'],
      ['SP', 'socialist-party-netherlands'],
      ['CDA', 'cda'],
      ['BBB', 'farmer-citizen-movement'],
    ]);
  });

  it('finds them in English, French and German where the form differs', () => {
    expect(orgs('New Social Contract and the Farmer-Citizen Movement joined; D66 and the VVD and FvD.', 'en')).toEqual([
      ['New Social Contract', 'new-social-contract'],
      ['Farmer-Citizen Movement', 'farmer-citizen-movement'],
      ['D66', 'd66'],
      ['VVD', 'vvd'],
      ['FvD', 'forum-for-democracy'],
    ]);
    expect(orgs('Die BauerBürgerBewegung und das Forum für Demokratie.', 'de')).toEqual([
      ['BauerBürgerBewegung', 'farmer-citizen-movement'],
      ['Forum für Demokratie', 'forum-for-democracy'],
    ]);
    expect(orgs('Le Forum pour la démocratie et la VVD.', 'fr')).toEqual([
      ['Forum pour la démocratie', 'forum-for-democracy'],
      ['VVD', 'vvd'],
    ]);
  });

  it('takes "SP" and "BBB" only in capitals: "Sp" and "Bbb" are no party', () => {
    expect(orgs('De Sp is geen partij en Bbb evenmin.', 'nl')).toEqual([]);
  });

  it('reads the all-caps "FvD" only as written with its inner capital', () => {
    expect(orgs('Fvd en FVD, maar FvD.', 'nl')).toEqual([['FvD', 'forum-for-democracy']]);
  });

  it('does not take the US National Security Council ("the NSC") for the Dutch party on English pages', () => {
    expect(orgs('The NSC met at the White House. The National Security Council (NSC) discussed Iran.', 'en')).toEqual([
      ['White House', 'white-house'],
    ]);
    expect(orgs('Der NSC der USA tagte.', 'de')).toEqual([]);
  });

  it('leaves the Swiss "SP" and a credit rating "BBB" alone outside Dutch pages', () => {
    expect(orgs('Die SP der Schweiz fordert mehr Geld.', 'de')).toEqual([]);
    expect(orgs('Italy is rated BBB by the agency. The SP opposed.', 'en')).toEqual([]);
  });

  it('does not take the Spanish PSOE or the German SPD for the SP', () => {
    expect(orgs('De Spaanse PSOE en de Duitse SPD.', 'nl')).toEqual([['SPD', 'spd']]);
  });
});

describe('Belgian parties (real knowledge base)', () => {
  it('finds each party by its usual name in a Dutch sentence', () => {
    expect(orgs('De N-VA, Vooruit en CD&V traden toe; Vlaams Belang, Open VLD en de PVDA bleven in de oppositie.', 'nl')).toEqual(
      [
        ['N-VA', 'n-va'],
        ['Vooruit', 'vooruit'],
        ['CD&V', 'cd-and-v'],
        ['Vlaams Belang', 'vlaams-belang'],
        ['Open VLD', 'open-vld'],
        ['PVDA', 'workers-party-of-belgium'],
      ],
    );
  });

  it('finds the other spellings: "Open Vld", "VLD", "PVDA-PTB", "Nieuw-Vlaamse Alliantie"', () => {
    expect(orgs('Open Vld, de VLD van toen, de PVDA-PTB en de Nieuw-Vlaamse Alliantie.', 'nl')).toEqual([
      ['Open Vld', 'open-vld'],
      ['VLD', 'open-vld'],
      ['PVDA-PTB', 'workers-party-of-belgium'],
      ['Nieuw-Vlaamse Alliantie', 'n-va'],
    ]);
  });

  it('finds them in French, PTB included', () => {
    expect(orgs('Le PTB, la N-VA de Bart De Wever, le Vlaams Belang et le CD&V.', 'fr')).toEqual([
      ['PTB', 'workers-party-of-belgium'],
      ['N-VA', 'n-va'],
      ['Vlaams Belang', 'vlaams-belang'],
      ['CD&V', 'cd-and-v'],
    ]);
  });

  it('reads "sp.a" and "SP.A", the old name of Vooruit, as Vooruit and not as the Dutch SP', () => {
    expect(orgs('De sp.a heette eerst SP.A; een Sp.a-voorzitter.', 'nl')).toEqual([
      ['sp.a', 'vooruit'],
      ['SP.A', 'vooruit'],
      ['Sp.a', 'vooruit'],
    ]);
  });

  it('leaves the everyday word "vooruit" alone in lowercase', () => {
    expect(orgs('Het land moet vooruit en de economie gaat vooruit.', 'nl')).toEqual([]);
  });

  it('leaves "Vooruit" opening a sentence alone unless the article is about Belgian politics', () => {
    expect(orgs('Vooruit, zei hij, dat is de enige weg. Vooruit dan maar.', 'nl')).toEqual([]);
    expect(orgs('Vooruit wil meer geld voor defensie. De Vlaamse socialisten zitten in de federale regering.', 'nl')).toEqual([
      ['Vooruit', 'vooruit'],
    ]);
  });

  it('takes the hyphen of "N-VA" and the ampersand of "CD&V" literally, in compounds too', () => {
    expect(orgs('De N-VA-voorzitter en een CD&V-minister. Geen CD V en geen N VA.', 'nl')).toEqual([
      ['N-VA', 'n-va'],
      ['CD&V', 'cd-and-v'],
    ]);
  });
});

describe('Dutch PvdA and Belgian PVDA: the same letters in different case', () => {
  it('reads "PvdA" as the Dutch party and "PVDA" as the Belgian one, even side by side', () => {
    expect(orgs('De PvdA-leider sprak met de PVDA in Antwerpen.', 'nl')).toEqual([
      ['PvdA', 'labour-party-netherlands'],
      ['PVDA', 'workers-party-of-belgium'],
    ]);
    // An article about Belgium (which the Belgian party relates to) does not turn "PvdA" Belgian.
    expect(orgs('In België haalde de PVDA veel stemmen; de Nederlandse PvdA niet.', 'nl')).toEqual([
      ['PVDA', 'workers-party-of-belgium'],
      ['PvdA', 'labour-party-netherlands'],
    ]);
  });

  it('gives "PvdA" no second reading', () => {
    const [m] = r.recognise('De PvdA stemde tegen.', { lang: 'nl', date: '2025-05-01' });
    expect(m?.entityId).toBe('labour-party-netherlands');
    expect(m?.alternatives).toBeUndefined();
  });

  it('keeps the distinction in the index the content script loads', () => {
    const file = JSON.parse(indexJson(encodeIndex(toIndex(compileFromSources())))) as ReturnType<typeof encodeIndex>;
    const fromIndex = new Recogniser(decodeIndex(file));
    expect(mentionIds(fromIndex, 'De PvdA en de PVDA.', 'nl', '2025-05-01', 'org')).toEqual([
      ['PvdA', 'labour-party-netherlands'],
      ['PVDA', 'workers-party-of-belgium'],
    ]);
  });

  it('still reads a capitalised four-letter abbreviation in any case ("Navo", "NAVO")', () => {
    expect(orgs('De Navo en de NAVO.', 'nl')).toEqual([
      ['Navo', 'nato'],
      ['NAVO', 'nato'],
    ]);
  });
});
