/**
 * The look-up box: type a name or term, get suggestions from the knowledge base, choose one to
 * open its card. A combobox with a listbox of options, operable with arrows, Enter and Escape.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pick } from '../kb/card-facts';
import type { Entry, Lang } from '../kb/schema';
import { useT } from './i18n';

export interface SearchBoxProps {
  lang: Lang;
  /** Suggestions for a query (the panel's come from the background, hence maybe a promise). */
  search: (query: string) => Entry[] | Promise<Entry[]>;
  onChoose: (entityId: string) => void;
  /** Id prefix, so two boxes on one page (popup) keep unique ids. */
  idPrefix?: string;
}

export function SearchBox({ lang, search, onChoose, idPrefix = 'gloss-search' }: SearchBoxProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [found, setFound] = useState<{ query: string; results: Entry[] }>({ query: '', results: [] });
  const asked = query.trim().length >= 2;
  // The panel passes a new function on every redraw (scrolling redraws it): ask again only when
  // the query changes, with the latest function.
  const latest = useRef(search);
  latest.current = search;
  /** The query Enter was pressed on before its suggestions came (a fast typist, a busy page). */
  const enterOn = useRef<string | null>(null);
  const choose = (e: Entry | undefined) => {
    if (!e) return;
    onChoose(e.id);
    setQuery('');
  };
  useEffect(() => {
    if (!asked) return;
    let current = true;
    void Promise.resolve(latest.current(query)).then(
      (results) => {
        if (!current) return;
        setFound({ query, results });
        // Enter already pressed on this query: open its first suggestion now.
        if (enterOn.current === query) {
          enterOn.current = null;
          choose(results[0]);
        }
      },
      () => current && setFound({ query, results: [] }),
    );
    // A later query's answer may come first: only the latest query's answer is shown.
    return () => void (current = false);
  }, [query, asked]);
  const results = asked && found.query === query ? found.results : [];
  const listId = `${idPrefix}-list`;
  return (
    <div class="search">
      <input
        type="search"
        role="combobox"
        list={undefined}
        aria-label={t('searchLabel')}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length ? `${idPrefix}-${active}` : undefined}
        placeholder={t('search')}
        data-testid="gloss-search"
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
          enterOn.current = null;
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') {
            if (asked && found.query !== query) enterOn.current = query;
            else choose(results[active]);
          } else if (e.key === 'Escape' && query) {
            setQuery('');
            e.stopPropagation();
          } else return;
          e.preventDefault();
        }}
      />
      {asked && found.query === query && (
        <ul class="suggestions" id={listId} role="listbox" aria-label={t('searchLabel')}>
          {results.length === 0 && <li class="notice">{t('noResults')}</li>}
          {results.map((e, i) => (
            <li
              key={e.id}
              id={`${idPrefix}-${i}`}
              role="option"
              aria-selected={i === active}
              class={`item${i === active ? ' current' : ''}`}
              onMouseDown={(ev) => ev.preventDefault()}
              onClick={() => choose(e)}
            >
              <span class="name">{pick(e.label, lang)}</span>
              <span class="desc">{pick(e.description, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
