import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import { validateMeetingDraft, type MeetingDraft } from '../../domain/meeting';
import { todayIso } from '../../domain/session';
import { Link } from '../../ui/router';
import { common } from '../../i18n/common';
import { meetingText as t } from '../../i18n/meetings';
import { TextField } from '../../ui/Field';
import { FormStatus } from '../../ui/FormStatus';
import { focusFirstError } from '../../ui/focusFirstError';
import { createMeeting } from './actions';
import { useCreateAndOpen } from './useCreateAndOpen';

export default function MeetingNewPage() {
  const school = useLiveQuery(() => getSchool(), []);
  const [draft, setDraft] = useState<MeetingDraft>(() => ({ name: '', date: todayIso(), place: '' }));
  const [errors, setErrors] = useState<ReturnType<typeof validateMeetingDraft>>({});
  const { busy, error, setError, createAndOpen } = useCreateAndOpen(t.created);
  const formRef = useRef<HTMLFormElement>(null);
  const err = (k: keyof MeetingDraft) => (errors[k] ? t.errors[errors[k]] : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateMeetingDraft(draft);
    setErrors(found);
    if (Object.keys(found).length) {
      setError(common.fixErrors);
      focusFirstError(formRef.current);
      return;
    }
    if (!school) return;
    await createAndOpen(() => createMeeting(draft, { name: school.name, cct: school.cct }));
  }

  return (
    <section>
      <p>
        <Link to="/encuentros" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <h1>{t.newMeeting}</h1>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          label={t.name}
          hint={t.nameHint}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          error={err('name')}
          required
          maxLength={200}
        />
        <TextField
          label={t.date}
          type="date"
          value={draft.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          error={err('date')}
          required
        />
        <TextField
          label={t.place}
          hint={t.placeHint}
          value={draft.place}
          onChange={(e) => setDraft({ ...draft, place: e.target.value })}
          error={err('place')}
          maxLength={200}
        />
        <FormStatus error={error} />
        <div className="actions">
          <button type="submit" disabled={busy || !school}>
            {busy ? common.saving : t.create}
          </button>
        </div>
      </form>
    </section>
  );
}
