/**
 * Things named after a city or country that are not it (`place-in-name.ts` asks): North American
 * sports teams ("Washington Commanders", "Boston Red Sox"), airlines and broadcasters ("Air
 * France", "Radio Canada"), and foods ("Brussels sprouts"). The place's card would be wrong there.
 */

/** Nicknames of the major North American leagues' teams (NFL, NBA, MLB, NHL), folded; capitalised after the city. */
export const TEAM_NICKNAMES = new Set(
  (
    'commanders cowboys giants eagles bears packers lions vikings saints falcons panthers buccaneers rams 49ers ' +
    'seahawks cardinals chiefs raiders broncos chargers patriots bills dolphins jets steelers ravens browns bengals ' +
    'texans colts titans jaguars lakers clippers warriors kings suns celtics knicks nets 76ers raptors bulls ' +
    'cavaliers pistons pacers bucks heat magic hawks hornets wizards nuggets timberwolves thunder jazz mavericks ' +
    'rockets spurs grizzlies pelicans yankees mets orioles rays guardians tigers royals twins astros angels ' +
    'athletics mariners rangers braves marlins phillies nationals cubs reds brewers pirates diamondbacks rockies ' +
    'dodgers padres capitals islanders devils flyers penguins bruins sabres canadiens senators lightning hurricanes ' +
    'blackhawks predators blues wild avalanche stars oilers flames canucks kraken ducks sharks coyotes'
  ).split(' '),
);

/** Two-word team nicknames, folded ("Red Sox", "Maple Leafs"). */
export const TEAM_NICKNAMES_2 = new Set([
  'red sox',
  'red wings',
  'blue jays',
  'blue jackets',
  'white sox',
  'maple leafs',
  'trail blazers',
  'golden knights',
]);

/** Capitalised words before a place in the names of airlines and broadcasters ("Air France", "Radio Canada"), as written. */
export const BRAND_BEFORE = new Set(['Air', 'Radio']);

/** Lowercase words after a place in the names of foods and goods ("Brussels sprouts", "Panama hat"), by the place's folded form. */
export const GOODS_AFTER = new Map<string, Set<string>>([
  ['brussels', new Set(['sprouts', 'sprout'])],
  ['panama', new Set(['hat', 'hats'])],
  ['jerusalem', new Set(['artichoke', 'artichokes'])],
  ['peking', new Set(['duck'])],
]);
