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
import { entryPath, type RecordScreens } from './screens';

/** What one row says; it links to the entry and is struck through when annulled. */
type RowView = Omit<RecordLinkProps, 'annulled' | 'to'>;

interface Props<R extends { id: string; annulled?: unknown }> {
  /** The kind of entry listed: its title, intro, empty message, "+ new" link, and its drafts. */
  screens: RecordScreens;
  /** Between the intro and the search (e.g. the commitments' review link). */
  extra?: ReactNode;
  list: PagedListView<R>;
  filters: ReactNode;
  row: (record: R) => RowView;
}

export function RecordListScreen<R extends { id: string; annulled?: unknown }>({ screens, extra, list, filters, row }: Props<R>) {
  const { text } = screens;
  const f = list.state.filters;
  const filtered = list.state.text !== '' || Object.values(f).some(Boolean);
  return (
    <section>
      <div className="page-head">
        <h1>{text.listTitle}</h1>
        <Link to={screens.newPath} className="button">
          + {text.newTitle}
        </Link>
      </div>
      <p className="muted">{text.intro}</p>
      {extra}
      {/* Above the entries: "Borrador sin guardar", a way back to work left half-way. */}
      <UnsavedDrafts form={screens.kind} />
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
            <RecordLink {...row(record)} to={entryPath(screens, record.id)} annulled={Boolean(record.annulled)} />
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && (
        <Pager
          page={list.state.page}
          pageSize={list.pageSize}
          total={list.result.total}
          onPage={list.setPage}
          empty={filtered ? recordText.noMatches : text.empty}
        />
      )}
    </section>
  );
}
