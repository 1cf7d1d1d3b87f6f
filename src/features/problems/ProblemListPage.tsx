import { problemList } from '../../db/problems';
import { problemText as t } from '../../i18n/problems';
import { recordText } from '../../i18n/records';
import { FilterSelect } from '../../ui/records/ListControls';
import { ChoiceFilter, RecordListScreen } from '../../ui/records/RecordListScreen';
import { usePagedList } from '../../ui/records/usePagedList';
import { useSessions } from '../../ui/records/useSessions';
import { useGradeOptions } from '../../ui/records/useGradeOptions';

export default function ProblemListPage() {
  const sessions = useSessions();
  const list = usePagedList(problemList, (f) => ({
    sessionId: f.session || undefined,
    gradeGroup: f.grade || undefined,
    presentAtMeeting: f.present === '1' ? true : undefined,
  }));
  const grades = useGradeOptions();
  return (
    <RecordListScreen
      title={t.listTitle}
      intro={t.intro}
      newTo="/problematicas/nueva"
      newLabel={t.newProblem}
      empty={t.empty}
      list={list}
      draftForm="problem"
      filters={
        <>
          <ChoiceFilter
            list={list}
            name="session"
            label={recordText.sessionFilter}
            any={recordText.anySession}
            choices={sessions.choices}
          />
          <FilterSelect
            label={t.gradeGroup}
            value={list.state.filters.grade ?? ''}
            onChange={(v) => list.setFilter('grade', v)}
            options={grades}
          />
          <ChoiceFilter
            list={list}
            name="present"
            label={t.presentShort}
            any={t.anyPresent}
            choices={[{ value: '1', label: t.presentShort }]}
          />
        </>
      }
      row={(p) => ({
        to: `/problematicas/${p.id}`,
        title: p.content,
        meta: (
          <>
            {sessions.label(p.sessionId)}
            {p.gradeGroup ? ` · ${p.gradeGroup}` : ''}
            {p.presentAtMeeting ? ` · ${t.presentShort}` : ''}
          </>
        ),
      })}
    />
  );
}
