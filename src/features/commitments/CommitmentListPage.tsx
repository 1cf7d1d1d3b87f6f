import { commitmentList } from '../../db/commitments';
import { COMMITMENT_STATUSES, RESPONSIBLE_KINDS, isOverdue, type CommitmentStatus } from '../../domain/commitment';
import { todayIso } from '../../domain/session';
import { Link } from '../../app/router';
import { common, formatDate } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { recordText } from '../../i18n/records';
import { FilterSelect, ListControls } from '../records/ListControls';
import { Pager } from '../records/Pager';
import { usePagedList } from '../records/usePagedList';
import { useSessions } from '../records/useSessions';
import { responsibleLabel } from './CommitmentFields';

export default function CommitmentListPage() {
  const { sessions, label } = useSessions();
  const list = usePagedList(commitmentList, (s) => ({
    text: s.text,
    order: s.order,
    page: s.page,
    pageSize: s.pageSize,
    after: s.afterId,
    sessionId: s.filters.session || undefined,
    status: (s.filters.status as CommitmentStatus) || undefined,
    responsibleKind: s.filters.responsible || undefined,
  }));
  const f = list.state.filters;
  const today = todayIso();
  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <Link to="/compromisos/nuevo" className="button">
          + {t.newCommitment}
        </Link>
      </div>
      <p className="muted">{t.intro}</p>
      <p>
        <Link to="/compromisos/revision" className="button secondary-link">
          {t.reviewLink}
        </Link>
      </p>
      <ListControls text={list.state.text} onText={list.setText} order={list.state.order} onOrder={list.setOrder} active={Object.values(f).filter(Boolean).length}>
        <FilterSelect
          label={t.status}
          value={f.status ?? ''}
          onChange={(v) => list.setFilter('status', v)}
          options={[{ value: '', label: t.anyStatus }, ...COMMITMENT_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))]}
        />
        <FilterSelect
          label={t.responsibleKind}
          value={f.responsible ?? ''}
          onChange={(v) => list.setFilter('responsible', v)}
          options={[{ value: '', label: t.anyResponsible }, ...RESPONSIBLE_KINDS.map((k) => ({ value: k, label: t.responsibleKinds[k] }))]}
        />
        <FilterSelect
          label={recordText.sessionFilter}
          value={f.session ?? ''}
          onChange={(v) => list.setFilter('session', v)}
          options={[{ value: '', label: recordText.anySession }, ...(sessions ?? []).map((s) => ({ value: s.id, label: label(s.id) }))]}
        />
      </ListControls>
      {list.result === undefined && <p role="status">{common.loading}</p>}
      {list.result?.rows.length === 0 && <p className="empty">{list.state.text || Object.values(f).some(Boolean) ? recordText.noMatches : t.empty}</p>}
      <ul className="item-list">
        {list.result?.rows.map((c) => (
          <li key={c.id}>
            <Link to={`/compromisos/${c.id}`} className={c.annulled ? 'item struck' : 'item'}>
              <span className="item-title">
                {c.statement}
                {c.annulled && <span className="badge">{recordText.annulled}</span>}
              </span>
              <span className="item-meta">
                {t.statuses[c.status]} · {responsibleLabel(c)}
                {c.dueDate ? ` · ${t.due(formatDate(c.dueDate))}` : ''}
                {isOverdue(c, today) ? ` · ${t.overdue}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && <Pager page={list.state.page} pageSize={list.pageSize} total={list.result.total} onPage={list.setPage} />}
    </section>
  );
}
