import { useLiveQuery } from 'dexie-react-hooks';
import { practiceList } from '../../db/practices';
import { getSchool } from '../../db/schools';
import { ASSESSMENTS } from '../../domain/practice';
import { Link } from '../../app/router';
import { common } from '../../i18n/common';
import { practiceText as t } from '../../i18n/practices';
import { recordText } from '../../i18n/records';
import { FilterSelect, ListControls } from '../records/ListControls';
import { Pager } from '../records/Pager';
import { usePagedList } from '../records/usePagedList';
import { useSessions } from '../records/useSessions';
import { gradeOptions } from '../records/useGradeOptions';

export default function PracticeListPage() {
  const school = useLiveQuery(() => getSchool(), []);
  const { sessions, label } = useSessions();
  const list = usePagedList(practiceList, (s) => ({
    text: s.text,
    order: s.order,
    page: s.page,
    pageSize: s.pageSize,
    after: s.afterId,
    sessionId: s.filters.session || undefined,
    teacherId: s.filters.teacher || undefined,
    assessment: s.filters.assessment || undefined,
    gradeGroup: s.filters.grade || undefined,
    shareNext: s.filters.share === '1' ? true : undefined,
  }));
  // One read of the school for both filters: each live query is its own transaction and render.
  const grades = gradeOptions(school);
  const f = list.state.filters;
  return (
    <section>
      <div className="page-head">
        <h1>{t.listTitle}</h1>
        <Link to="/practicas/nueva" className="button">
          + {t.newPractice}
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
        <FilterSelect
          label={t.teacher}
          value={f.teacher ?? ''}
          onChange={(v) => list.setFilter('teacher', v)}
          options={[{ value: '', label: t.anyTeacher }, ...(school?.teachers ?? []).map((x) => ({ value: x.id, label: x.name }))]}
        />
        <FilterSelect
          label={t.gradeGroup}
          value={f.grade ?? ''}
          onChange={(v) => list.setFilter('grade', v)}
          options={grades}
        />
        <FilterSelect
          label={t.assessment}
          value={f.assessment ?? ''}
          onChange={(v) => list.setFilter('assessment', v)}
          options={[{ value: '', label: t.anyAssessment }, ...ASSESSMENTS.map((a) => ({ value: a, label: t.assessments[a] }))]}
        />
        <FilterSelect
          label={t.shareNextShort}
          value={f.share ?? ''}
          onChange={(v) => list.setFilter('share', v)}
          options={[
            { value: '', label: recordText.all },
            { value: '1', label: t.shareNextShort },
          ]}
        />
      </ListControls>
      {list.result === undefined && <p role="status">{common.loading}</p>}
      {list.result?.rows.length === 0 && <p className="empty">{list.state.text || Object.values(f).some(Boolean) ? recordText.noMatches : t.empty}</p>}
      <ul className="item-list">
        {list.result?.rows.map((p) => (
          <li key={p.id}>
            <Link to={`/practicas/${p.id}`} className={p.annulled ? 'item struck' : 'item'}>
              <span className="item-title">
                {p.title}
                {p.annulled && <span className="badge">{recordText.annulled}</span>}
              </span>
              <span className="item-meta">
                {p.teacherName}
                {p.gradeGroup ? ` · ${p.gradeGroup}` : ''} · {t.assessments[p.assessment]}
                {p.shareNext ? ` · ${t.shareNextShort}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.result?.total !== undefined && <Pager page={list.state.page} pageSize={list.pageSize} total={list.result.total} onPage={list.setPage} />}
    </section>
  );
}
