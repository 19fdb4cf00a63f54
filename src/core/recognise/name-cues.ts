/**
 * Small hand-written word lists the name finder uses as evidence, per language, folded
 * (lowercase, no diacritics). Written for this project; nothing here is derived from an
 * annotated corpus.
 */

/** Space-separated word lists: a compact way to write long lists that reviewers still read line by line. */
const words = (...lines: string[]): string[] => lines.join(' ').split(' ');

/** Words that, right before a capitalised name, say "a person follows" (president Biden, econoom X). */
export const ROLE_CUES = new Set(
  words(
    // nl
    'president premier minister staatssecretaris burgemeester kanselier bondskanselier koning koningin',
    'prins prinses paus generaal commandant econoom academicus historicus politicoloog analist professor',
    'hoogleraar journalist journaliste schrijver schrijfster auteur woordvoerder woordvoerster',
    'ambassadeur secretaris-generaal chef topman topvrouw voorzitter oppositieleider fractieleider',
    'partijleider senator gouverneur rechter aanklager advocaat vicepremier collega dichter kunstenaar',
    'zanger zangeres trainer coach kapitein dokter heer mevrouw meneer mevr dhr dr prof mr kolonel majoor',
    'luitenant admiraal maarschalk dictator tsaar kardinaal bisschop expert onderzoeker onderzoekster',
    'directeur ceo oprichter activist activiste dissident oligarch zakenman diplomaat commissaris',
    'eurocommissaris europarlementariër kamerlid parlementslid volksvertegenwoordiger ondervoorzitter',
    // en
    'prime secretary chancellor king queen prince princess pope commander economist academic historian',
    'analyst author writer spokesman spokeswoman spokesperson ambassador governor judge prosecutor mrs ms',
    'sir lord lady chairman chairwoman director founder colonel lieutenant admiral marshal',
    'researcher scholar lawmaker congressman congresswoman rep sen gen businessman tycoon dissident',
    // Not "major" or "general": adjectives as often ("a major Seattle industry").
    'diplomat commissioner envoy leader adviser advisor captain sergeant officer deputy',
    // Abbreviated before a name in US and British news ("Sgt. Bowe", "Adm. Rogers", "Gov. Newsom"); not "Col."
    // (a mountain pass in French: "le col Agnel").
    'sgt adm maj cpl pvt spc cmdr brig gov rev capt lt hon',
    // More English roles before a name ("House Speaker Brian Bosma", "NASA Administrator Jim Bridenstine")
    'administrator speaker superintendent attorney mayor inspector detective doctor nurse sheriff pastor',
    'reverend bishop cfo owner striker goalkeeper defender midfielder quarterback pitcher singer rapper',
    'actor actress novelist poet councillor councilman councilwoman treasurer strategist lawyer representative',
    // "Disney Chief Executive Bob Iger", "chief negotiator Saeb Erekat", "presidential hopeful Deval Patrick"
    'executive negotiator editor hopeful candidate',
    // nl, more roles; kinship ("zijn vrouw Mieke", "zoon Lucas")
    'manager teamchef ploegleider bondscoach tegenkandidaat kandidaat uitdager opvolger voorganger',
    'spits doelman keeper renner wielrenner rijder piloot atleet atlete speler speelster vedette',
    'acteur actrice regisseur producer componist pianist gitarist zanger architect schilder fotograaf',
    'presentator presentatrice columnist redacteur hoofdredacteur correspondent commentator adviseur',
    'ambtenaar schepen gedeputeerde procureur advocate ondernemer eigenaar organisator moefti imam',
    'priester pastoor dominee rabbijn sjeik ontvoerder verdachte getuige oudgediende wijlen',
    'accordeonist violist cellist saxofonist trompettist bassist percussionist organist harpist',
    'vader moeder zoon dochter broer zus zuster echtgenoot echtgenote vriend vriendin oom tante',
    'grootvader grootmoeder zoontje dochtertje broertje zusje kleinzoon kleindochter schoonzoon',
    'schoondochter schoonvader schoonmoeder weduwe weduwnaar verloofde vrouw leermeester idool',
    // en, fr, de kinship
    'wife husband son daughter brother sister father mother uncle aunt épouse mari fils fille frère',
    'sœur père mère ehefrau ehemann sohn tochter bruder schwester vater mutter',
    // fr
    'président ministre chancelier roi reine général économiste historien historienne analyste professeur',
    'journaliste porte-parole sénateur juge mme monsieur madame colonel chercheur chercheuse directeur',
    'directrice commissaire dirigeant opposant écrivain député députée sénatrice politologue maire',
    // de
    'präsident präsidentin kanzler kanzlerin ministerin außenminister außenministerin',
    'verteidigungsminister verteidigungsministerin könig königin ökonom ökonomin historikerin historiker',
    'analystin professorin journalistin sprecher sprecherin botschafter botschafterin herr frau richter',
    'richterin generalsekretär vorsitzende vorsitzender chefin forscher forscherin oberst autor autorin',
    // Offices written as one word, which the hyphen rule does not split ("vicepresident Vance",
    // "Vizekanzler Habeck", "Bundespräsident Steinmeier", "defensieminister Brekelmans").
    'vicepresident defensieminister buitenlandminister staatshoofd regeringsleider partijvoorzitter',
    'vizepräsident vizepräsidentin vizekanzler vizekanzlerin bundeskanzler bundeskanzlerin bundespräsident',
    'bundespräsidentin ministerpräsident ministerpräsidentin premierminister premierministerin finanzminister',
    'finanzministerin innenminister innenministerin wirtschaftsminister wirtschaftsministerin regierungschef',
    'regierungschefin staatschef staatschefin parteichef parteichefin admiral',
    'présidente amiral maréchal ambassadeur ambassadrice secrétaire',
  ).map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/** Articles in the four languages, folded: a name rarely follows one ("the Christian West", "de Rus"). */
export const ARTICLES = new Set(words('the a an de het een le la les un une der die das den dem ein eine'));

/** Lowercase name particles that may stand between a given name and a surname. */
export const PARTICLES = new Set(words('van de der den von zu la le du di da dos das del bin ibn al ter ten'));

/** Words that make a capitalised sequence an organisation, a place, a work or an event, not a person. */
export const NOT_A_PERSON_WORDS = new Set(
  words(
    'bank unie union partij party parti partei instituut institute institut universiteit university',
    'université universität raad council conseil rat commissie commission kommission ministerie ministry',
    'ministère ministerium fonds fund groep group groupe gruppe kerk church kirche église museum musée',
    'stichting foundation fondation stiftung agency agentschap agence agentur corporation company inc ltd',
    'nv bv gmbh ag sa airlines airways times post journal news herald standaard tijd krant nieuwsblad',
    'morgen volkskrant zeitung monde club fc united city street straat avenue square plein park airport',
    'station hotel school college hospital ziekenhuis court hof tribunal tribunaal army leger navy force',
    'forces federation federatie republic republiek république republik kingdom koninkrijk royaume',
    'königreich states staten zee sea ocean oceaan river rivier island eiland prijs prize prix preis',
    'award cup beker tour open games spelen festival summit top conference conferentie akkoord agreement',
    'accord treaty verdrag traité vertrag plan act wet doctrine operation operatie opération kamer senaat',
    'senate sénat parlement parliament congress congres kongress regering government gouvernement',
    'regierung house huis maison haus palace paleis palais palast straße strasse platz rue place gate',
    'brug bridge pont brücke airport luchthaven haven port hafen weg laan dijk markt market stadium',
    'stadion arena theater theatre théâtre cathedral kathedraal centrum center centre zentrum gemeente',
    'provincie province region regio région oblast county district departement département vallei valley',
    'vallée tal berg mountain mont gebergte meer lake lac see golf gulf baai bay kaap cape oorlog war',
    'guerre krieg revolutie revolution révolution crisis krise crise beweging movement mouvement bewegung',
    'front alliantie alliance bündnis coalitie coalition koalition brigade bataljon battalion regiment',
    'division divisie korps corps vloot fleet flotte headquarters headquarter order orders branch board gallery galleries memorial',
    // Dutch and Belgian ministries by their short names ("de chef Defensie", "minister van Financiën",
    // "Buitenlandse Zaken").
    'defensie financien justitie zaken onderwijs volksgezondheid landbouw waterstaat',
    // Forms of address for an office ("Mr. Ranking Member", "Mr. Vice President").
    'member vice',
    // Party members as a group ("Christian Democrats", "Free Democrats", "Georgia Republicans") and
    // broadcasters and missions after a place ("Israel Radio", "Kenya Embassy"), never a surname.
    'democrats republicans democraten republikeinen demokraten republikaner socialists conservatives liberals',
    'tories greens radio television tv embassy consulate olympics',
    // Publishers ("Kluwer Academic Publishers": "academic" is a role word).
    'publishers publishing press media',
    // Firms named after their founders that news names with no company word ("bij Albert Heijn").
    'heijn',
    // Title words after a role cue (\"Secretary General Jens Stoltenberg\").
    'general generaal général saint sint san santa santo sankt st national nationale international',
    'internationale communications holding holdings partners capital systems energy telecom media motors',
    'electric financial securities insurance pharma records pictures studios airline express global',
    'europe europa equities institutional shelter jupiter saturn neptune uranus pluto police politie',
    'klinik kliniken assembly assemblée versammlung league liga ligue store shop app office bureau service',
    'services committee comité komitee ausschuss commissariaat authority autoriteit behörde board co corp',
    'design designs band productions academy academie akademie sports license licence beach springs',
    'heights hills harbor harbour falls creek canyon desert woestijn peninsula schiereiland base fort',
    // Firms after "General" ("General Dynamics", "General Atomics"), which is also a rank before a
    // name, and the "General Staff" of an army.
    'dynamics atomics aviation aerospace industries technologies robotics staff motor',
  ).map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/** Month and weekday names: capitalised in English and German, and some are also given names. */
export const CALENDAR_WORDS = new Set(
  words(
    'january february march april may june july august september october november december januari',
    'februari maart mei juni juli augustus oktober januar februar märz marz dezember monday tuesday',
    'wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag christmas kerstmis pasen easter',
    'pinksteren',
  ),
);

/** Endings of closed compounds that name places and organisations ("Kerckhovestraat", "Inlichtingendienst"). */
export const NOT_A_PERSON_SUFFIXES = words(
  'straat laan plein dienst partij raad bank kerk school fonds groep markt strasse straße platz',
  'ministerium verband gesellschaft bond haven zaal stadion stichting instituut centrum museum',
  'ziekenhuis kliniek academie prijs boulevard kade singel gracht dreef kazerne',
);

/**
 * Function words that are capitalised only at a sentence start and never belong to a name. English
 * ones apart: Dutch "Dan" ("then") and French "Les" open sentences, but "Dan McDowell" and "Les
 * Dennis" in English are names (see {@link functionWords}).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  words(
    'the a and but or on at for with this that these those it he she they i you his her their our my',
    'when while after before if as by from to of what who why how where there here then now in is was',
    'later earlier meanwhile however yesterday today tonight instead afterwards finally also yet since',
    'until although though because despite during among against without under whether ah',
  ),
);
const ALL_FUNCTION_WORDS = new Set([
  ...ENGLISH_FUNCTION_WORDS,
  ...words(
    // nl
    'het een en maar ook zo want dat dit deze wat wie waar hoe als om aan met voor na bij tot uit door',
    'over onder tegen zonder toen nu dan wel niet geen er hij zij ze wij we ik jij u men zijn haar hun',
    'ons onze mijn volgens ondanks is was in op te',
    // fr
    'il elle ils les des un une et mais ou dans sur pour avec ce cette selon en',
    // de, and prepositions that open a German sentence before a name ("Laut Masala fehlt ..."), folded
    'und aber oder ein eine einer dem des im mit auf für nach bei wie auch nicht er sie es wir ich in',
    'laut gemass zufolge seit uber ohne durch trotz wegen wahrend ausser zwischen neben',
  ),
]);

/**
 * The function words of a text in `lang`: an English text's own only ("Dan McDowell", "Les
 * Dennis"); every other text is asked all of them, since Dutch, French and German news quote
 * English and each other (and OCR'd pages split words into fragments such as "Op", "Aan", "Men").
 */
export function functionWords(lang: string | null): ReadonlySet<string> {
  return lang === 'en' ? ENGLISH_FUNCTION_WORDS : ALL_FUNCTION_WORDS;
}

/**
 * Endings of compound role nouns (Dutch writes them as one word: "kamervoorzitter",
 * "kinderpsychologe", "Ruslanddeskundige"): a word ending in one of them is a role cue too.
 */
export const ROLE_SUFFIXES = words(
  'voorzitter minister woordvoerder woordvoerster deskundige winnaar winnares psycholoog',
  'psychologe socioloog sociologe politicoloog econoom filosoof kenner leider chef baas directeur',
  'directrice manager trainer coach speler speelster renner rijder schilder zanger zangeres schrijver',
  'schrijfster dichter architect ontwerper regisseur acteur actrice journalist journaliste fotograaf',
  'componist pianist gitarist drummer dirigent voetballer doelman kampioen kampioene genoot filmster',
  'popster wereldster tennisster voetbalster ambassadeur secretaris commissaris burgemeester advocaat',
  'procureur rechter onderzoeker onderzoekster professor hoogleraar historicus generaal commandant',
  'topman topvrouw zakenman zakenvrouw oprichter organisator ondernemer kandidaat watcher redacteur',
  'correspondent commentator analist adviseur kernlid bestuurslid kamerlid parlementslid',
  'vroedvrouw verpleegster dokter chirurg meester',
  // de: the heads of German compound roles ("Grünen-Politikerin", "Militärexperte", "Regierungssprecher")
  'politiker politikerin experte expertin sprecher sprecherin leiter leiterin forscherin analystin',
  'kommandeur abgeordnete abgeordneter präsidentin ministerin chefin',
).map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''));

/**
 * Verbs of saying that, right before a capitalised word, attribute a quote to a person
 * ("zegt Vandewalle", "meent De Paepe", "said Smith"). Verbs that media and organisations "do" as
 * often as people (melden, schrijven, berichten, bevestigen) are left out.
 */
export const SPEECH_VERBS = new Set(
  words(
    'zegt zei meent meende vertelt vertelde verklaart verklaarde benadrukt benadrukte beklemtoont',
    'beklemtoonde oordeelt oordeelde lacht lachte zucht zuchtte antwoordt antwoordde stelt',
    'stelde erkent erkende waarschuwt waarschuwde constateert constateerde concludeert concludeerde',
    'beweert beweerde herinnert herinnerde getuigt getuigde',
    'said says added explained recalled admitted insisted',
    'dit déclare explique affirme estime ajoute raconte sagt sagte erklärt erklärte meint meinte',
  ).map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/**
 * Nouns for a person's nationality or region (capitalised in Dutch): "de Brit Tom Hughes",
 * "de Tunesiër Mounir Haddadi". A cue for the name after it, never part of a name.
 */
export const DEMONYMS = new Set(
  words(
    'belg brit fransman française nederlander duitser amerikaan braziliaan italiaan spanjaard rus',
    'russin zweed noor deen pool tsjech slowaak oostenrijker zwitser ier schot engelsman welshman',
    'australiër canadees japanner chinees israëliër palestijn tunesiër marokkaan algerijn egyptenaar',
    'turk griek portugees argentijn mexicaan colombiaan chileen peruaan venezolaan cubaan keniaan',
    'ethiopiër nigeriaan ghanees senegalees kameroener congolees kroaat serviër bosniër sloveen',
    'hongaar roemeen bulgaar oekraïner litouwer iraniër irakees syriër libanees jordaniër saoediër',
    'afghaan pakistaan indiër koreaan vietnamees indonesiër limburger antwerpenaar gentenaar',
    'brusselaar hollander vlaming luxemburger kosovaar albanees georgiër armeniër',
    // English plurals, never a surname after a place's name ("In Jordan Palestinians protested").
    'palestinians israelis americans russians ukrainians syrians iranians iraqis afghans kurds',
    'jordanians egyptians lebanese saudis yemenis libyans sudanese somalis europeans africans',
    // Dutch plurals ("heeft Israël Palestijnen gedood").
    'palestijnen israeliers russen oekrainers amerikanen syriers libanezen iraniers irakezen afghanen koerden',
    'europeanen chinezen turken britten belgen nederlanders duitsers',
  ).map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/**
 * Given names that are also common words: not taken as a given name at the start of a
 * sentence or line ("Elke Belg", "Storm Ciara", "An Italian"), where they are capitalised anyway.
 */
export const AMBIGUOUS_GIVEN = new Set(
  words(
    'an bent elke lot storm wolf toon job will rose grace hope faith joy mag ken roos lieve bill art',
    'miles rich pat sky summer dean earl rex',
  ),
);

/**
 * Words, or endings of compound words, right before a capitalised sequence that make it an
 * organisation or a work, not a person ("zakenbank Goldman Sachs", "softwarebedrijf Exact",
 * "architectenbureau Jaspers", "the Rolling Stones", "beurshuis Petercam").
 */
export const ORG_CUES = words(
  'bank uitgever uitgeverij concern bedrijf firma fabrikant holding maatschappij band club ploeg',
  'team krant dagblad weekblad zender omroep merk label beurshuis keten distributeur producent',
  'bureau galerie leverancier verzekeraar bouwer constructeur operator groep supermarkt the',
);

/** Adverbs and other words that open Dutch sentences; never a surname after an initial ("C. Daarna"). */
export const SENTENCE_STARTERS = new Set(
  words(
    'daarna daarom daarbij daarmee daarentegen daardoor daarvoor toch zeker dus ook intussen ondertussen',
    'bovendien vervolgens nadien eerst later gisteren vandaag morgen nochtans echter immers alleen',
    'zelfs verder tenslotte ten slotte zo hier daar waarom wanneer sinds nooit altijd misschien',
  ),
);
