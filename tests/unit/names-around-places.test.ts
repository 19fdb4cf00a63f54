/**
 * Places inside other names, and people named after places (`place-as-given.ts`,
 * `place-in-name.ts`), and bare surnames of people of the past tied to an event the article names
 * (`score.ts`), on the real knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { realRecogniser } from './helpers';

const r = realRecogniser();
/** [text, entity id or inferred name] of every mention. */
const found = (text: string, lang: string, date = '2025-05-01') =>
  r.recognise(text, { lang, date }).map((m) => [m.text, m.entityId ?? m.name]);

describe("a place that is a person's given name", () => {
  it('is the person with a generational suffix or a surname with an apostrophe', () => {
    expect(found('Actor Cuba Gooding Jr. attended the premiere on Monday.', 'en')).toEqual([
      ['Cuba Gooding Jr', 'Cuba Gooding Jr.'],
    ]);
    expect(found("Georgia O'Keeffe painted flowers in New Mexico.", 'en')).toEqual([["Georgia O'Keeffe", "Georgia O'Keeffe"]]);
  });

  it('is the person after a role, or when the surname speaks alone later; a later "Ms Hilton" is the same person', () => {
    expect(found('De Amerikaanse actrice Paris Hilton kwam te laat.', 'nl')).toEqual([['Paris Hilton', 'Paris Hilton']]);
    expect(found('India Walton lost the race in Buffalo. "We will be back," Walton said.', 'en')).toEqual([
      ['India Walton', 'India Walton'],
    ]);
    expect(found('Paris Hilton arrived late for the gala. Ms Hilton later apologised.', 'en')).toEqual([
      ['Paris Hilton', 'Paris Hilton'],
      ['Hilton', 'Paris Hilton'],
    ]);
  });

  it('stays the place without such evidence, after "in", before a name or a title, and in German', () => {
    // The US state, by its context word "Republicans".
    expect(found('In Georgia Republicans won the Senate seat.', 'en')).toEqual([['Georgia', 'georgia-us-state']]);
    expect(found('Israel Hamas talks resumed in Doha.', 'en').map((m) => m[1])).toEqual(['israel', 'hamas', 'doha']);
    // Dutch puts a place and a plural noun side by side.
    expect(found('Volgens de VN heeft Israël Palestijnen gedood.', 'nl').map((m) => m[1])).toEqual(['united-nations', 'israel']);
    // A word repeated is not a surname speaking: "Clipper will" is the probe.
    const probe = r.recognise('The Europa Clipper probe launched. Clipper will reach Jupiter in 2030.', {
      lang: 'en',
      date: '2025-05-01',
    });
    expect(probe.filter((m) => m.category === 'person')).toEqual([]);
    expect(found('Paris Hilton kam zu spät. Hilton sagte nichts.', 'de')[0]).toEqual(['Paris', 'paris']);
  });
});

describe('a place inside the name of a water, a university or a title', () => {
  it('is not the place: "the Gulf of Mexico" has its own entry in every language, "University of Munich" is no city', () => {
    expect(found('A storm in the Gulf of Mexico; De storm in de Golf van Mexico; le golfe du Mexique.', 'en')).toEqual([
      ['Gulf of Mexico', 'gulf-of-mexico'],
      ['Golf van Mexico', 'gulf-of-mexico'],
      ['golfe du Mexique', 'gulf-of-mexico'],
    ]);
    expect(found('Scientists from the University of Munich and the Sea of Japan.', 'en')).toEqual([]);
    expect(found('Trump imposed tariffs on Mexico.', 'en').map((m) => m[1])).toEqual(['donald-trump', 'mexico']);
  });
});

describe('a bare surname of a figure of the past', () => {
  it('is them when the article names an event tied to them, long after', () => {
    expect(found('During the Cuban missile crisis of 1962, Kennedy refused to lift the blockade.', 'en')).toEqual([
      ['Cuban missile crisis', 'cuban-missile-crisis'],
      ['Kennedy', 'john-f-kennedy'],
    ]);
    // Without the event, "Kennedy" alone stays unmarked.
    expect(found('Kennedy refused to lift the blockade.', 'en')).toEqual([]);
  });

  it('is them beside two of their context words ("Chamberlain" with "München" and "Hitler"), not beside one', () => {
    expect(found('Toen sloot Chamberlain in München een akkoord met Hitler.', 'nl', '2025-07-10')).toContainEqual([
      'Chamberlain',
      'neville-chamberlain',
    ]);
    expect(found('In 1938 Chamberlain signed an agreement with Hitler in Munich.', 'en', '2025-07-10')).toContainEqual([
      'Chamberlain',
      'neville-chamberlain',
    ]);
    const one = found('Chamberlain scored twice in Munich.', 'en', '2025-07-10').map((m) => m[1]);
    expect(one).not.toContain('neville-chamberlain');
  });

  it('is not a recent office-holder: "Johnson" in 2024 beside the 2022 invasion may be the US Speaker', () => {
    const ids = found('Two years after the Russian invasion of Ukraine, Johnson delayed the aid.', 'en', '2024-03-01').map(
      (m) => m[1],
    );
    expect(ids).not.toContain('boris-johnson');
  });
});

describe('a known given name before a one-word place', () => {
  it('is a person ("Eddie Jordan", "George Washington", "Jack London"), not after an article ("a Christian Europe")', () => {
    expect(found('Het team van Eddie Jordan won de race.', 'nl')).toEqual([['Eddie Jordan', 'Eddie Jordan']]);
    expect(found('George Washington crossed the river. Jack London wrote it.', 'en')).toEqual([
      ['George Washington', 'George Washington'],
      ['Jack London', 'Jack London'],
    ]);
    expect(found('They dreamed of a Christian Europe.', 'en').filter((m) => m[0] === 'Christian Europe')).toEqual([]);
    // Dutch word order puts a subject and an object side by side.
    expect(found('Vorig jaar heeft Jan Nederland verlaten.', 'nl').filter((m) => m[0] === 'Jan Nederland')).toEqual([]);
  });
});

describe('a place inside the name of another place', () => {
  const places = (text: string, lang: string) => found(text, lang).filter(([, id]) => r.entry(String(id))?.category === 'place');

  it('is not the place: "Inner Mongolia" is in China, "Upper Austria" is a state of Austria, "Little Italy" a quarter', () => {
    expect(places('A third case was reported in Inner Mongolia, a region of northern China.', 'en')).toEqual([
      ['China', 'china'],
    ]);
    expect(places('Upper Austria and Lower Austria border the Czech Republic.', 'en')).toEqual([
      ['Czech Republic', 'czech-republic'],
    ]);
    expect(places('The restaurant in Little Italy closed.', 'en')).toEqual([]);
    expect(places('In Binnen-Mongolië en Opper-Oostenrijk; in Klein-Azië en Nieuw-Mexico.', 'nl')).toEqual([]);
    expect(places('Il a visité la Haute-Autriche, la Mongolie-Intérieure et le Nouveau-Mexique.', 'fr')).toEqual([]);
    expect(places('Die Innere Mongolei gehört zu China.', 'de')).toEqual([['China', 'china']]);
  });

  it('"Zuid-Holland" and "Noord-Holland" are provinces, not the Netherlands; "Holland" alone still is', () => {
    expect(places('In Zuid-Holland en Noord-Holland regende het.', 'nl')).toEqual([
      ['Zuid-Holland', 'south-holland'],
      ['Noord-Holland', 'north-holland'],
    ]);
    expect(places('The Holland team lost; North Holland voted.', 'en')).toEqual([
      ['Holland', 'netherlands'],
      ['North Holland', 'north-holland'],
    ]);
    // A province without an entry is still not the country.
    expect(places('In Zuid Holland regende het.', 'nl')).toEqual([]);
  });

  it('a region of the place named with a point of the compass is still the place; Northern Cyprus has its own entry', () => {
    expect(places('Fighting continued in Eastern Ukraine and in Southern Lebanon.', 'en')).toEqual([
      ['Ukraine', 'ukraine'],
      ['Lebanon', 'lebanon'],
    ]);
    expect(places('Only Turkey recognises Northern Cyprus, not Cyprus.', 'en')).toEqual([
      ['Turkey', 'turkey'],
      ['Northern Cyprus', 'northern-cyprus'],
      ['Cyprus', 'cyprus'],
    ]);
    expect(places('Alleen Turkije erkent Noord-Cyprus.', 'nl')).toEqual([
      ['Turkije', 'turkey'],
      ['Noord-Cyprus', 'northern-cyprus'],
    ]);
  });

  it('lowercase, the words are only words: "lower Austria", "the inner suburbs of London"', () => {
    expect(places('Floods hit lower Austria and the inner suburbs of London.', 'en')).toEqual([
      ['Austria', 'austria'],
      ['London', 'london'],
    ]);
  });
});

describe('a team, an airline, a broadcaster or goods named after a place', () => {
  const ids = (text: string, lang = 'en') => found(text, lang).map(([, id]) => id);

  it('is not the place: "Washington Commanders", "Boston Red Sox", "Air France", "Brussels sprouts"', () => {
    expect(ids('The Washington Commanders lost; the Washington Nationals won.')).toEqual([]);
    expect(ids('In Washington, the Washington Capitals celebrated.')).toEqual(['washington-dc']);
    expect(ids('Air France cancelled its flights to Paris.')).toEqual(['paris']);
    expect(ids('Brussels sprouts were served at the summit in Brussels.')).toEqual(['brussels']);
    // Capitalised words after a city that are no team's: still the city.
    expect(ids('Washington Lawmakers Debate Aid', 'en')).toEqual(['washington-dc']);
  });

  it('is not the place in the name of a competition: "Europa League", "Africa Cup"', () => {
    expect(ids('Ajax neemt het in de Europa League op tegen Olympiakos; Europa kijkt mee.', 'nl')).toEqual(['europe']);
    expect(ids('Morocco hosts the Africa Cup of Nations.')).toEqual(['morocco']);
  });
});

describe('a bare surname that names a place here', () => {
  const people = (text: string) => found(text, 'en').filter(([, id]) => typeof id === 'string' && !r.entry(id));

  it('"the city of Darwin" and "Houston, Texas," are the places, after the people were named', () => {
    expect(people('Charles Darwin sailed on the Beagle. The city of Darwin lies in Australia; Darwin wrote books.')).toEqual([
      ['Charles Darwin', 'Charles Darwin'],
      ['Darwin', 'Charles Darwin'],
    ]);
    expect(people('Sam Houston led Texas to independence. The storm reached Houston, Texas, on Monday.')).toEqual([
      ['Sam Houston', 'Sam Houston'],
    ]);
  });

  it('a state that opens an apposition is no cue: "Kemp, Georgia\'s governor, said"', () => {
    expect(found("Governor Brian Kemp signed the bill. Kemp, Georgia's governor since 2019, said so.", 'en')[1]).toEqual([
      'Kemp',
      'Brian Kemp',
    ]);
  });
});

describe('an article of another text', () => {
  const article5 = (text: string, lang: string) =>
    found(text, lang)
      .filter(([, id]) => id === 'article-5')
      .map(([t]) => t);

  it('is not NATO\'s Article 5: "Article 5 of the contract", "artikel 5 van de Grondwet"', () => {
    expect(article5('NATO allies met. Article 5 of the contract was disputed. Allies stressed Article 5.', 'en')).toEqual([
      'Article 5',
    ]);
    expect(article5('De NAVO-bondgenoten. Volgens artikel 5 van de Grondwet mag iedereen een verzoek indienen.', 'nl')).toEqual(
      [],
    );
  });

  it('named with the treaty, it is: "Article 5 of the Washington Treaty", "artikel 5 van het verdrag"', () => {
    expect(article5('NATO allies met. Article 5 of the Washington Treaty binds them.', 'en')).toEqual(['Article 5']);
    expect(article5('De NAVO-bondgenoten. Artikel 5 van het verdrag werd na 9/11 ingeroepen.', 'nl')).toEqual(['Artikel 5']);
  });
});

describe('a place name that starts a sentence in a text that also writes it as a word', () => {
  const places = (text: string) => found(text, 'en').filter(([, id]) => r.entry(String(id))?.category === 'place');

  it('is the word: "Turkey prices rose" beside "roasted a turkey"', () => {
    expect(places('Turkey prices rose before Thanksgiving, and families roasted a turkey.')).toEqual([]);
  });

  it('is the place when the text also names it inside a sentence, or never writes the word', () => {
    expect(places('Turkey and Greece agreed, and Turkey said it would help. The turkey was dry.').map(([t]) => t)).toEqual([
      'Turkey',
      'Greece',
      'Turkey',
    ]);
    expect(places('Turkey prices rose.')).toEqual([['Turkey', 'turkey']]);
  });
});

describe('a surname that is also a place, after a preposition of place', () => {
  it('is the place: "In Montenegro, tourism grew" after Luís Montenegro was named', () => {
    expect(
      found('Prime Minister Luís Montenegro won. Montenegro said he would stay. In Montenegro, tourism grew.', 'en'),
    ).toEqual([
      ['Luís Montenegro', 'luis-montenegro'],
      ['Montenegro', 'luis-montenegro'],
      ['Montenegro', 'montenegro'],
    ]);
  });

  it('is still the person with no place of that name, or when the name belongs to what follows', () => {
    expect(found('Prime Minister Mark Rutte spoke. A letter to Rutte was sent.', 'en', '2023-05-20').map(([, id]) => id)).toEqual(
      ['mark-rutte', 'mark-rutte'],
    );
    expect(found("Bashar al-Assad fled. Life in Assad's Syria was hard.", 'en').filter(([t]) => t === 'Assad')).toEqual([
      ['Assad', 'bashar-al-assad'],
    ]);
  });
});
