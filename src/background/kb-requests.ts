/**
 * The knowledge-base requests of content scripts, checked before they reach `kb-service.ts`:
 * anything can arrive on `runtime.onMessage`, so a request of the wrong shape or size is refused
 * (answered with nothing useful), never half-served.
 */
import { LANGS, type Lang } from '../kb/schema';
import type { Message, ToBackground } from '../shared/messages';
import type { KbService } from './kb-service';

/** Text the background recognises per request: a few times the largest articles (the 1 MB test page). */
const MAX_TEXT = 8_000_000;
const MAX_RUNS = 10_000;
const MAX_IDS = 5_000;

type KbMessage = Message<ToBackground, 'kbWarm' | 'kbRecognise' | 'kbEntries' | 'kbSearch' | 'kbExplain'>;

const isLang = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2,3}$/.test(v);
const isCardLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isIds = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((id) => typeof id === 'string' && id.length < 300);

function validRuns(v: unknown): v is { text: string; named: string[] }[] {
  if (!Array.isArray(v) || v.length > MAX_RUNS) return false;
  let size = 0;
  for (const run of v as { text?: unknown; named?: unknown }[]) {
    if (typeof run?.text !== 'string' || !isIds(run.named, MAX_IDS)) return false;
    size += run.text.length;
  }
  return size <= MAX_TEXT;
}

const refused = Promise.resolve(null);

/** Answers a knowledge-base request, or returns undefined when the message is not one. */
export function answerKb(kb: KbService, message: Message<ToBackground>): Promise<unknown> | undefined {
  const m = message as KbMessage;
  switch (m.type) {
    case 'kbWarm':
      return kb.recogniser().then(
        () => null,
        () => null,
      );
    case 'kbRecognise':
      if (!validRuns(m.runs) || (m.lang !== null && !isLang(m.lang)) || (m.date !== null && !isDay(m.date))) return refused;
      return kb.recognise({ runs: m.runs, lang: m.lang, date: m.date });
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
