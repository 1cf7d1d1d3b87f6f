import { useState } from 'react';
import { createPractice } from '../../db/practices';
import { saveWithDraft } from '../../db/drafts';
import { savePreparation } from '../../db/preparations';
import { emptyPractice } from '../../domain/practice';
import { Link } from '../../ui/router';
import { prepareText as t } from '../../i18n/prepare';
import { PracticeForm } from '../practices/PracticeForm';
import { StepShell } from './StepShell';
import type { PrepData } from './usePrepData';

/** Step 1: each teacher records the práctica that best caught the students' attention. */
export function StepIndividual({ data, onDone }: { data: PrepData; onDone: () => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const { school, session, practices } = data;
  return (
    <StepShell
      questions={t.individual.questions}
      onSave={async () => {
        if (practices.length === 0) return t.individual.needOne;
        await savePreparation(session.id, (p) => ({ ...p, done: { ...p.done, individual: true } }));
        onDone();
      }}
    >
      {school.teachers.length === 0 && <p className="empty">{t.individual.noTeachers}</p>}
      <ul className="teacher-practices">
        {school.teachers.map((teacher) => {
          const own = practices.filter((p) => p.teacherId === teacher.id);
          return (
            <li key={teacher.id} className="card">
              <h3>
                {teacher.name} <span className="muted">{teacher.assignment}</span>
              </h3>
              {own.length === 0 ? (
                <p className="muted">{t.individual.none}</p>
              ) : (
                <ul>
                  {own.map((p) => (
                    <li key={p.id}>
                      <Link to={`/practicas/${p.id}`}>{p.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
              {open === teacher.id ? (
                <>
                  <button type="button" className="secondary small" onClick={() => setOpen(null)}>
                    {t.individual.hide}
                  </button>
                  <PracticeForm
                    initial={{
                      ...emptyPractice(session.id),
                      teacherId: teacher.id,
                      teacherName: teacher.name,
                      gradeGroup: teacher.assignment,
                    }}
                    teachers={school.teachers}
                    sessions={[session]}
                    draftKey={{ form: 'prepPractice', recordId: `${session.id}/${teacher.id}`, version: 0 }}
                    onSubmit={async (draft) => {
                      await saveWithDraft({ form: 'prepPractice', recordId: `${session.id}/${teacher.id}` }, () => createPractice(draft));
                      setOpen(null);
                    }}
                  />
                </>
              ) : (
                <button type="button" className="secondary" onClick={() => setOpen(teacher.id)}>
                  + {t.individual.record(teacher.name)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </StepShell>
  );
}
