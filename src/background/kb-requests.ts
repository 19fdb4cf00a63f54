/**
 * The knowledge-base requests of content scripts, checked before they reach `kb-service.ts`:
 * anything can arrive on `runtime.onMessage`, so a request of the wrong shape or size is refused
 * (answered with nothing useful), never half-served.
 */
import { LANGS, type Lang } from '../kb/schema';
import type { Declined, Recognised } from '../shared/kb-answers';
import type { Message, ToBackground } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { KbService } from './kb-service';
import { MAX_TEXT, type Uploads } from './uploads';

const MAX_RUNS = 10_000;
/** Longest piece of an upload, and longest upload key. */
const MAX_PIECE = 1_000_000;
const MAX_KEY = 100;
const MAX_IDS = 5_000;

type KbMessage = Message<ToBackground, 'kbWarm' | 'kbUpload' | 'kbRecognise' | 'kbEntries' | 'kbSearch' | 'kbExplain'>;
type Run = ToBackground['kbRecognise']['runs'][number];

const isLang = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2,3}$/.test(v);
const isCardLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isIds = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((id) => typeof id === 'string' && id.length < 300);

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY;

function validRuns(v: unknown): v is Run[] {
  if (!Array.isArray(v) || v.length > MAX_RUNS) return false;
  let size = 0;
  for (const run of v as { text?: unknown; named?: unknown; uploaded?: unknown }[]) {
    if (typeof run?.text !== 'string' || !isIds(run.named, MAX_IDS)) return false;
    if (run.uploaded !== undefined && !isKey(run.uploaded)) return false;
    size += run.text.length;
  }
  return size <= MAX_TEXT;
}

/** The runs with their uploaded beginnings put back; null if an upload is missing. */
function withUploads(uploads: Uploads, scope: string, runs: Run[]): { text: string; named: string[] }[] | null {
  const out: { text: string; named: string[] }[] = [];
  for (const run of runs) {
    const head = run.uploaded === undefined ? '' : uploads.take(scope, run.uploaded);
    if (head === null || head.length + run.text.length > MAX_TEXT) return null;
    out.push({ text: head + run.text, named: run.named });
  }
  return out;
}

const refused = Promise.resolve(null);
const declined: Declined = { off: true };

/**
 * Who sent a request: `scope` names its tab and frame; `settingsIfActive` gives the settings when
 * Gloss is on at its site, null when it is off there.
 */
export interface Sender {
  scope: string;
  settingsIfActive: () => Promise<Settings | null>;
}

/**
 * Answers a knowledge-base request, or returns undefined when the message is not one. Uploads of
 * one sender (tab and frame) are never read by another.
 */
export function answerKb(
  kb: KbService,
  uploads: Uploads,
  message: Message<ToBackground>,
  sender: Sender,
): Promise<unknown> | undefined {
  const m = message as KbMessage;
  const { scope } = sender;
  switch (m.type) {
    case 'kbUpload':
      if (!isKey(m.key) || typeof m.text !== 'string' || m.text.length > MAX_PIECE) return refused;
      return Promise.resolve(uploads.add(scope, m.key, m.text) || null);
    case 'kbWarm':
      return kb.recogniser().then(
        () => null,
        () => null,
      );
    case 'kbRecognise': {
      if (!validRuns(m.runs) || (m.lang !== null && !isLang(m.lang)) || (m.date !== null && !isDay(m.date))) return refused;
      const runs = withUploads(uploads, scope, m.runs);
      if (!runs) return refused;
      const recognise = () => kb.recognise({ runs, lang: m.lang, date: m.date });
      if (m.ifActive !== true) return recognise();
      // The settings go with the answer: the page then need not wait for its own read of them.
      return sender
        .settingsIfActive()
        .then<Recognised | Declined>((settings) => (settings ? recognise().then((r) => ({ ...r, settings })) : declined));
    }
    case 'kbEntries':
      return isIds(m.ids, MAX_IDS) ? kb.entries(m.ids) : refused;
    case 'kbSearch':
      if (typeof m.query !== 'string' || !isCardLang(m.lang) || typeof m.limit !== 'number') return refused;
      return kb.search(m.query.slice(0, 200), m.lang, Math.min(Math.max(1, Math.floor(m.limit)), 20));
    case 'kbExplain':
      if (typeof m.text !== 'string' || !isCardLang(m.cardLang) || (m.lang !== null && !isLang(m.lang))) return refused;
      if (m.date !== null && !isDay(m.date)) return refused;
      return kb.explain(m.text.slice(0, 500), m.lang, m.date, m.cardLang);
    default:
      return undefined;
  }
}
