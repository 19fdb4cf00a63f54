/**
 * A publication date as pages write it, read into something the cards can use. Pages put ISO
 * timestamps in their metadata ("2022-04-06T03:00:00+02:00"), but also placeholders a CMS never
 * filled ("0001-01-01T00:00:00Z" on Gannett pages: cards "as of" the year 1 would show no office
 * anyone held) and dates for people ("19 Nov 2019 07:09 GMT" in Al Jazeera's JSON-LD, "November 18,
 * 2019" in Smithsonian's `<time>`, "6 april 2022", "19. November 2019", "1er mars 2022").
 */
import { fold } from '../text/fold';

/** Month names and their usual abbreviations in en, nl, fr and de, folded (no accents, lowercase), to the month's number. */
const MONTHS = new Map<string, number>();
[
  'january januari janvier januar jan janv jaen',
  'february februari fevrier februar feb febr fev fevr',
  'march maart mars marz maerz mar mrt',
  'april avril apr avr',
  'may mei mai',
  'june juni juin jun',
  'july juli juillet jul juil',
  'august augustus aout aug',
  'september septembre sep sept',
  'october oktober octobre oct okt',
  'november novembre nov',
  'december dezember decembre dec dez',
].forEach((line, i) => line.split(' ').forEach((name) => MONTHS.set(name, i + 1)));

/** The earliest year taken for an article's date: anything before is a placeholder ("0001-01-01"). */
const EARLIEST_YEAR = 1900;

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
/** "19 Nov 2019", "19. November 2019", "1er mars 2022", "Tue, 19 Nov 2019 07:09:00 GMT". */
const DAY_MONTH_YEAR = /(?:^|[^\p{L}\d])(\d{1,2})(?:er|\.)?\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u;
/** "November 18, 2019", "Nov. 18, 2019", "Tue Nov 19 2019". */
const MONTH_DAY_YEAR = /(?:^|[^\p{L}])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
/** "2019/11/19", "2019.11.19". */
const YEAR_MONTH_DAY = /(?:^|\D)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;

function day(year: number, month: number | undefined, date: number): string | null {
  if (!month || month < 1 || month > 12 || date < 1 || date > 31 || year < EARLIEST_YEAR || year > 2999) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * `value` as a publication date: itself when it is an ISO date with a plausible year (the time and
 * zone kept), its day as YYYY-MM-DD when it is written for people, or null for a placeholder or
 * anything unreadable (the caller then asks the next source).
 */
export function publicationDate(value: string): string | null {
  const v = value.trim();
  const iso = ISO.exec(v);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? v : null;
  let m = DAY_MONTH_YEAR.exec(v);
  if (m) {
    const found = day(Number(m[3]), MONTHS.get(fold(m[2]!)), Number(m[1]));
    if (found) return found;
  }
  m = MONTH_DAY_YEAR.exec(v);
  if (m) {
    const found = day(Number(m[3]), MONTHS.get(fold(m[1]!)), Number(m[2]));
    if (found) return found;
  }
  m = YEAR_MONTH_DAY.exec(v);
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
