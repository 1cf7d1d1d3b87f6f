import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PAGE_SIZE, type ListQueryBase, type PagedList, type SortOrder } from '../../db/query';

interface ListState {
  text: string;
  order: SortOrder;
  page: number;
  filters: Record<string, string>;
  /** after[p]: the last id shown before page p (keyset paging); after[0] is undefined. */
  after: (string | undefined)[];
}

type FiltersOf<Q> = Omit<Q, keyof ListQueryBase>;

/**
 * A list screen's state (search, filters, order, page) and its live page of rows. Any change of
 * search, filters or order goes back to the first page. The rows show as soon as they are read;
 * when the total did not come with them, it is counted by a second live query started after them
 * (`total` is undefined until then), so counting a long list never holds the rows back.
 */
export function usePagedList<Q extends ListQueryBase, R extends { id: string }>(
  list: PagedList<Q, R>,
  filtersOf: (filters: Record<string, string>) => FiltersOf<Q>,
) {
  const [state, setState] = useState<ListState>({ text: '', order: 'newest', page: 0, filters: {}, after: [undefined] });
  const afterId = state.after[state.page];
  const key = JSON.stringify([state.text, state.order, state.page, afterId, state.filters]);
  const query = {
    text: state.text,
    order: state.order,
    page: state.page,
    pageSize: PAGE_SIZE,
    after: afterId,
    ...filtersOf(state.filters),
  } as Q;
  const page = useLiveQuery(async () => ({ key, ...(await list.rows(query)) }), [key]);
  const needsCount = page?.key === key && page.total === undefined;
  const counted = useLiveQuery(async () => (needsCount ? { key, total: await list.count(query) } : undefined), [key, needsCount]);
  // A count belongs to the query it was made for; rows of an earlier query stay until new ones come.
  const total = page?.total ?? (counted?.key === page?.key ? counted?.total : undefined);
  const result = page && { rows: page.rows, total };
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

/** What a list screen gets from usePagedList, for any kind of entry. */
export type PagedListView<R extends { id: string }> = ReturnType<typeof usePagedList<ListQueryBase, R>>;
