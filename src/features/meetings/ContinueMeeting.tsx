// "Continuar este encuentro": creates the sixth session's meeting (actions.continueMeeting) and opens it.
import { todayIso } from '../../domain/session';
import { followUpText as t } from '../../i18n/followUp';
import { continueMeeting } from './actions';
import { useMeeting } from './MeetingContext';
import { useCreateAndOpen } from './useCreateAndOpen';

export function ContinueMeeting({ meetingId }: { meetingId: string }) {
  const { mySchool } = useMeeting();
  const { busy, error, createAndOpen } = useCreateAndOpen(t.created);
  return (
    <section className="card" aria-labelledby="continue-title">
      <h2 id="continue-title">{t.continue}</h2>
      <p className="hint">{t.continueHint}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => createAndOpen(() => continueMeeting(meetingId, mySchool, t.sixthName, todayIso()))}
      >
        {t.continue}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
