import { useState } from 'react';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { SelectField, TextField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { CardView } from '../CardView';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';

/** Which problemática becomes an observed class in the sixth session, by which teacher of which school. */
export function ObservationPanel() {
  const { doc, snapshot, mySchool } = useMeeting();
  const problems = snapshot.byKind.problematica.filter((p) => !p.annulled);
  const schools = snapshot.schools.length ? snapshot.schools : [{ ...mySchool, joinedAt: 0 }];
  const [problemId, setProblemId] = useState('');
  const [teacher, setTeacher] = useState('');
  const [schoolCct, setSchoolCct] = useState(mySchool.cct);
  const [teacherError, setTeacherError] = useState<string | undefined>();
  const chosenProblem = problems.find((p) => p.id === problemId) ?? problems[0];
  const teacherSchool = schools.find((s) => s.cct === schoolCct) ?? schools[0]!;

  return (
    <>
      {problems.length === 0 ? (
        <p className="empty">{t.observation.noProblems}</p>
      ) : (
        <AddCardForm
          label={t.observation.notes}
          submitLabel={t.observation.add}
          validate={() => {
            const ok = !!teacher.trim();
            setTeacherError(ok ? undefined : t.errors.required);
            return ok;
          }}
          onAdd={(text, writer) => {
            if (!chosenProblem) return;
            addCard(
              doc,
              {
                kind: 'observacion',
                problemId: chosenProblem.id,
                teacher,
                teacherSchool: { name: teacherSchool.name, cct: teacherSchool.cct },
                text,
              },
              writer,
              Date.now(),
            );
            setTeacher('');
          }}
        >
          <SelectField
            label={t.observation.problem}
            value={chosenProblem?.id ?? ''}
            onChange={(e) => setProblemId(e.target.value)}
            options={problems.map((p) => ({ value: p.id, label: `${p.text.slice(0, 80)} (${p.school.name})` }))}
          />
          <TextField
            label={t.observation.teacher}
            value={teacher}
            onChange={(e) => setTeacher(e.target.value)}
            error={teacherError}
            maxLength={200}
          />
          <SelectField
            label={t.observation.teacherSchool}
            value={teacherSchool.cct}
            onChange={(e) => setSchoolCct(e.target.value)}
            options={schools.map((s) => ({ value: s.cct, label: `${s.name} (${s.cct})` }))}
          />
        </AddCardForm>
      )}
      <CardWall
        cards={snapshot.byKind.observacion}
        label={t.panels.observacion}
        render={(card) => {
          const problem = snapshot.byKind.problematica.find((p) => p.id === card.problemId);
          return (
            <CardView card={card}>
              <p className="card-detail">
                <strong>{t.observation.summary(card.teacher, card.teacherSchool.name)}</strong>
                <br />
                {t.observation.problem}: {problem ? problem.text : t.observation.unknownProblem}
              </p>
            </CardView>
          );
        }}
      />
    </>
  );
}
