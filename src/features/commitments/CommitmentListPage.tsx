import { commitmentList } from '../../db/commitments';
import { COMMITMENT_STATUSES, RESPONSIBLE_KINDS, isOverdue, type CommitmentStatus } from '../../domain/commitment';
import { todayIso } from '../../domain/session';
import { Link } from '../../ui/router';
import { formatDate } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { choicesOf, ChoiceFilter, SessionFilter } from '../../ui/records/ListFilters';
import { commitmentScreens } from './screens';
import { RecordListScreen } from '../../ui/records/RecordListScreen';
import { usePagedList } from '../../ui/records/usePagedList';
import { useSessions } from '../../ui/records/useSessions';
import { responsibleLabel } from './CommitmentFields';

export default function CommitmentListPage() {
  const sessions = useSessions();
  const list = usePagedList(commitmentList, (f) => ({
    sessionId: f.session || undefined,
    status: (f.status as CommitmentStatus) || undefined,
    responsibleKind: f.responsible || undefined,
  }));
  const today = todayIso();
  const statuses = choicesOf(COMMITMENT_STATUSES, t.statuses);
  const responsibles = choicesOf(RESPONSIBLE_KINDS, t.responsibleKinds);
  return (
    <RecordListScreen
      screens={commitmentScreens}
      extra={
        <p>
          <Link to="/compromisos/revision" className="button secondary-link">
            {t.reviewLink}
          </Link>
        </p>
      }
      list={list}
      filters={
        <>
          <ChoiceFilter list={list} name="status" label={t.status} allLabel={t.anyStatus} choices={statuses} />
          <ChoiceFilter list={list} name="responsible" label={t.responsibleKind} allLabel={t.anyResponsible} choices={responsibles} />
          <SessionFilter list={list} choices={sessions.choices} />
        </>
      }
      row={(c) => ({
        title: c.statement,
        meta: (
          <>
            {t.statuses[c.status]} · {responsibleLabel(c)}
            {c.dueDate ? ` · ${t.due(formatDate(c.dueDate))}` : ''}
            {isOverdue(c, today) ? ` · ${t.overdue}` : ''}
          </>
        ),
      })}
    />
  );
}
