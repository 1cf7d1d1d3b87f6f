// The frame every record list shares (prácticas, evidencias, problemáticas, compromisos): title
// and "+ new" button, search, filters and order, the page of rows (annulled ones struck through,
// never hidden), the empty and no-match messages, and the pager. Each list brings its filters and
// what one row says.
import type { ReactNode } from 'react';
import { Link } from '../router';
import { common } from '../../i18n/common';
import { recordText } from '../../i18n/records';
import { ListControls } from './ListControls';
import { Pager } from './Pager';
import { UnsavedDrafts } from './UnsavedDrafts';
import { RecordLink, type RecordLinkProps } from './RecordLink';
import type { PagedListView } from './usePagedList';

export type RowView = Omit<RecordLinkProps, 'annulled'>;

interface Props<R extends { id: string; annulled?: unknown }> {
  title: string;
  intro: string;
  newTo: string;
  newLabel: string;
  /** Shown when the school has no records of this kind yet. */
  empty: string;
  /** Between the intro and the search (e.g. the commitments' review link). */
  extra?: ReactNode;
  list: PagedListView<R>;
  filters: ReactNode;
  row: (record: R) => RowView;
  /** The form whose unsaved drafts are listed above the records ("Borrador sin guardar"). */
  draftForm: string;
}

export function RecordListScreen<R extends { id: string; annulled?: unknown }>({
  title,
  intro,
  newTo,
  newLabel,
  empty,
  extra,
  list,
  filters,
  row,
  draftForm,
}: Props<R>) {
  const f = list.state.filters;
  const filtered = list.state.text !== '' || Object.values(f).some(Boolean);
  return (
    <section>
      <div className="page-head">
        <h1>{title}</h1>
        <Link to={newTo} className="button">
          + {newLabel}
        </Link>
      </div>
      <p className="muted">{intro}</p>
      {extra}
      <UnsavedDrafts form={draftForm} />
      <ListControls
        text={list.state.text}
        onText={list.setText}
        order={list.state.order}
        onOrder={list.setOrder}
        active={Object.values(f).filter(Boolean).length}
      >
        {filters}
      </ListControls>
      {list.result === undefined && <p role="status">{common.loading}</p>}
      <ul className="item-list">
        {list.result?.rows.map((record) => (
          <li key={record.id}>
            <RecordLink {...row(record)} annulled={Boolean(record.annulled)} />
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && (
        <Pager
          page={list.state.page}
          pageSize={list.pageSize}
          total={list.result.total}
          onPage={list.setPage}
          empty={filtered ? recordText.noMatches : empty}
        />
      )}
    </section>
  );
}
