// @vitest-environment jsdom
/** The look-up box (`src/panels/SearchBox.tsx`): suggestions from a search that answers later. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { SearchBox } from '../../src/panels/SearchBox';
import type { Entry } from '../../src/kb/schema';

const entry = (id: string, name: string): Entry =>
  ({
    id,
    category: 'person',
    label: { en: name },
    description: { en: `${name}, a person` },
    explanation: {},
    sources: {},
  }) as Entry;

/** A search whose answers the test releases one by one, in any order. */
function deferredSearch() {
  const pending = new Map<string, (entries: Entry[]) => void>();
  const asked: string[] = [];
  const search = (q: string) => {
    asked.push(q);
    return new Promise<Entry[]>((done) => pending.set(q, done));
  };
  return { search, asked, answer: (q: string, entries: Entry[]) => act(() => pending.get(q)!(entries)) };
}

// Preact runs effects after a frame or, without one, a 35 ms timer: let those fire while the DOM
// environment still exists, or one fires after teardown and fails the run.
afterEach(async () => {
  cleanup();
  await new Promise((done) => setTimeout(done, 60));
});

describe('the look-up box with a search that answers later', () => {
  it('shows the answer to the latest query, never a late answer to an earlier one', async () => {
    const s = deferredSearch();
    const view = render(<SearchBox lang="en" search={s.search} onChoose={() => undefined} />);
    const input = view.getByTestId('gloss-search');
    await act(() => void fireEvent.input(input, { target: { value: 'sto' } }));
    await act(() => void fireEvent.input(input, { target: { value: 'stolt' } }));
    expect(s.asked).toEqual(['sto', 'stolt']);
    await s.answer('stolt', [entry('jens-stoltenberg', 'Jens Stoltenberg')]);
    await s.answer('sto', [entry('stockholm', 'Stockholm')]);
    expect(view.queryByText('Jens Stoltenberg')).not.toBeNull();
    expect(view.queryByText('Stockholm')).toBeNull();
  });

  it('Enter pressed before the suggestions came opens the first one when they come, unless typing went on', async () => {
    const s = deferredSearch();
    const chosen: string[] = [];
    const view = render(<SearchBox lang="en" search={s.search} onChoose={(id) => chosen.push(id)} />);
    const input = view.getByTestId('gloss-search');
    await act(() => void fireEvent.input(input, { target: { value: 'stolt' } }));
    await act(() => void fireEvent.keyDown(input, { key: 'Enter' }));
    expect(chosen).toEqual([]);
    await s.answer('stolt', [entry('jens-stoltenberg', 'Jens Stoltenberg'), entry('stoltenberg-other', 'T. Stoltenberg')]);
    expect(chosen).toEqual(['jens-stoltenberg']);
    // Typing after Enter cancels it: the next answer only lists.
    await act(() => void fireEvent.input(input, { target: { value: 'rut' } }));
    await act(() => void fireEvent.keyDown(input, { key: 'Enter' }));
    await act(() => void fireEvent.input(input, { target: { value: 'rutte' } }));
    await s.answer('rut', [entry('mark-rutte', 'Mark Rutte')]);
    await s.answer('rutte', [entry('mark-rutte', 'Mark Rutte')]);
    expect(chosen).toEqual(['jens-stoltenberg']);
  });

  it('asks nothing for one letter, and asks again only when the query changes', async () => {
    const s = deferredSearch();
    const view = render(<SearchBox lang="en" search={s.search} onChoose={() => undefined} />);
    const input = view.getByTestId('gloss-search');
    await act(() => void fireEvent.input(input, { target: { value: 's' } }));
    expect(s.asked).toEqual([]);
    await act(() => void fireEvent.input(input, { target: { value: 'st' } }));
    view.rerender(<SearchBox lang="en" search={s.search} onChoose={() => undefined} />);
    expect(s.asked).toEqual(['st']);
  });

  it('a failed search shows "no results", not an error', async () => {
    const view = render(<SearchBox lang="en" search={() => Promise.reject(new Error('gone'))} onChoose={() => undefined} />);
    await act(() => void fireEvent.input(view.getByTestId('gloss-search'), { target: { value: 'nato' } }));
    await act(async () => undefined);
    expect(view.container.querySelector('.suggestions .notice')).not.toBeNull();
  });
});
