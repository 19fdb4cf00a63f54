/**
 * Mentions as they cross from the background to a content script: numbers and a table of
 * strings instead of one object per mention. A 1 MB article has ~12,000 mentions; as objects
 * they are ~1.9 MB of JSON, which the page would parse in one long task (~30 ms). The span's text
 * is not sent: the content script has the text it asked about (`Mention.text` is its slice).
 */
import { CATEGORIES } from '../kb/schema';
import type { RecognisedMention } from './kb-answers';

export interface PackedMentions {
  /** Entity ids and display names the mentions refer to, each once. */
  strings: string[];
  /**
   * Six numbers per mention: start, end, entity id (index into `strings`, -1 for none), name
   * (index, -1 for none), confidence x 10,000, and flags: category index x 4, +2 inferred, +1 low salience.
   */
  nums: number[];
  /** Mention index, its alternatives and its other readings (indexes into `strings`), for those that have any. */
  lists: [number, number[], number[]][];
}

const FIELDS = 6;

export function packMentions(mentions: readonly RecognisedMention[]): PackedMentions {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const ref = (s: string | null | undefined) => {
    if (s == null) return -1;
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const nums: number[] = new Array(mentions.length * FIELDS);
  const lists: PackedMentions['lists'] = [];
  mentions.forEach((m, k) => {
    const o = k * FIELDS;
    nums[o] = m.start;
    nums[o + 1] = m.end;
    nums[o + 2] = ref(m.entityId);
    nums[o + 3] = ref(m.name);
    nums[o + 4] = Math.round(m.confidence * 10_000);
    nums[o + 5] = CATEGORIES.indexOf(m.category) * 4 + (m.source === 'inferred' ? 2 : 0) + (m.salience === 'low' ? 1 : 0);
    if (m.alternatives?.length || m.readings?.length)
      lists.push([k, (m.alternatives ?? []).map(ref), (m.readings ?? []).map(ref)]);
  });
  return { strings, nums, lists };
}

/** The mentions of `text` (the run they were recognised in) back as objects; throws on a malformed pack. */
export function unpackMentions(p: PackedMentions, text: string): RecognisedMention[] {
  const { strings, nums } = p;
  if (!Array.isArray(strings) || !Array.isArray(nums) || nums.length % FIELDS || !Array.isArray(p.lists))
    throw new Error('mentions: malformed');
  const str = (i: number | undefined) => {
    if (i === -1) return null;
    const s = strings[i!];
    if (typeof s !== 'string') throw new Error('mentions: malformed');
    return s;
  };
  const out: RecognisedMention[] = new Array(nums.length / FIELDS);
  for (let k = 0; k < out.length; k++) {
    const o = k * FIELDS;
    const start = nums[o]!;
    const end = nums[o + 1]!;
    const flags = nums[o + 5]!;
    const category = CATEGORIES[flags >> 2];
    if (!(start >= 0 && end > start && end <= text.length) || !category) throw new Error('mentions: malformed');
    const m: RecognisedMention = {
      text: text.slice(start, end),
      start,
      end,
      category,
      entityId: str(nums[o + 2]),
      confidence: nums[o + 4]! / 10_000,
      source: flags & 2 ? 'inferred' : 'kb',
      salience: flags & 1 ? 'low' : 'normal',
    };
    const name = str(nums[o + 3]);
    if (name !== null) m.name = name;
    out[k] = m;
  }
  for (const [k, alternatives, readings] of p.lists) {
    const m = out[k];
    if (!m) throw new Error('mentions: malformed');
    if (alternatives.length) m.alternatives = alternatives.map((i) => str(i)!);
    if (readings.length) m.readings = readings.map((i) => str(i)!);
  }
  return out;
}
