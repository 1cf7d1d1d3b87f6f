// The frame every record list shares (prácticas, evidencias, problemáticas, compromisos): title
// and "+ new" button, search, filters and order, the page of rows (annulled ones struck through,
// never hidden), the empty and no-match messages, and the pager. Each list brings its filters and
// what one row says.
import type { ReactNode } from 'react';
import { Link } from '../router';
import { common } from '../../i18n/common';
import { recordText } from '../../i18n/records';
import { FilterSelect, ListControls } from './ListControls';
import { Pager } from './Pager';
import { UnsavedDrafts } from './UnsavedDrafts';
import type { ListQueryBase } from '../../db/query';
import type { usePagedList } from './usePagedList';

type PagedListView<R extends { id: string }> = ReturnType<typeof usePagedList<ListQueryBase, R>>;

export interface RowView {
  to: string;
  title: ReactNode;
  meta: ReactNode;
  /** A picture before the text (the evidences' first photo). */
  thumb?: ReactNode;
}

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
        {list.result?.rows.map((record) => {
          const view = row(record);
          const classes = ['item', view.thumb !== undefined ? 'item-with-thumb' : '', record.annulled ? 'struck' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={record.id}>
              <Link to={view.to} className={classes}>
                {view.thumb}
                <span className="item-title">
                  {view.title}
                  {Boolean(record.annulled) && <span className="badge">{recordText.annulled}</span>}
                </span>
                <span className="item-meta">{view.meta}</span>
              </Link>
            </li>
          );
        })}
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

interface ChoiceProps {
  list: Pick<PagedListView<{ id: string }>, 'state' | 'setFilter'>;
  /** The filter's key in the list state. */
  name: string;
  label: string;
  /** The first option, which filters nothing. */
  any: string;
  choices: { value: string; label: string }[];
}

/** One filter of a record list: "any" first, then the choices. */
export function ChoiceFilter({ list, name, label, any, choices }: ChoiceProps) {
  return (
    <FilterSelect
      label={label}
      value={list.state.filters[name] ?? ''}
      onChange={(v) => list.setFilter(name, v)}
      options={[{ value: '', label: any }, ...choices]}
    />
  );
}
