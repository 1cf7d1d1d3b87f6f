import { problemList } from '../../db/problems';
import { problemText as t } from '../../i18n/problems';
import { FlagFilter, OptionsFilter, SessionFilter } from '../../ui/records/ListFilters';
import { problemScreens } from './screens';
import { RecordListScreen } from '../../ui/records/RecordListScreen';
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
      screens={problemScreens}
      list={list}
      filters={
        <>
          <SessionFilter list={list} choices={sessions.choices} />
          <OptionsFilter list={list} name="grade" label={t.gradeGroup} options={grades} />
          <FlagFilter list={list} name="present" label={t.presentShort} allLabel={t.anyPresent} />
        </>
      }
      row={(p) => ({
        title: p.content,
        meta: [sessions.label(p.sessionId), p.gradeGroup, p.presentAtMeeting ? t.presentShort : ''].filter(Boolean).join(' · '),
      })}
    />
  );
}
