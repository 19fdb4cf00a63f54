/**
 * Sentence templates for dated facts on cards, per card language. UI chrome lives in
 * `_locales`; these are part of the card's content, so they follow the article's language and
 * are available to the CLI and tests as well.
 */
import type { Lang } from './schema';

export interface Phrases {
  since(role: string, start: string): string;
  heldUntil(end: string): string;
  succeededBy(name: string): string;
  sinceThenRole(start: string, role: string): string;
  formerly(role: string, period: string): string;
  period(start: string, end: string): string;
  died(date: string): string;
  born(date: string): string;
  asOf(date: string): string;
  sinceThenHeading: string;
  atDateHeading(date: string): string;
  keyDates: string;
  sources: string;
  /** Heading for the related entries that this article also names. */
  alsoHere: string;
  checkedUpTo(date: string): string;
  /** How far the facts reach, after a date they do not reach ("known up to June 2025"). */
  knownUpTo(date: string): string;
}

export const PHRASES: Record<Lang, Phrases> = {
  en: {
    since: (r, s) => `${cap(r)} since ${s}`,
    heldUntil: (e) => `In office until ${e}`,
    succeededBy: (n) => `succeeded by ${n}`,
    sinceThenRole: (s, r) => `Since ${s}: ${r}`,
    formerly: (r, p) => `Formerly ${r} (${p})`,
    period: (s, e) => `${s} – ${e}`,
    died: (d) => `Died ${d}`,
    born: (d) => `Born ${d}`,
    asOf: (d) => `as of ${d}`,
    sinceThenHeading: 'Since then',
    atDateHeading: (d) => `On ${d}`,
    keyDates: 'Key dates',
    sources: 'Sources',
    alsoHere: 'Also in this article',
    checkedUpTo: (d) => `Facts checked up to ${d}`,
    knownUpTo: (d) => `known up to ${d}`,
  },
  nl: {
    since: (r, s) => `${cap(r)} sinds ${s}`,
    heldUntil: (e) => `In functie tot ${e}`,
    succeededBy: (n) => `opgevolgd door ${n}`,
    sinceThenRole: (s, r) => `Sinds ${s}: ${r}`,
    formerly: (r, p) => `Voormalig ${r} (${p})`,
    period: (s, e) => `${s} – ${e}`,
    died: (d) => `Overleden ${d}`,
    born: (d) => `Geboren ${d}`,
    asOf: (d) => `stand ${d}`,
    sinceThenHeading: 'Sindsdien',
    atDateHeading: (d) => `Op ${d}`,
    keyDates: 'Belangrijke data',
    sources: 'Bronnen',
    alsoHere: 'Ook in dit artikel',
    checkedUpTo: (d) => `Feiten gecontroleerd tot ${d}`,
    knownUpTo: (d) => `bekend tot ${d}`,
  },
  fr: {
    since: (r, s) => `${cap(r)} depuis ${s}`,
    heldUntil: (e) => `En fonction jusqu'au ${e}`,
    succeededBy: (n) => `remplacé par ${n}`,
    sinceThenRole: (s, r) => `Depuis ${s} : ${r}`,
    formerly: (r, p) => `Ancien ${r} (${p})`,
    period: (s, e) => `${s} – ${e}`,
    died: (d) => `Décès : ${d}`,
    born: (d) => `Naissance : ${d}`,
    asOf: (d) => `à jour au ${d}`,
    sinceThenHeading: 'Depuis',
    atDateHeading: (d) => `Au ${d}`,
    keyDates: 'Dates clés',
    sources: 'Sources',
    alsoHere: 'Aussi dans cet article',
    checkedUpTo: (d) => `Faits vérifiés jusqu’en ${d}`,
    knownUpTo: (d) => `connu jusqu’en ${d}`,
  },
  de: {
    since: (r, s) => `${cap(r)} seit ${s}`,
    heldUntil: (e) => `Im Amt bis ${e}`,
    succeededBy: (n) => `Nachfolger: ${n}`,
    sinceThenRole: (s, r) => `Seit ${s}: ${r}`,
    formerly: (r, p) => `Ehemals ${r} (${p})`,
    period: (s, e) => `${s} – ${e}`,
    died: (d) => `Gestorben ${d}`,
    born: (d) => `Geboren ${d}`,
    asOf: (d) => `Stand ${d}`,
    sinceThenHeading: 'Seitdem',
    atDateHeading: (d) => `Am ${d}`,
    keyDates: 'Wichtige Daten',
    sources: 'Quellen',
    alsoHere: 'Auch in diesem Artikel',
    checkedUpTo: (d) => `Fakten geprüft bis ${d}`,
    knownUpTo: (d) => `bekannt bis ${d}`,
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "2014" -> "2014", "2014-10" -> "October 2014", "2024-10-01" -> "1 October 2024", in the card language. */
export function formatPartialDate(d: string, lang: Lang): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, day ?? 1));
  const opts: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, opts).format(date);
}
