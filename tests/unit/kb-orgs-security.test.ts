import { describe, expect, it } from 'vitest';
import { mentionIds, realRecogniser } from './helpers';

// Intelligence services, defence institutions and parties (src/kb/data/orgs-security.json),
// through the real knowledge base, with the readings they must not take.
const r = realRecogniser();
const orgs = (text: string, lang: string, date = '2025-05-01') => mentionIds(r, text, lang, date, 'org');

describe('intelligence services (real knowledge base)', () => {
  it('finds the American, British and Israeli services by their usual names', () => {
    expect(orgs('The CIA and the National Security Agency briefed allies. MI6 and GCHQ agreed; Mossad declined.', 'en')).toEqual([
      ['CIA', 'cia'],
      ['National Security Agency', 'nsa'],
      ['MI6', 'mi6'],
      ['GCHQ', 'gchq'],
      ['Mossad', 'mossad'],
    ]);
    expect(orgs('Volgens de CIA en de NSA werkte de Mossad samen met MI6.', 'nl')).toEqual([
      ['CIA', 'cia'],
      ['NSA', 'nsa'],
      ['Mossad', 'mossad'],
      ['MI6', 'mi6'],
    ]);
    expect(orgs('The Secret Intelligence Service and the Central Intelligence Agency.', 'en')).toEqual([
      ['Secret Intelligence Service', 'mi6'],
      ['Central Intelligence Agency', 'cia'],
    ]);
  });

  it('reads lowercase "cia" as no agency: only the capitalised acronym is the CIA', () => {
    expect(orgs('La cia e la CIA.', 'it')).toEqual([['CIA', 'cia']]);
  });

  it("finds Ukraine's SBU and HUR, also written GUR, and leaves Russia's GRU to the GRU", () => {
    expect(orgs("The SBU said HUR drones struck a refinery. Ukraine's GUR confirmed; Russia's GRU denied.", 'en')).toEqual([
      ['SBU', 'sbu'],
      ['HUR', 'hur'],
      ['GUR', 'hur'],
      ['GRU', 'gru'],
    ]);
    expect(orgs('De Oekraïense militaire inlichtingendienst HUR en de Russische GRU.', 'nl')).toEqual([
      ['HUR', 'hur'],
      ['GRU', 'gru'],
    ]);
    expect(orgs('Le renseignement militaire ukrainien (GUR) et le SBU.', 'fr')).toEqual([
      ['renseignement militaire ukrainien', 'hur'],
      ['GUR', 'hur'],
      ['SBU', 'sbu'],
    ]);
  });

  it('does not take Dutch "huur" (rent), in any case, or "Ben-Hur" for the HUR', () => {
    expect(orgs('DE HUUR STIJGT. De huur gaat omhoog. Ben-Hur draait in de bioscoop.', 'nl')).toEqual([]);
  });

  it('finds the German, Dutch and French services', () => {
    expect(orgs('Der BND und der Bundesnachrichtendienst warnen.', 'de')).toEqual([
      ['BND', 'bnd'],
      ['Bundesnachrichtendienst', 'bnd'],
    ]);
    expect(orgs('De AIVD en de MIVD waarschuwen. De Militaire Inlichtingen- en Veiligheidsdienst zegt dat.', 'nl')).toEqual([
      ['AIVD', 'aivd'],
      ['MIVD', 'mivd'],
      ['Militaire Inlichtingen- en Veiligheidsdienst', 'mivd'],
    ]);
    expect(orgs('Dutch intelligence, the AIVD and MIVD, caught GRU officers.', 'en')).toEqual([
      ['AIVD', 'aivd'],
      ['MIVD', 'mivd'],
      ['GRU', 'gru'],
    ]);
    expect(orgs('La DGSE, la Direction générale de la sécurité extérieure, a démenti.', 'fr')).toEqual([
      ['DGSE', 'dgse'],
      ['Direction générale de la sécurité extérieure', 'dgse'],
    ]);
  });
});

describe('defence institutions and parliaments (real knowledge base)', () => {
  it('finds the Bundeswehr and the Bundestag, and the Dutch Bondsdag', () => {
    expect(orgs('The Bundestag approved more money for the Bundeswehr.', 'en')).toEqual([
      ['Bundestag', 'bundestag'],
      ['Bundeswehr', 'bundeswehr'],
    ]);
    expect(orgs('De Bondsdag stemde in; de Bundeswehr krijgt meer geld.', 'nl')).toEqual([
      ['Bondsdag', 'bundestag'],
      ['Bundeswehr', 'bundeswehr'],
    ]);
  });

  it('does not take "Congress of Deputies" and other names opening with "Congress of" for the US Congress', () => {
    expect(orgs("Spain's Congress of Deputies voted. The Congress of Racial Equality marched.", 'en')).toEqual([]);
    expect(orgs('Congress passed the bill. The Congress of the United States met. NATO of course agreed.', 'en')).toEqual([
      ['Congress', 'united-states-congress'],
      ['Congress', 'united-states-congress'],
      ['NATO', 'nato'],
    ]);
  });

  it('finds the US Congress in English and Dutch, not a lowercase congress or the French Congrès at Versailles', () => {
    expect(orgs('Republicans in Congress blocked aid; the US Congress later passed it.', 'en')).toEqual([
      ['Congress', 'united-states-congress'],
      ['US Congress', 'united-states-congress'],
    ]);
    // The ANC is an entry of its own (names-containing-others); the lowercase congress is no US Congress.
    expect(orgs('The ANC congress met in Johannesburg.', 'en')).toEqual([['ANC', 'african-national-congress']]);
    expect(orgs('Het Amerikaanse Congres stemde. Het congres van de partij.', 'nl')).toEqual([
      ['Amerikaanse Congres', 'united-states-congress'],
    ]);
    expect(orgs('Le Parlement réuni en Congrès à Versailles. Le Congrès américain a voté.', 'fr')).toEqual([
      ['Congrès américain', 'united-states-congress'],
    ]);
    expect(orgs('Der Kongress tagte. Der US-Kongress stimmte.', 'de')).toEqual([['US-Kongress', 'united-states-congress']]);
  });

  it('finds the Élysée, with its French elision, but not the Champs-Élysées', () => {
    expect(orgs("L'Élysée a annoncé un sommet. Le palais de l'Élysée. Sur les Champs-Élysées.", 'fr')).toEqual([
      ['Élysée', 'elysee-palace'],
      ["palais de l'Élysée", 'elysee-palace'],
    ]);
    expect(orgs("The Élysée said. The Elysee Palace. Paris's Champs-Élysées.", 'en')).toEqual([
      ['Élysée', 'elysee-palace'],
      ['Elysee Palace', 'elysee-palace'],
    ]);
  });

  it('finds the Tweede Kamer, and a bare "Kamer" only as a reference back to it (not the Eerste Kamer or a room)', () => {
    expect(
      orgs('De Tweede Kamer stemde. De Kamer stemde. De Eerste Kamer. Kamer van Koophandel. De kamer was klein.', 'nl'),
    ).toEqual([
      ['Tweede Kamer', 'tweede-kamer'],
      ['Kamer', 'tweede-kamer'],
      ['Eerste Kamer', 'eerste-kamer'],
    ]);
    expect(orgs('De Kamer stemde. De Eerste Kamer. Kamer van Koophandel.', 'nl')).toEqual([['Eerste Kamer', 'eerste-kamer']]);
    expect(orgs('The Dutch House of Representatives, the Tweede Kamer, voted.', 'en')).toEqual([
      ['Dutch House of Representatives', 'tweede-kamer'],
      ['Tweede Kamer', 'tweede-kamer'],
    ]);
  });

  it('finds Frontex, the European Defence Agency and the Munich Security Conference', () => {
    expect(orgs('Frontex and the European Defence Agency met at the Munich Security Conference.', 'en')).toEqual([
      ['Frontex', 'frontex'],
      ['European Defence Agency', 'european-defence-agency'],
      ['Munich Security Conference', 'munich-security-conference'],
    ]);
    expect(orgs('Frontex en het Europees Defensieagentschap op de Veiligheidsconferentie van München.', 'nl')).toEqual([
      ['Frontex', 'frontex'],
      ['Europees Defensieagentschap', 'european-defence-agency'],
      ['Veiligheidsconferentie van München', 'munich-security-conference'],
    ]);
    expect(orgs('Auf der Münchner Sicherheitskonferenz sprach Frontex.', 'de')).toEqual([
      ['Münchner Sicherheitskonferenz', 'munich-security-conference'],
      ['Frontex', 'frontex'],
    ]);
  });

  it('leaves the 1938 Munich conference to the Munich Agreement', () => {
    const all = r.recognise('De Conferentie van München van 1938.', { lang: 'nl', date: '2025-05-01' }).map((m) => m.entityId);
    expect(all).toEqual(['munich-agreement']);
  });
});

describe('parties (real knowledge base)', () => {
  it('finds the German parties by their abbreviations and full names', () => {
    expect(orgs('Die AfD, die CDU/CSU und die SPD. Die Alternative für Deutschland verlor.', 'de')).toEqual([
      ['AfD', 'afd'],
      ['CDU', 'cdu'],
      ['CSU', 'csu'],
      ['SPD', 'spd'],
      ['Alternative für Deutschland', 'afd'],
    ]);
    expect(orgs('De CDU, de SPD en de AfD.', 'nl')).toEqual([
      ['CDU', 'cdu'],
      ['SPD', 'spd'],
      ['AfD', 'afd'],
    ]);
    expect(orgs('Alternative for Germany and the Christian Democratic Union.', 'en')).toEqual([
      ['Alternative for Germany', 'afd'],
      ['Christian Democratic Union', 'cdu'],
    ]);
  });

  it('does not take the French development agency AFD for the AfD, in any language', () => {
    expect(orgs("L'AFD finance des projets. L'Alternative pour l'Allemagne progresse.", 'fr')).toEqual([
      ["Alternative pour l'Allemagne", 'afd'],
    ]);
    expect(orgs('The AFD funds projects in Africa; the Afd is no party.', 'en')).toEqual([]);
  });

  it('finds "l\'AfD" and "le PiS" in French, as written with their inner capitals', () => {
    expect(orgs("L'AfD progresse en Allemagne, le PiS recule en Pologne.", 'fr')).toEqual([
      ['AfD', 'afd'],
      ['PiS', 'law-and-justice'],
    ]);
    expect(orgs('PIS and Pis are not the party; PiS is.', 'en')).toEqual([['PiS', 'law-and-justice']]);
  });

  it('finds the Rassemblement National and "RN" in French, Dutch and German, but no nurse in English', () => {
    expect(orgs('Le RN et le Rassemblement national. Le Front national.', 'fr')).toEqual([
      ['RN', 'rassemblement-national'],
      ['Rassemblement national', 'rassemblement-national'],
      ['Front national', 'rassemblement-national'],
    ]);
    expect(orgs('Het RN van Le Pen.', 'nl')).toEqual([['RN', 'rassemblement-national']]);
    expect(orgs('Der RN und der Rassemblement National.', 'de')).toEqual([
      ['RN', 'rassemblement-national'],
      ['Rassemblement National', 'rassemblement-national'],
    ]);
    expect(orgs('She is an RN at the hospital. The National Rally won.', 'en')).toEqual([
      ['National Rally', 'rassemblement-national'],
    ]);
  });

  it('finds the PVV, Fidesz, PiS and United Russia', () => {
    expect(
      orgs('De PVV, Fidesz, PiS en Verenigd Rusland. De Partij voor de Vrijheid en Recht en Rechtvaardigheid.', 'nl'),
    ).toEqual([
      ['PVV', 'pvv'],
      ['Fidesz', 'fidesz'],
      ['PiS', 'law-and-justice'],
      ['Verenigd Rusland', 'united-russia'],
      ['Partij voor de Vrijheid', 'pvv'],
      ['Recht en Rechtvaardigheid', 'law-and-justice'],
    ]);
    expect(orgs("Poland's Law and Justice (PiS), Wilders's Party for Freedom and United Russia.", 'en')).toEqual([
      ['Law and Justice', 'law-and-justice'],
      ['PiS', 'law-and-justice'],
      ['Party for Freedom', 'pvv'],
      ['United Russia', 'united-russia'],
    ]);
    expect(orgs('Droit et justice et Russie unie.', 'fr')).toEqual([
      ['Droit et justice', 'law-and-justice'],
      ['Russie unie', 'united-russia'],
    ]);
  });

  it('finds La France insoumise, which holds the name of France', () => {
    expect(orgs('La France reste prudente. La France insoumise vote contre, comme les députés LFI.', 'fr')).toEqual([
      ['La France insoumise', 'la-france-insoumise'],
      ['LFI', 'la-france-insoumise'],
    ]);
  });

  it('"de Kamer" after the Tweede Kamer is that house, but not the Eerste Kamer or the Kamer van Koophandel', () => {
    expect(
      orgs(
        'De Tweede Kamer debatteert over Oekraïne. Volgens de Kamer moet het kabinet meer doen. De Eerste Kamer stemt later. De Kamer van Koophandel zwijgt. In zijn kamer las hij.',
        'nl',
      ),
    ).toEqual([
      ['Tweede Kamer', 'tweede-kamer'],
      ['Kamer', 'tweede-kamer'],
      ['Eerste Kamer', 'eerste-kamer'],
    ]);
    // Not before the house is named.
    expect(orgs('Volgens de Kamer moet het kabinet meer doen.', 'nl')).toEqual([]);
  });

  it('finds Reform UK, which holds the name of the United Kingdom', () => {
    expect(orgs("Nigel Farage's Reform UK surged; the UK government responded.", 'en')).toEqual([['Reform UK', 'reform-uk']]);
  });

  it('does not take French "pis" (worse) for PiS', () => {
    expect(orgs('Tant pis. Pis encore, le gouvernement a perdu.', 'fr')).toEqual([]);
  });
});
