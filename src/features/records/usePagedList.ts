import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PAGE_SIZE, type Page, type SortOrder } from '../../db/query';

export interface ListState {
  text: string;
  order: SortOrder;
  page: number;
  filters: Record<string, string>;
  /** after[p]: the last id shown before page p (keyset paging); after[0] is undefined. */
  after: (string | undefined)[];
}

/**
 * A list screen's state (search, filters, order, page) and its live page of rows. Any change of
 * search, filters or order goes back to the first page.
 */
export function usePagedList<R extends { id: string }>(fetch: (s: ListState & { pageSize: number; afterId: string | undefined }) => Promise<Page<R>>) {
  const [state, setState] = useState<ListState>({ text: '', order: 'newest', page: 0, filters: {}, after: [undefined] });
  const afterId = state.after[state.page];
  const result = useLiveQuery(
    () => fetch({ ...state, pageSize: PAGE_SIZE, afterId }),
    [state.text, state.order, state.page, afterId, JSON.stringify(state.filters)],
  );
  const reset = { page: 0, after: [undefined] };
  return {
    state,
    result,
    pageSize: PAGE_SIZE,
    setText: (text: string) => setState((s) => ({ ...s, ...reset, text })),
    setOrder: (order: SortOrder) => setState((s) => ({ ...s, ...reset, order })),
    setFilter: (key: string, value: string) => setState((s) => ({ ...s, ...reset, filters: { ...s.filters, [key]: value } })),
    setPage: (page: number) =>
      setState((s) => {
        const after = [...s.after];
        // Going forward: the next page starts after the last row on screen.
        if (page === s.page + 1) after[page] = result?.rows.at(-1)?.id;
        return { ...s, page, after };
      }),
  };
}
