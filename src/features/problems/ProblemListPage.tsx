import { problemList } from '../../db/problems';
import { Link } from '../../app/router';
import { common } from '../../i18n/common';
import { problemText as t } from '../../i18n/problems';
import { recordText } from '../../i18n/records';
import { FilterSelect, ListControls } from '../records/ListControls';
import { Pager } from '../records/Pager';
import { usePagedList } from '../records/usePagedList';
import { useSessions } from '../records/useSessions';
import { useGradeOptions } from '../records/useGradeOptions';

export default function ProblemListPage() {
  const { sessions, label } = useSessions();
  const list = usePagedList(problemList, (s) => ({
    text: s.text,
    order: s.order,
    page: s.page,
    pageSize: s.pageSize,
    after: s.afterId,
    sessionId: s.filters.session || undefined,
    gradeGroup: s.filters.grade || undefined,
    presentAtMeeting: s.filters.present === '1' ? true : undefined,
  }));
  const f = list.state.filters;
  const grades = useGradeOptions();
  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <Link to="/problematicas/nueva" className="button">
          + {t.newProblem}
        </Link>
      </div>
      <p className="muted">{t.intro}</p>
      <ListControls text={list.state.text} onText={list.setText} order={list.state.order} onOrder={list.setOrder} active={Object.values(f).filter(Boolean).length}>
        <FilterSelect
          label={recordText.sessionFilter}
          value={f.session ?? ''}
          onChange={(v) => list.setFilter('session', v)}
          options={[{ value: '', label: recordText.anySession }, ...(sessions ?? []).map((s) => ({ value: s.id, label: label(s.id) }))]}
        />
        <FilterSelect label={t.gradeGroup} value={f.grade ?? ''} onChange={(v) => list.setFilter('grade', v)} options={grades} />
        <FilterSelect
          label={t.presentShort}
          value={f.present ?? ''}
          onChange={(v) => list.setFilter('present', v)}
          options={[
            { value: '', label: t.anyPresent },
            { value: '1', label: t.presentShort },
          ]}
        />
      </ListControls>
      {list.result === undefined && <p role="status">{common.loading}</p>}
      {list.result?.rows.length === 0 && <p className="empty">{list.state.text || Object.values(f).some(Boolean) ? recordText.noMatches : t.empty}</p>}
      <ul className="item-list">
        {list.result?.rows.map((p) => (
          <li key={p.id}>
            <Link to={`/problematicas/${p.id}`} className={p.annulled ? 'item struck' : 'item'}>
              <span className="item-title">
                {p.content}
                {p.annulled && <span className="badge">{recordText.annulled}</span>}
              </span>
              <span className="item-meta">
                {label(p.sessionId)}
                {p.gradeGroup ? ` · ${p.gradeGroup}` : ''}
                {p.presentAtMeeting ? ` · ${t.presentShort}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && <Pager page={list.state.page} pageSize={list.pageSize} total={list.result.total} onPage={list.setPage} />}
    </section>
  );
}
