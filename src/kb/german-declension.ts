/**
 * German adjectives in names decline: "der Internationale Strafgerichtshof", "vor dem
 * Internationalen Strafgerichtshof", "ein Internationaler Strafgerichtshof"; "das Auswärtige Amt",
 * "des Auswärtigen Amtes". Entries list the forms their authors thought of; at build time each
 * German name of a thing (never a person: "Peter Müller" holds no adjective) gets the other
 * endings of an adjective before a capitalised word, so every case of the name is found.
 */

/** Endings of a declined adjective, longest first so that the stem is found. */
const ENDINGS = ['em', 'en', 'er', 'es', 'e'];

/** Stems of adjectives by their ending ("arab-isch", "ständ-ig", "nation-al", "konvention-ell"). */
const ADJECTIVE_STEM = /(?:isch|ig|al|lich|ell|iv|är)$/;
/** Stems of adjectives of other shapes that names use. */
const OTHER_STEMS = new Set(
  'deutsch vereinigt vereint rot schwarz weiß kalt erst zweit dritt neu groß frei nah oberst gemeinsam golden eisern strukturiert alliiert auswärtig zwölftägig'.split(
    ' ',
  ),
);

/** The stem of a capitalised declined adjective ("Internationalen" -> "International"), or null. */
function adjectiveStem(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const lower = stem.toLowerCase();
    if (stem.length >= 3 && (ADJECTIVE_STEM.test(lower) || OTHER_STEMS.has(lower))) return stem;
  }
  return null;
}

/**
 * The other declensions of a German name: its adjectives written before a capitalised word (at most
 * two, which decline alike: "Ständige Strukturierte Zusammenarbeit") take each ending together.
 * The name itself is not among them.
 */
export function germanDeclensions(name: string): string[] {
  const words = name.split(' ');
  const stems = new Map<number, string>();
  for (let i = 0; i < words.length - 1 && stems.size < 2; i++) {
    const stem = adjectiveStem(words[i]!);
    if (stem && /^\p{Lu}/u.test(words[i + 1]!)) stems.set(i, stem);
  }
  if (stems.size === 0) return [];
  return ENDINGS.map((e) => words.map((w, k) => (stems.has(k) ? stems.get(k)! + e : w)).join(' ')).filter((v) => v !== name);
}
