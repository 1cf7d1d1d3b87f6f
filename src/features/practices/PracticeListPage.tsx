import { useLiveQuery } from 'dexie-react-hooks';
import { practiceList } from '../../db/practices';
import { getSchool } from '../../db/schools';
import { ASSESSMENTS } from '../../domain/practice';
import { practiceText as t } from '../../i18n/practices';
import { recordText } from '../../i18n/records';
import { choicesOf, ChoiceFilter, FlagFilter, OptionsFilter, SessionFilter } from '../../ui/records/ListFilters';
import { practiceScreens } from './screens';
import { RecordListScreen } from '../../ui/records/RecordListScreen';
import { usePagedList } from '../../ui/records/usePagedList';
import { useSessions } from '../../ui/records/useSessions';
import { gradeOptions } from '../../ui/records/useGradeOptions';

export default function PracticeListPage() {
  const school = useLiveQuery(() => getSchool(), []);
  const sessions = useSessions();
  const list = usePagedList(practiceList, (f) => ({
    sessionId: f.session || undefined,
    teacherId: f.teacher || undefined,
    assessment: f.assessment || undefined,
    gradeGroup: f.grade || undefined,
    shareNext: f.share === '1' ? true : undefined,
  }));
  const teachers = (school?.teachers ?? []).map((x) => ({ value: x.id, label: x.name }));
  const assessments = choicesOf(ASSESSMENTS, t.assessments);
  return (
    <RecordListScreen
      screens={practiceScreens}
      list={list}
      filters={
        <>
          <SessionFilter list={list} choices={sessions.choices} />
          <ChoiceFilter list={list} name="teacher" label={t.teacher} allLabel={t.anyTeacher} choices={teachers} />
          {/* One read of the school for both filters: each live query is its own transaction and render. */}
          <OptionsFilter list={list} name="grade" label={t.gradeGroup} options={gradeOptions(school)} />
          <ChoiceFilter list={list} name="assessment" label={t.assessment} allLabel={t.anyAssessment} choices={assessments} />
          <FlagFilter list={list} name="share" label={t.shareNextShort} allLabel={recordText.all} />
        </>
      }
      row={(p) => ({
        title: p.title,
        meta: (
          <>
            {p.teacherName}
            {p.gradeGroup ? ` · ${p.gradeGroup}` : ''} · {t.assessments[p.assessment]}
            {p.shareNext ? ` · ${t.shareNextShort}` : ''}
          </>
        ),
      })}
    />
  );
}
