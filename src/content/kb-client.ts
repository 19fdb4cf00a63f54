/**
 * The content script's side of the knowledge base, which lives in the background
 * (`background/kb-service.ts`): recognition, full entries, search and "Explain" are requests over
 * the extension's messaging. The entries the background has sent are kept here, so the panel and
 * cards draw from them at once. A broken or missing answer is a quiet failure for the caller
 * (no marks, no card), never an exception in the page.
 */
import type { IndexEntry } from '../kb/compiled';
import type { Entry, Lang } from '../kb/schema';
import type { Declined, EntriesAnswer, Recognised, RecognisedMention } from '../shared/kb-answers';
import type { Message, ToBackground } from '../shared/messages';
import { unpackMentions } from '../shared/mention-wire';
import { normaliseSettings, type Settings } from '../shared/settings';

/** Sends a request to the background and resolves to its answer (`runtime.sendMessage`). */
export type Send = (message: Message<ToBackground>) => Promise<unknown>;

const isEntryList = (v: unknown): v is Entry[] =>
  Array.isArray(v) && v.every((e) => typeof (e as Entry | null)?.id === 'string' && typeof (e as Entry).label === 'object');
const isEntriesAnswer = (v: unknown): v is EntriesAnswer =>
  isEntryList((v as EntriesAnswer | null)?.entries) && isEntryList((v as EntriesAnswer).refs);

function isRecognised(v: unknown, runs: number): v is Recognised {
  const r = v as Recognised | null;
  return (
    Array.isArray(r?.runs) &&
    r.runs.length === runs &&
    r.runs.every((p) => Array.isArray(p?.nums)) &&
    Array.isArray(r.entries) &&
    typeof r.reviewed === 'string'
  );
}

/**
 * Most text sent in one message: the page serialises a message in one task, at ~0.1 ms per kB
 * in Chromium (the 1 MB test page's text in one message blocked it for ~100-200 ms).
 */
const PIECE = 100_000;

export class KbClient {
  /** Names, category, related and dated facts of every entity the background has named. */
  private readonly light = new Map<string, IndexEntry>();
  /** Full entries (descriptions, explanations, sources) fetched for cards. */
  private readonly full = new Map<string, Entry>();
  /** Oldest review date of the knowledge base (cards say facts are known up to it). */
  reviewed = '';
  /** The background's own time for the last recognition (for `npm run bench:browser`). */
  lastTook = 0;

  constructor(private readonly send: Send) {}

  /** The page holds an article: let the background read its index while detection goes on. */
  warm(): void {
    this.send({ type: 'kbWarm' }).catch(() => undefined);
  }

  /**
   * Recognises runs of text in order (entities named in one run carry over to the next; `named`
   * are those named before the first). Mentions' offsets are into their own run.
   */
  async recognise(
    runs: { text: string; named: readonly string[] }[],
    lang: string | null,
    date: string | null,
    pause?: () => Promise<void>,
  ): Promise<RecognisedMention[][]> {
    const sent: ToBackground['kbRecognise']['runs'] = [];
    for (const run of runs) sent.push({ ...(await this.upload(run.text, pause)), named: [...run.named] });
    const answer = await this.send({ type: 'kbRecognise', runs: sent, lang, date });
    return this.read(answer, runs);
  }

  /**
   * Recognises an article's text before the page has read the settings; resolves to null when the
   * background declined because Gloss is off at this page's site (the page asks again if its
   * settings say otherwise). Only for a text that goes up in one message (nearly every article): a
   * longer one resolves to null at once and waits for the settings, so no site where Gloss is off
   * uploads its text.
   */
  async recogniseIfActive(
    text: string,
    lang: string | null,
    date: string | null,
  ): Promise<{ mentions: RecognisedMention[]; settings: Settings | null } | null> {
    if (text.length > PIECE) return null;
    const answer = await this.send({ type: 'kbRecognise', runs: [{ text, named: [] }], lang, date, ifActive: true });
    if ((answer as Declined | null)?.off === true) return null;
    const mentions = this.read(answer, [{ text }])[0]!;
    // Checked and repaired as stored settings are; none sent (an older background): the page waits for its own read.
    const sent = (answer as Recognised).settings;
    return { mentions, settings: sent && typeof sent === 'object' ? normaliseSettings(sent) : null };
  }

  /** Keeps what a recognition answer says of the knowledge base and unpacks its mentions. */
  private read(answer: unknown, runs: { text: string }[]): RecognisedMention[][] {
    if (!isRecognised(answer, runs.length)) throw new Error('knowledge base: no answer');
    for (const e of answer.entries) if (typeof e?.id === 'string') this.light.set(e.id, e);
    this.reviewed = answer.reviewed;
    this.lastTook = typeof answer.took === 'number' ? answer.took : 0;
    return answer.runs.map((packed, i) => unpackMentions(packed, runs[i]!.text));
  }

  /**
   * A long text goes up in pieces, one message each with a pause for the page in between (a
   * message is serialised in one task); the last piece travels with the request.
   */
  private async upload(text: string, pause?: () => Promise<void>): Promise<{ text: string; uploaded?: string }> {
    if (text.length <= PIECE) return { text };
    const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    let at = 0;
    for (; text.length - at > PIECE; at += PIECE) {
      if ((await this.send({ type: 'kbUpload', key, text: text.slice(at, at + PIECE) })) !== true)
        throw new Error('knowledge base: upload refused');
      await pause?.();
    }
    return { text: text.slice(at), uploaded: key };
  }

  /** What is known of an entry now: the full entry once fetched, else its index entry. */
  entry(id: string): IndexEntry | Entry | undefined {
    return this.full.get(id) ?? this.light.get(id);
  }

  fullEntry(id: string): Entry | undefined {
    return this.full.get(id);
  }

  /** Fetches the full entries not fetched yet (cards need them). */
  async loadFull(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.full.has(id));
    if (!missing.length) return;
    this.keep(await this.send({ type: 'kbEntries', ids: missing }));
  }

  async search(query: string, lang: Lang, limit = 8): Promise<Entry[]> {
    return this.keep(await this.send({ type: 'kbSearch', query, lang, limit }));
  }

  /** The entry a selected text names (recognised in it, or its best look-up match), or null. */
  async explain(text: string, lang: string | null, date: string | null, cardLang: Lang): Promise<Entry | null> {
    return this.keep(await this.send({ type: 'kbExplain', text, lang, date, cardLang }))[0] ?? null;
  }

  /** Keeps full entries and the index entries of those they name; returns the full ones. */
  private keep(answer: unknown): Entry[] {
    if (!isEntriesAnswer(answer)) throw new Error('knowledge base: no answer');
    for (const e of answer.refs) if (!this.light.has(e.id)) this.light.set(e.id, e);
    for (const e of answer.entries) this.full.set(e.id, e);
    return answer.entries;
  }
}
