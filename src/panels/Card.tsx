/**
 * A card: who or what an entry is as of the article's date, what changed since, the
 * explanation, key dates and the sources. Rendered from knowledge-base data only; every string
 * goes through JSX, so nothing is ever parsed as HTML.
 */
import { Fragment, type HTMLAttributes } from 'preact';
import { atDateHeading, cardFacts, pick } from '../kb/card-facts';
import { formatPartialDate, PHRASES } from '../kb/phrases';
import type { Entry, Lang } from '../kb/schema';
import { useState } from 'preact/hooks';
import { useT } from './i18n';
import { LiveSection, type LiveState } from './LiveSection';

export interface CardActions {
  /** Other entries this mention may mean ("Not this one?"). */
  alternatives: Entry[];
  onChoose: (entityId: string) => void;
  /** Hide the mark this card belongs to (this page only). */
  onHideMark?: () => void;
  /** Never explain this entity again (undo in the options page). */
  onMute: () => void;
}

export interface CardProps {
  entry: Entry;
  lang: Lang;
  /** Article date (YYYY-MM-DD) or null. */
  day: string | null;
  today: string;
  nameOf: (id: string) => string | null;
  onClose: () => void;
  /** Extra props for the card's root (position, hover handlers). */
  rootProps?: HTMLAttributes<HTMLElement>;
  pinned: boolean;
  /** Day up to which the knowledge base's facts were checked (YYYY-MM or YYYY-MM-DD); empty for live-only entries. */
  reviewed: string;
  actions?: CardActions;
  /** What a live look-up added, if one was made. */
  live?: LiveState;
  onLiveChoose?: (title: string) => void;
  /** Related entries the article also names, and how to open one of them. */
  alsoHere?: { id: string; name: string }[];
  onOpen?: (id: string) => void;
}

export function wikipediaUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

export function Card({
  entry,
  lang,
  day,
  today,
  nameOf,
  onClose,
  rootProps,
  pinned,
  reviewed,
  actions,
  live,
  onLiveChoose,
  alsoHere = [],
  onOpen,
}: CardProps) {
  const t = useT();
  const [askOther, setAskOther] = useState(false);
  const facts = cardFacts(entry, day, today, lang, nameOf);
  const heading = atDateHeading(day, today, reviewed, lang);
  const phrases = PHRASES[lang];
  const wiki = Object.entries(entry.sources.wikipedia ?? {}).sort(([a], [b]) => (a === lang ? -1 : b === lang ? 1 : 0));
  const titleId = `gloss-card-title-${entry.id.replace(/[^\w-]/g, '_')}`;
  // Stand-in entries for people outside the knowledge base have no sources of their own.
  const hasSources = wiki.length > 0 || Boolean(entry.sources.wikidata) || (entry.sources.official ?? []).length > 0;
  return (
    <section
      class={`card${pinned ? ' pinned' : ''}`}
      role={pinned ? 'region' : 'dialog'}
      aria-labelledby={titleId}
      data-testid="gloss-card"
      data-entity={entry.id}
      lang={lang}
      {...rootProps}
    >
      <header class="card-head">
        <h2 id={titleId} class="card-name">
          {pick(entry.label, lang)}
        </h2>
        <button type="button" class="icon" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-desc">{pick(entry.description, lang)}</p>
      {facts.atDate.length > 0 && (
        <div class="card-when" data-testid="gloss-card-at-date">
          {heading && <span class="label">{heading}</span>}
          <ul>
            {facts.atDate.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {pick(entry.explanation, lang) && <p class="card-expl">{pick(entry.explanation, lang)}</p>}
      {alsoHere.length > 0 && (
        <p class="card-also" data-testid="gloss-card-also">
          <span class="label">{phrases.alsoHere}:</span>{' '}
          {alsoHere.map((r, i) => (
            <Fragment key={r.id}>
              {i > 0 && ', '}
              {onOpen ? (
                <button type="button" class="link" onClick={() => onOpen(r.id)}>
                  {r.name}
                </button>
              ) : (
                r.name
              )}
            </Fragment>
          ))}
        </p>
      )}
      {facts.sinceThen.length > 0 && (
        <div class="card-since" data-testid="gloss-card-since">
          <span class="label">{phrases.sinceThenHeading}</span>
          <ul>
            {facts.sinceThen.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {facts.keyDates.length > 0 && (
        <details class="card-dates">
          <summary>{phrases.keyDates}</summary>
          <ul>
            {facts.keyDates.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {live && <LiveSection state={live} onChoose={onLiveChoose} />}
      {hasSources && (
        <footer class="card-sources">
          <span class="label">{phrases.sources}:</span>{' '}
          {wiki.map(([l, title]) => (
            <a key={l} href={wikipediaUrl(l, title)} target="_blank" rel="noopener noreferrer">
              Wikipedia ({l})
            </a>
          ))}
          {entry.sources.wikidata && (
            <a href={`https://www.wikidata.org/wiki/${entry.sources.wikidata}`} target="_blank" rel="noopener noreferrer">
              Wikidata
            </a>
          )}
          {(entry.sources.official ?? []).map((o) =>
            o.url ? (
              <a key={o.title} href={o.url} target="_blank" rel="noopener noreferrer">
                {o.title}
              </a>
            ) : (
              <span key={o.title} class="official">
                {o.title}
              </span>
            ),
          )}
        </footer>
      )}
      {hasSources && reviewed && <p class="card-checked">{phrases.checkedUpTo(formatPartialDate(reviewed, lang))}</p>}
      {actions && (
        <div class="card-actions">
          <button type="button" class="link" aria-expanded={askOther} onClick={() => setAskOther(!askOther)}>
            {t('notThisOne')}
          </button>
          <button type="button" class="link" data-testid="gloss-mute" onClick={actions.onMute}>
            {t('dontExplain')}
          </button>
          {askOther && (
            <div class="card-other">
              {actions.alternatives.length > 0 && (
                <>
                  <span class="label">{t('meantInstead')}</span>
                  <ul>
                    {actions.alternatives.map((alt) => (
                      <li key={alt.id}>
                        <button type="button" class="link" onClick={() => actions.onChoose(alt.id)}>
                          {pick(alt.label, lang)}: {pick(alt.description, lang)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {actions.onHideMark && (
                <button type="button" class="link" data-testid="gloss-hide-mark" onClick={actions.onHideMark}>
                  {t('hideMark')}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
