/**
 * What the name finder remembers of the people named in full in one text, so that a bare surname
 * ("Vermeersch", "De Paepe", "Abadi") or a bare given name ("Lieven") can be linked back to them:
 * the surname keys, the given names, and per word and per token what was last asked or recorded
 * (the two passes ask the same questions again; see `name-finder.ts`).
 */
import { ARABIC_ARTICLES, type Candidate, type NameText } from './name-candidate';
import { GIVEN } from './name-words';
import { ScratchInts } from './scratch-ints';

export interface Known {
  name: string;
  /** Offset of the full name. */
  at: number;
  /** Index in {@link NameMemory.known}. */
  index: number;
}

export interface NameMemory {
  /** Folded surname (with its particles: "de paepe") -> the full name. */
  surnames: Map<string, Known>;
  /**
   * The first and the second part of every key of {@link surnames}: most runs of several words
   * are then known not to be a key without building one.
   */
  surnameStarts: Set<string>;
  surnameSeconds: Set<string>;
  /**
   * Per word of the word table: the full name whose one-word surname it is, as last looked up
   * (`surnameOf`: index + 1 into `known`, 0 = none) while {@link surnames} held `surnameSeen` - 1
   * keys. Keys are only ever added, so an unchanged count means an unchanged answer.
   */
  surnameSeen: Int32Array;
  surnameOf: Int32Array;
  /** Every full name remembered, in order. */
  known: Known[];
  /** Per token: what {@link remember} was last called with for a name starting there (shape 0: never). */
  rememberedShape: Int32Array;
  rememberedEnd: Int32Array;
  rememberedParts: Int32Array;
  /** Folded given name -> the full name, or null when two people share it. */
  given: Map<string, Omit<Known, 'index'> | null>;
}

type MemoryText = NameText & NameMemory;

/**
 * The per-token and per-word arrays of {@link NameMemory}, kept between calls: allocating them per
 * call (2 MB for 1 MB of text) cost more than clearing them.
 */
const SCRATCH = {
  surnameSeen: new ScratchInts(),
  surnameOf: new ScratchInts(),
  rememberedShape: new ScratchInts(),
  rememberedEnd: new ScratchInts(),
  rememberedParts: new ScratchInts(),
};

/** A memory of no one, for a text of `tokens` tokens and `words` distinct words. */
export function emptyMemory(tokens: number, words: number): NameMemory {
  return {
    surnames: new Map(),
    surnameStarts: new Set(),
    surnameSeconds: new Set(),
    surnameSeen: SCRATCH.surnameSeen.zeros(words),
    surnameOf: SCRATCH.surnameOf.zeros(words),
    known: [],
    rememberedShape: SCRATCH.rememberedShape.zeros(tokens),
    rememberedEnd: SCRATCH.rememberedEnd.zeros(tokens),
    rememberedParts: SCRATCH.rememberedParts.zeros(tokens),
    given: new Map(),
  };
}

/** Parts 0..count-1 of the candidate, joined by spaces: the key of a surname. */
function partsKey(c: Candidate, from: number, count: number): string {
  let key = c.parts[from]!;
  for (let p = from + 1; p < count; p++) key += ' ' + c.parts[p]!;
  return key;
}

/** The full name whose surname key is the candidate's first `count` parts, if one is known. */
export function knownSurname(ctx: MemoryText, c: Candidate, count: number): Known | undefined {
  if (ctx.surnames.size === 0) return undefined;
  if (count === 1) {
    // One part is the first word's folded form: answered per word of the table while no surname is added.
    const id = c.id[0]!;
    if (id < 0) return ctx.surnames.get(c.parts[0]!);
    const seen = ctx.surnames.size + 1;
    if (ctx.surnameSeen[id] !== seen) {
      const known = ctx.surnames.get(c.parts[0]!);
      ctx.surnameSeen[id] = seen;
      ctx.surnameOf[id] = known ? known.index + 1 : 0;
      return known;
    }
    const at = ctx.surnameOf[id]!;
    return at === 0 ? undefined : ctx.known[at - 1];
  }
  return ctx.surnameStarts.has(c.parts[0]!) && ctx.surnameSeconds.has(c.parts[1]!)
    ? ctx.surnames.get(partsKey(c, 0, count))
    : undefined;
}

/**
 * Whether anything remembered can bear on a verdict about the candidate: a surname key it may be
 * (its first part, or a key starting with its first two parts), or someone named in full whose
 * given name is its first word (asked of a one-word run). When nothing does, every look-up the
 * name finder makes for it finds nothing, now and at any earlier point of the text, since what is
 * remembered only ever grows.
 */
export function bearsOn(ctx: MemoryText, c: Candidate): boolean {
  const first = c.parts[0]!;
  if (ctx.surnames.has(first)) return true;
  if (c.partCount >= 2 && ctx.surnameStarts.has(first) && ctx.surnameSeconds.has(c.parts[1]!)) return true;
  // A run with particles is judged again as its first word alone (`name-finder.ts`).
  return (c.count === 1 || c.particles) && !!ctx.given.get(c.norm[0]!);
}

/**
 * Record a full name (the candidate's first `count` words and `partCount` parts), so that its
 * surname and its given name can be recognised alone. A single word counts as a surname to
 * remember only when a cue introduced it ("manager Peeters").
 */
export function remember(
  ctx: MemoryText,
  c: Candidate,
  count: number,
  partCount: number,
  particles: boolean,
  found: { name: string; start: number },
  cued: boolean,
): void {
  const keys = [partsKey(c, 0, partCount)];
  if (count >= 2 && !c.leadParticle) {
    // A surname with particles is only ever repeated with them ("De Paepe", "Von der Leyen"), and
    // "Jan van Gent" must not make every "Gent" a person.
    if (particles) {
      keys.push(partsKey(c, 1, partCount));
      // Arabic surnames are repeated without their article too ("al-Abadi", then "Abadi").
      if (ARABIC_ARTICLES.has(c.parts[partCount - 2]!)) keys.push(c.norm[count - 1]!);
    } else {
      keys.push(c.norm[count - 1]!);
      if (count >= 3) keys.push(partsKey(c, 1, partCount));
    }
  } else if (!(count >= 2 || c.initials > 0 || c.leadParticle || cued)) return;
  for (const k of keys)
    if (!ctx.surnames.has(k)) {
      const known: Known = { name: found.name, at: found.start, index: ctx.known.length };
      ctx.known.push(known);
      ctx.surnames.set(k, known);
      const space = k.indexOf(' ');
      ctx.surnameStarts.add(space < 0 ? k : k.slice(0, space));
      if (space >= 0) {
        const next = k.indexOf(' ', space + 1);
        ctx.surnameSeconds.add(next < 0 ? k.slice(space + 1) : k.slice(space + 1, next));
      }
    }
  if (count >= 2 && c.initials === 0 && !c.leadParticle && c.wordIs(ctx, 0, GIVEN)) {
    const first = c.norm[0]!;
    const had = ctx.given.get(first);
    if (had === undefined) ctx.given.set(first, { name: found.name, at: found.start });
    else if (had && had.name !== found.name) ctx.given.set(first, null);
  }
}
