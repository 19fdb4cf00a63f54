/**
 * The name finder on realistic Dutch (and a little English) news sentences: people the knowledge
 * base does not know. The sentences and names are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { miniRecogniser } from './helpers';

const rec = miniRecogniser();
/** [text, full name] of every person the name finder marks. */
const people = (text: string, lang = 'nl') =>
  rec
    .recognise(text, { lang, date: null })
    .filter((m) => m.source === 'inferred')
    .map((m) => [m.text, m.name]);

describe('name finder: evidence for a name', () => {
  it('knows Flemish given names (Statbel lists) and links the bare surname back', () => {
    expect(people('Volgens Geert Vermeersch is de fusie vlot verlopen. Vermeersch verwacht geen ontslagen.')).toEqual([
      ['Geert Vermeersch', 'Geert Vermeersch'],
      ['Vermeersch', 'Geert Vermeersch'],
    ]);
    expect(people('Het plan van Jaak Peeters en Katrijn Dewulf ligt op tafel.')).toEqual([
      ['Jaak Peeters', 'Jaak Peeters'],
      ['Katrijn Dewulf', 'Katrijn Dewulf'],
    ]);
  });

  it('takes a role noun and a comma before a full name closed by a comma ("De econoom, Zorbek Vandaele, zei")', () => {
    // Made-up names whose given names the lexicon does not know: the apposition is the only evidence.
    expect(people('De econoom, Zorbek Vandaele, zei dat. De partijleider, Ozor Mertens, was het oneens.')).toEqual([
      ['Zorbek Vandaele', 'Zorbek Vandaele'],
      ['Ozor Mertens', 'Ozor Mertens'],
    ]);
    expect(people('The Conservative leader, Zorbek Vandaele, said it was not enough.', 'en')).toEqual([
      ['Zorbek Vandaele', 'Zorbek Vandaele'],
    ]);
    // Not without the closing comma, not for one word, not after a word that is no role.
    expect(people('Als econoom, Zorbek Vandaele zei dat. De econoom, Vandaele, zei dat. De stad, Nieuw Zorbek, stemde.')).toEqual(
      [],
    );
  });

  it('knows British, Ukrainian and Arabic given names the locale lists lack', () => {
    expect(people('Responding to the report Gareth Bayley said it was grim. Sadiq Maroof was a shopkeeper.', 'en')).toEqual([
      ['Gareth Bayley', 'Gareth Bayley'],
      ['Sadiq Maroof', 'Sadiq Maroof'],
    ]);
    expect(people('Volgens Oleksandr Prokudin is de stad onder vuur.')).toEqual([['Oleksandr Prokudin', 'Oleksandr Prokudin']]);
  });

  it('takes a surname that is a place word after "van der", "van den" or "ter" ("Kees van der Laan")', () => {
    expect(people('Volgens Kees van der Laan en Sanne van der Meer is het zo; Bas van Dijk twijfelt.')).toEqual([
      ['Kees van der Laan', 'Kees van der Laan'],
      ['Sanne van der Meer', 'Sanne van der Meer'],
      ['Bas van Dijk', 'Bas van Dijk'],
    ]);
    // Dutch given names the Belgian lists lack.
    expect(people('Onder topman Dolf van den Brink en met Annemieke ter Horst; Henk Kamp en Ruud Lubbers zwegen.')).toEqual([
      ['Dolf van den Brink', 'Dolf van den Brink'],
      ['Annemieke ter Horst', 'Annemieke ter Horst'],
      ['Henk Kamp', 'Henk Kamp'],
      ['Ruud Lubbers', 'Ruud Lubbers'],
    ]);
    // The place word still ends an institution's name that opens without a given name, and a
    // compound ending in one is a street.
    expect(people('De Raad van State en het Paleis op de Dam.')).toEqual([]);
    expect(people('Wij wonen aan de Hugo de Grootstraat, bij de Johan de Wittlaan en de Jan van Nassaustraat.')).toEqual([]);
  });

  it('takes a full name whose surname says something elsewhere ("Saeb Erekat" ... "Erekat said"), whatever the given name', () => {
    // Made-up given names the lexicon does not know.
    expect(people('Chief negotiator Zorbek Arrakat spoke first. Later Arrakat said the talks had failed.', 'en')).toEqual([
      ['Zorbek Arrakat', 'Zorbek Arrakat'],
      ['Arrakat', 'Zorbek Arrakat'],
    ]);
    expect(people('Ozor Vandaele opende de vergadering. Vandaele zei dat het plan werkt.')).toEqual([
      ['Ozor Vandaele', 'Ozor Vandaele'],
      ['Vandaele', 'Ozor Vandaele'],
    ]);
    // Not after an article, not inside a longer run, not a title-case headline, and not a city's adjective.
    expect(people('Radio Zorbek went off air. The Zorbek said nothing.', 'en')).toEqual([]);
    expect(people('Ozor Zorbek Arrakat said so.\nHong Kong Kowloon Says Protesters Must Leave', 'en')).toEqual([]);
    expect(people('De Antwerpse Agalev trekt een lijst. Agalev zegt dat het wint.')).toEqual([]);
  });

  it('keeps a capitalised monarch\'s or pope\'s title in the name of someone with no surname ("Prince Andrew")', () => {
    expect(people('Prince Andrew stepped back. Andrew denied it. Queen Elizabeth was said to disapprove.', 'en')).toEqual([
      ['Andrew', 'Prince Andrew'],
      ['Andrew', 'Prince Andrew'],
      ['Elizabeth', 'Queen Elizabeth'],
    ]);
    // A title in lowercase is a cue, not part of the name.
    expect(people('Daarna sprak prinses Amalia.')).toEqual([['Amalia', 'Amalia']]);
  });

  it('takes particles after two given names ("Anne Sofie von Otter", "Fritz Eckart von Weizsäcker")', () => {
    expect(people('Dan liever een echte mezzo, Anne Sofie von Otter bijvoorbeeld.')).toEqual([
      ['Anne Sofie von Otter', 'Anne Sofie von Otter'],
    ]);
    expect(people('Yesterday Fritz Eckart von Weizsäcker was stabbed in a clinic.', 'en')).toEqual([
      ['Fritz Eckart von Weizsäcker', 'Fritz Eckart von Weizsäcker'],
    ]);
  });

  it('keeps function words of one language out of names only in that language ("Dan McDowell" in English, "Dan zei" in Dutch)', () => {
    expect(people('Astronomer Dan McDowell said so. McDowell added more.', 'en')).toEqual([
      ['Dan McDowell', 'Dan McDowell'],
      ['McDowell', 'Dan McDowell'],
    ]);
    expect(people('Dan zei Jan Peeters dat het klopt.')).toEqual([['Jan Peeters', 'Jan Peeters']]);
  });

  it('takes title-case roles and forms of address as roles, not names ("Disney Chief Executive Bob Iger", "Mr. Ranking Member")', () => {
    expect(people('In November, Disney Chief Executive Bob Iger said so.', 'en')).toEqual([['Bob Iger', 'Bob Iger']]);
    expect(
      people('“I think, Mr. Ranking Member, that would work.” Mr. Vice President, thank you. Executive Order 13582.', 'en'),
    ).toEqual([]);
  });

  it('a given name with a middle initial the full name lacks is someone else ("Johnson, Charles R." after "Charles Hermite")', () => {
    expect(
      people('Charles Hermite proved it. See Johnson, Charles R. (2013). Lee, Stephanie M. wrote on Stephanie M. Lee.', 'en'),
    ).toEqual([
      ['Charles Hermite', 'Charles Hermite'],
      ['Lee', 'Stephanie M. Lee'],
      ['Stephanie', 'Stephanie M. Lee'],
      ['Stephanie M. Lee', 'Stephanie M. Lee'],
    ]);
  });

  it('science named after someone is not the person ("the Rayleigh quotient", "a Nash equilibrium")', () => {
    expect(
      people(
        'Lord Rayleigh wrote it. The Rayleigh quotient converges; the Nash equilibrium holds; the Rayleigh–Ritz ratio too.',
        'en',
      ),
    ).toEqual([['Rayleigh', 'Rayleigh']]);
  });

  it('knows Dutch given names of political news the lists lacked, so the particle surname follows ("Nicolien van Vroonhoven")', () => {
    expect(people('NSC-leider Nicolien van Vroonhoven gaf Wilders de schuld.')).toEqual([
      ['Nicolien van Vroonhoven', 'Nicolien van Vroonhoven'],
    ]);
  });

  it('after a given name, hyphened words count as one against the four-word firm rule ("Marie-Agnes Strack-Zimmermann")', () => {
    expect(people('Auch Marie-Agnes Strack-Zimmermann (FDP) forderte mehr Tempo.', 'de')).toEqual([
      ['Marie-Agnes Strack-Zimmermann', 'Marie-Agnes Strack-Zimmermann'],
    ]);
    expect(people('Gisteren won Dominique Monami-Van Roost in drie sets.')).toEqual([
      ['Dominique Monami-Van Roost', 'Dominique Monami-Van Roost'],
    ]);
    // Not without a given name first: a citation's run of capitals stays whole, and no name is taken from inside it.
    expect(people('Alarm fatigue, Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol. 2015; 28: 685-690.', 'en')).toEqual([]);
  });

  it('after a given name, a word shaped like an adjective of nationality is a surname ("Nicholas Maronese")', () => {
    expect(people('The editors were Brent Rose and Nicholas Maronese; Frank Genovese agreed.', 'en')).toEqual([
      ['Brent Rose', 'Brent Rose'],
      ['Nicholas Maronese', 'Nicholas Maronese'],
      ['Frank Genovese', 'Frank Genovese'],
    ]);
    expect(people('Visualizing a matrix as An Ellipse with software.', 'en')).toEqual([]);
  });

  it('an initial\'s full stop ends no sentence for the title-case test ("said U.S. Attorney Nealy Cox")', () => {
    expect(people('The attack was planned, said U.S. Attorney Nealy Cox on Tuesday.', 'en')).toEqual([
      ['Nealy Cox', 'Nealy Cox'],
    ]);
    expect(people('Springer / Kluwer Academic Publishers, 1990.', 'en')).toEqual([]);
  });

  it('a firm named after its founder is no person ("bij Albert Heijn")', () => {
    expect(people('De prijzen bij Albert Heijn stegen. Albert Verlinde lachte.')).toEqual([
      ['Albert Verlinde', 'Albert Verlinde'],
    ]);
  });

  it('knows Iranian, Israeli and other given names of security news ("Sadegh Larijani", "Hanns Martin Schleyer")', () => {
    expect(people('Sadegh Larijani leidde de rechterlijke macht. Hanns Martin Schleyer werd ontvoerd.')).toEqual([
      ['Sadegh Larijani', 'Sadegh Larijani'],
      ['Hanns Martin Schleyer', 'Hanns Martin Schleyer'],
    ]);
  });

  it('a ministry by its short name is no person ("de chef Defensie", "minister van Financiën")', () => {
    expect(people('Generaal Frederik Vansina, de chef Defensie, spreekt van een zware klus.')).toEqual([
      ['Frederik Vansina', 'Frederik Vansina'],
    ]);
    expect(people('Daarom zei minister Financiën niets.')).toEqual([]);
  });

  it("a possessive after the name closes no quote attribution ('\"...,\" said New Zealand's prime minister')", () => {
    expect(people('"We will win," said Tom Hughes. "Fine," said Nowa Zelandia\'s prime minister.', 'en')).toEqual([
      ['Tom Hughes', 'Tom Hughes'],
    ]);
  });

  it('galleries and schools named like people are not people ("Art Gallery", "Santo Spirito")', () => {
    expect(
      people('Exhibits at the Tang Teaching Museum and Art Gallery; the schools Santo Spirito and Immacolata paid.', 'en'),
    ).toEqual([]);
  });

  it("a surname closing a quote attribution is a speaker too (',\" said Sowers.'), but not after a sentence-opening word", () => {
    expect(people('Eyamba Sowers did not know. "It was a surprise," said Sowers.', 'en')).toEqual([
      ['Eyamba Sowers', 'Eyamba Sowers'],
      ['Sowers', 'Eyamba Sowers'],
    ]);
    expect(people('Whether Zorbek improved, I could not say; whether it mattered, I forget. Zorbek said nothing.', 'en')).toEqual(
      [],
    );
  });

  it('links a bare surname in a heading above the full name', () => {
    expect(people('Vermeersch stapt op\nGisteren maakte Geert Vermeersch bekend dat hij stopt.')).toEqual([
      ['Vermeersch', 'Geert Vermeersch'],
      ['Geert Vermeersch', 'Geert Vermeersch'],
    ]);
  });

  it('keeps a capitalised particle with the surname', () => {
    expect(people('Lieven De Paepe leidde de redactie. In 1996 was De Paepe hoofdredacteur.')).toEqual([
      ['Lieven De Paepe', 'Lieven De Paepe'],
      ['De Paepe', 'Lieven De Paepe'],
    ]);
  });

  it('takes initials before a surname, in the text and as a signature', () => {
    expect(people('Gedelegeerd bestuurder J. Vandamme bevestigt de overname.')).toEqual([['J. Vandamme', 'J. Vandamme']]);
    expect(people('Dat is geen oplossing.\nP. Goethals\nLonderzeel')).toEqual([['P. Goethals', 'P. Goethals']]);
    expect(people('Columnist Thomas R. Whitfield schreef het al.')).toEqual([['Thomas R. Whitfield', 'Thomas R. Whitfield']]);
  });

  it('takes role nouns, compound role nouns, kinship and nationality as cues', () => {
    expect(people('Daar is manager Wijckmans van overtuigd. Wijckmans wil blijven.')).toEqual([
      ['Wijckmans', 'Wijckmans'],
      ['Wijckmans', 'Wijckmans'],
    ]);
    expect(people('Dat zegt kinderpsychologe Hadewych Stalmans.')).toEqual([['Hadewych Stalmans', 'Hadewych Stalmans']]);
    expect(people('Hij reisde met zijn vrouw Silke naar Gent.')).toEqual([['Silke', 'Silke']]);
    expect(people('Dan won de Tunesiër Mounir Haddadi de rit.')).toEqual([['Mounir Haddadi', 'Mounir Haddadi']]);
    expect(people('Het werd gezegd door burgemeester Goossaert van Sint-Niklaas.')).toEqual([['Goossaert', 'Goossaert']]);
  });

  it('takes a quote attribution and an age in brackets as evidence', () => {
    expect(people('"Dat klopt niet", zegt Vandewalle.')).toEqual([['Vandewalle', 'Vandewalle']]);
    expect(people('In Gent werd Verstraeten (45) gisteren opgepakt.')).toEqual([['Verstraeten', 'Verstraeten']]);
  });

  it('takes a role noun in apposition after a name, in each language', () => {
    expect(people('Gisteren bevestigde Wouter Plasschaert, woordvoerder van de stad, het nieuws.')).toEqual([
      ['Wouter Plasschaert', 'Wouter Plasschaert'],
    ]);
    expect(people('Pouria Amirshahi, député socialiste des Français de l’étranger, a voté contre.', 'fr')).toEqual([
      ['Pouria Amirshahi', 'Pouria Amirshahi'],
    ]);
    expect(people('“It is under control,” said Cheuk Hauyip, the commander of the district.', 'en')).toEqual([
      ['Cheuk Hauyip', 'Cheuk Hauyip'],
    ]);
    expect(people('Das bestätigte Ayse Kerimoglu, die Sprecherin der Stadt.', 'de')).toEqual([
      ['Ayse Kerimoglu', 'Ayse Kerimoglu'],
    ]);
  });

  it('takes no apposition after a preposition or a sentence adverb, with a capitalised noun, a role that belongs to the next name or starts a clause, or an article at a sentence start', () => {
    expect([
      people('In New Hampshire, the governor said no.', 'en'),
      people('Op Schiphol Oost, de burgemeester was er niet.'),
      people('Daarna Plasschaert, de woordvoerder, zweeg.'),
      people('Gisteren bevestigde Amirshahi Plasschaert, Woordvoerder van de stad, het nieuws.'),
      people('Sporting Lissabon, trainer Borges was blij.'),
      people('Casa Blanca, the president of the club, spoke.', 'en'),
      people('They had reached Casa Blanca, the spokesman said.', 'en'),
    ]).toEqual([[], [], [], [], [['Borges', 'Borges']], [], []]);
  });

  it('reads a line holding only a name as a byline, even with a given name that is also a word', () => {
    expect(people('Eigen berichtgeving\nAn Claeys\nDe regering valt.')).toEqual([['An Claeys', 'An Claeys']]);
  });
});

describe('name finder: what is not a person', () => {
  it('reads a language\'s name, which Dutch capitalises, as the language, not as someone named before ("spreekt Engels")', () => {
    expect(people('Friedrich Engels schreef het. Ze spreekt vloeiend Frans en Engels. Engels was rijk.')).toEqual([
      ['Friedrich Engels', 'Friedrich Engels'],
      ['Engels', 'Friedrich Engels'],
    ]);
  });

  it('never takes sentence starts, headings, adjectives or plural nationalities', () => {
    expect(
      people(
        'Maar er is meer. Zeker gevoegd bij wat gebeurt. Fransen en Russen schuiven op. Nieuwe Verschrikkingen. ' +
          'De Vlaamse Regering besliste. Elke Belg betaalt mee. Door Brussel rijdt geen trein.',
      ),
    ).toEqual([]);
  });

  it('leaves places, firms and works alone', () => {
    expect(
      people(
        'De rebellen van Sierra Leone. De investeringsbank Morgan Stanley verkocht. Het werd een ' +
          "Tobin-taks. Rozen zoals 'Pierre de Ronsard' bloeien lang. Ze spraken in Camp David.",
      ),
    ).toEqual([]);
  });

  it('does not take a capitalised word after "said" for a person unless it attributes a quote', () => {
    expect(people('He said WeWork needs a more efficient model.', 'en')).toEqual([]);
    expect(people('An Italian court ruled on Monday. Life As An Immigrant is a film.', 'en')).toEqual([]);
    expect(people('"It is over," said Hargreaves.', 'en')).toEqual([['Hargreaves', 'Hargreaves']]);
  });

  it('does not read a heading number, a vitamin or an abbreviation as initials', () => {
    expect(people('I. What my own eyes saw of him.\nNeem vitamine C. Daarna gaat het beter.')).toEqual([]);
    expect(people('The U.S. Capitol Police wrote to P.O. Box 12.', 'en')).toEqual([]);
    expect(people('Das betrifft z. B. Arztbriefe und Befunde.', 'de')).toEqual([]);
  });

  it('does not take an abbreviated title for a name', () => {
    expect(people('In retaliation, Mr. Hollister ordered a strike. Mr. Hollister spoke.', 'en')).toEqual([
      ['Hollister', 'Hollister'],
      ['Hollister', 'Hollister'],
    ]);
  });

  it('does not mark half a compound word', () => {
    expect(people('Minister Jan Vermeersch sprak. Het kabinet-Vermeersch zweeg. De Vermeersch-wet komt er.')).toEqual([
      ['Jan Vermeersch', 'Jan Vermeersch'],
    ]);
  });
});

describe('name finder: Arabic names (articles joined by a hyphen)', () => {
  it('takes the article into the name and links the surname with or without it', () => {
    expect(people('Minister Ibrahim al-Jaafari spoke in Baghdad. Later, Jaafari left. Al-Jaafari returned.', 'en')).toEqual([
      ['Ibrahim al-Jaafari', 'Ibrahim al-Jaafari'],
      ['Jaafari', 'Ibrahim al-Jaafari'],
      ['Al-Jaafari', 'Ibrahim al-Jaafari'],
    ]);
    expect(people('Volgens Ahmed el-Masri is de aanval mislukt.')).toEqual([['Ahmed el-Masri', 'Ahmed el-Masri']]);
  });

  it('a given name hyphened to another word is still a brand', () => {
    expect(people('Hij rijdt in een Rolls-Royce en een Mercedes-Benz.')).toEqual([]);
  });
});

describe('name finder: suffixes after a name', () => {
  it('"Jr" ends a name and is never one; the surname is the word before it', () => {
    expect(people('Toen sprak Robert Downey Jr. op het podium. Later zei Downey dat.')).toEqual([
      ['Robert Downey Jr', 'Robert Downey Jr'],
      ['Downey', 'Robert Downey Jr'],
    ]);
    expect(people('He said Martin Luther King Jr. spoke there.', 'en')).toEqual([
      ['Martin Luther King Jr', 'Martin Luther King Jr'],
    ]);
  });
});

describe('name finder: English titles and runs after "the"', () => {
  it('takes an adviser, a captain or a deputy as a role cue', () => {
    expect(people('The talks were led by Special Advisor Knox Thames on Monday.', 'en')).toEqual([
      ['Knox Thames', 'Knox Thames'],
    ]);
  });

  it('finds a name after a place in a title ("Minister for the Middle East Tobias Ellwood")', () => {
    expect(people('A statement by the Minister for the Middle East Tobias Ellwood was read out.', 'en')).toEqual([
      ['Tobias Ellwood', 'Tobias Ellwood'],
    ]);
    // "the" before a firm or a band still keeps the whole run from being a person.
    expect(people('He joined the Rolling Stones in 1975.', 'en')).toEqual([]);
    expect(people('Read more in The Four Golden Signals, a chapter of the book.', 'en')).toEqual([]);
    expect(people('It draws a long line from a major Seattle industry.', 'en')).toEqual([]);
  });

  it('an English adverb opening a sentence is no part of the name after it ("Later Downey said")', () => {
    expect(people('Robert Downey starred. Later Downey said so. Meanwhile Downey left.', 'en')).toEqual([
      ['Robert Downey', 'Robert Downey'],
      ['Downey', 'Robert Downey'],
      ['Downey', 'Robert Downey'],
    ]);
  });

  it('a given name before a place word is a place ("Virginia Beach", "Fort Bragg")', () => {
    expect(people('The ship left Virginia Beach on Monday for Fort Bragg.', 'en')).toEqual([]);
  });
});

describe('name finder: French civilities', () => {
  it('"M." is Monsieur in French, a title before the name, not an initial', () => {
    expect(people('Selon M. Dufresne, la réunion a échoué. Mme Lavergne a répondu.', 'fr')).toEqual([
      ['Dufresne', 'Dufresne'],
      ['Lavergne', 'Lavergne'],
    ]);
    // In Dutch and English "M." stays an initial.
    expect(people('Volgens M. Dufresne is de vergadering mislukt.', 'nl')).toEqual([['M. Dufresne', 'M. Dufresne']]);
  });
});

describe('name finder: abbreviated titles', () => {
  it('takes English roles of public life as cues ("Mayor Thorsby", "the poet Byron")', () => {
    expect(people('It was Mayor Thorsby who spoke. Later the poet Byron wrote, and Speaker Haskins left.', 'en')).toEqual([
      ['Thorsby', 'Thorsby'],
      ['Byron', 'Byron'],
      ['Haskins', 'Haskins'],
    ]);
  });

  it('takes the military and civil abbreviations of US and British news as cues, also at a sentence start', () => {
    expect(people('He met Sgt. Bowe and Adm. Rogers on Friday.', 'en')).toEqual([
      ['Bowe', 'Bowe'],
      ['Rogers', 'Rogers'],
    ]);
    expect(people('It was over. Gen. Coe said so on Monday.', 'en')).toEqual([['Coe', 'Coe']]);
    expect(people('Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7.', 'en')).toEqual([
      ['Isiah L. Booker', 'Isiah L. Booker'],
    ]);
  });
});

describe('name finder: German and French roles', () => {
  it('reads German compound roles and sentence-opening prepositions', () => {
    expect(people('Die Grünen-Politikerin Katharina Dröge kritisierte das. Laut Dröge fehlt Geld.', 'de')).toEqual([
      ['Katharina Dröge', 'Katharina Dröge'],
      ['Dröge', 'Katharina Dröge'],
    ]);
  });
});

describe('name finder: nicknames in quotes', () => {
  it('keeps a nickname between the given name and the surname inside the name', () => {
    expect(people('“We will not stop,” said Col. John “J.D.” Dorrian, the spokesperson. Dorrian left.', 'en')).toEqual([
      ['John “J.D.” Dorrian', 'John “J.D.” Dorrian'],
      ['Dorrian', 'John “J.D.” Dorrian'],
    ]);
    expect(people("Then Richard 'Tex' Coe spoke.", 'en')).toEqual([["Richard 'Tex' Coe", "Richard 'Tex' Coe"]]);
    // A quoted word after a verb is no nickname.
    expect(people("He said 'Yes' Dorrian.", 'en')).toEqual([]);
  });
});

describe('name finder: English headlines in title case', () => {
  it('a role word before a capitalised word in a title-case headline is no cue', () => {
    expect(people('FAQ on CEO Resignation', 'en')).toEqual([]);
    expect(people("OkCupid's CEO Donated to an Anti-Gay Campaign Once, Too", 'en')).toEqual([]);
    // A given name is still evidence there.
    expect(people("Mozilla's Appointment Of Brendan Eich As CEO Sparks Controversy", 'en')).toEqual([
      ['Brendan Eich', 'Brendan Eich'],
    ]);
    // In prose the role word is a cue, and so it is in a short sentence.
    expect(people('The firm said on Friday that CEO Thorsby would resign.', 'en')).toEqual([['Thorsby', 'Thorsby']]);
    expect(people('Then CEO Thorsby resigned.', 'en')).toEqual([['Thorsby', 'Thorsby']]);
  });

  it('does not take English words from the given-name lists for given names', () => {
    expect(people('Analyzing a Server Log\nNew Price Drop: a watch for $169', 'en')).toEqual([]);
  });
});

describe('name finder: hyphened given names', () => {
  it('takes a Korean or Chinese given name with its lowercase second syllable', () => {
    expect(people('Volgens president Moon Jae-in is de top geslaagd.')).toEqual([['Moon Jae-in', 'Moon Jae-in']]);
    expect(people('A statement by Kim Yo-jong was read on state television.', 'en')).toEqual([['Kim Yo-jong', 'Kim Yo-jong']]);
    // Other words after a hyphen are no syllables of a name.
    expect(people('Volgens minister Anna Peeters-gezinde kringen is het akkoord er.')).toEqual([
      ['Anna Peeters', 'Anna Peeters'],
    ]);
  });

  it('does not start a name in the middle of a hyphened one', () => {
    expect(people('According to Sui-Lee Wee of the Times, the sites were closed.', 'en')).toEqual([]);
  });
});
