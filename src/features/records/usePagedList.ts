import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PAGE_SIZE, type Page, type SortOrder } from '../../db/query';

export interface ListState {
  text: string;
  order: SortOrder;
  page: number;
  filters: Record<string, string>;
}

/**
 * A list screen's state (search, filters, order, page) and its live page of rows. Any change of
 * search or filters goes back to the first page.
 */
export function usePagedList<R>(fetch: (s: ListState & { pageSize: number }) => Promise<Page<R>>) {
  const [state, setState] = useState<ListState>({ text: '', order: 'newest', page: 0, filters: {} });
  const result = useLiveQuery(() => fetch({ ...state, pageSize: PAGE_SIZE }), [state.text, state.order, state.page, JSON.stringify(state.filters)]);
  return {
    state,
    result,
    pageSize: PAGE_SIZE,
    setText: (text: string) => setState((s) => ({ ...s, text, page: 0 })),
    setOrder: (order: SortOrder) => setState((s) => ({ ...s, order, page: 0 })),
    setFilter: (key: string, value: string) => setState((s) => ({ ...s, page: 0, filters: { ...s.filters, [key]: value } })),
    setPage: (page: number) => setState((s) => ({ ...s, page })),
  };
}
