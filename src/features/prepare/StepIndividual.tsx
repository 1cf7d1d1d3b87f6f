import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createPractice } from '../../db/practices';
import { listDrafts, saveWithDraft } from '../../db/drafts';
import { savePreparation } from '../../db/preparations';
import type { Preparation } from '../../domain/preparation';
import { emptyPractice } from '../../domain/practice';
import { Link, navigate } from '../../ui/router';
import { draftText } from '../../i18n/drafts';
import { prepareText as t } from '../../i18n/prepare';
import { PracticeForm } from '../practices/PracticeForm';
import { StepShell } from './StepShell';
import type { PrepData } from './usePrepData';

const FORM = 'prepPractice';
const recordIdOf = (sessionId: string, teacherId: string) => `${sessionId}/${teacherId}`;

/** The address names the step and the open form (the draft keeps it as where to resume). */
function showIn(sessionId: string, teacherId: string | null): void {
  const query = teacherId ? `?paso=individual&docente=${encodeURIComponent(teacherId)}` : '?paso=individual';
  navigate(`/preparar/${sessionId}${query}`, { replace: true });
}

/**
 * Step 1: each teacher records the práctica that best caught the students' attention. A práctica
 * typed here is kept as a draft (issue 14), listed with the Prácticas' drafts: the address names
 * the step and the teacher, so that list's link (and a reload) reopens this very form, and a kept
 * draft reopens it after a kill too.
 */
export function StepIndividual({ data, onDone }: { data: PrepData; onDone: (saved: Preparation) => void }) {
  const { school, session, practices } = data;
  const [open, setOpenState] = useState<string | null>(() => {
    const asked = new URLSearchParams(window.location.search).get('docente');
    return school.teachers.some((x) => x.id === asked) ? asked : null;
  });
  const kept = useLiveQuery(async () => {
    const rows = await listDrafts(FORM);
    return rows.filter((d) => d.recordId.startsWith(`${session.id}/`)).map((d) => d.recordId.slice(session.id.length + 1));
  }, [session.id]);
  const resumed = useRef(open !== null);
  useEffect(() => {
    // The most recent kept draft reopens its form once, when this step opens with none chosen.
    if (resumed.current || !kept) return;
    resumed.current = true;
    const teacher = kept.find((id) => school.teachers.some((x) => x.id === id));
    if (!teacher) return;
    setOpenState(teacher);
    showIn(session.id, teacher);
  }, [kept, school.teachers, session.id]);

  function setOpen(teacherId: string | null) {
    setOpenState(teacherId);
    showIn(session.id, teacherId);
  }

  return (
    <StepShell
      questions={t.individual.questions}
      onSave={async () => {
        if (practices.length === 0) return t.individual.needOne;
        onDone(await savePreparation(session.id, (p) => ({ ...p, done: { ...p.done, individual: true } })));
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
                    draftKey={{ form: FORM, recordId: recordIdOf(session.id, teacher.id), version: 0 }}
                    onSubmit={async (draft) => {
                      await saveWithDraft({ form: FORM, recordId: recordIdOf(session.id, teacher.id) }, () => createPractice(draft));
                      setOpen(null);
                    }}
                  />
                </>
              ) : (
                <button type="button" className="secondary" onClick={() => setOpen(teacher.id)}>
                  + {t.individual.record(teacher.name)}
                  {kept?.includes(teacher.id) && <span className="badge badge-draft">{draftText.unsaved}</span>}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </StepShell>
  );
}
