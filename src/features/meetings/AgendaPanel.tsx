// The meeting's agenda (issue 19): the third session's, or the follow-up's own in a meeting that
// continues another; parts and activities with what to do, the questions and time used against
// planned; the coordination moves the room (A3), everyone opens the panel where the activity happens.
import type { PanelId } from '../../domain/meeting';
import { agendaProgress, FOLLOW_UP_AGENDA, stepOf } from '../../domain/agenda';
import { currentMove, meetingAgenda, moveAgenda, moveAgendaToStep } from '../../meeting/agenda';
import { isCoordinator } from '../../meeting/coordination';
import { agendaActivities, agendaParts, agendaText as t } from '../../i18n/agenda';
import { useMeeting } from './MeetingContext';
import { runChange } from './runChange';
import { useAgenda, useDocValue, useMinuteClock } from './useAgenda';
import { openPrivateNotes } from './PrivateNotes';
import { meetingNotesText } from '../../i18n/meetingNotes';

const minutesOf = (ms: number) => String(Math.floor(ms / 60_000));

export function AgendaPanel({ onOpenPanel }: { onOpenPanel: (panel: PanelId | null, activityId: string, section?: string) => void }) {
  const { doc, writer, mySchool } = useMeeting();
  const { moves, invalid } = useAgenda(doc);
  const agenda = useDocValue(doc, meetingAgenda, (a) => a[0]!.id);
  const now = useMinuteClock(moves.length > 0);
  const progress = new Map(agendaProgress(moves, now, agenda).map((p) => [p.activity.id, p]));
  const current = [...progress.values()].find((p) => p.status === 'current');
  const lastMove = currentMove(moves);
  const currentStep = lastMove?.step !== undefined ? stepOf(lastMove.activityId, lastMove.step) : undefined;
  /** Whether the room is on activity `id`, at `step` (or at none of its steps). */
  const roomOn = (id: string, step?: number) => lastMove?.activityId === id && lastMove.step === step;
  const coordinator = isCoordinator(doc, { school: mySchool });
  return (
    // Closed by default so the panels stay near the top on a phone; the summary says where the room is.
    <details className="card agenda">
      <summary>
        <h2 className="agenda-title">{t.heading}</h2>
        {current ? (
          <span className="agenda-summary">
            {' · '}
            {t.nowOn(agendaActivities[current.activity.id]!.title)}
            {currentStep ? ` · ${t.stepTitle[currentStep.section]}` : ''} ({t.planned(minutesOf(current.usedMs), current.activity.minutes)})
          </span>
        ) : null}
      </summary>
      {agenda === FOLLOW_UP_AGENDA ? <p className="hint">{t.followUpHint}</p> : null}
      {invalid ? <p className="invalid-notice">{t.damaged(invalid)}</p> : null}
      {agenda.map((part) => (
        <section key={part.id} aria-labelledby={`agenda-${part.id}`}>
          <h3 id={`agenda-${part.id}`}>{agendaParts[part.id]}</h3>
          <ol className="agenda-list">
            {part.activities.map((a) => {
              const p = progress.get(a.id)!;
              const text = agendaActivities[a.id]!;
              return (
                <li
                  key={a.id}
                  id={`agenda-item-${a.id}`}
                  className={`agenda-item agenda-${p.status}`}
                  aria-current={p.status === 'current' ? 'step' : undefined}
                >
                  <p className="agenda-head">
                    <strong>{text.title}</strong> <span className="agenda-status">{t.status[p.status]}</span>{' '}
                    <span className="muted">{t.planned(minutesOf(p.usedMs), a.minutes)}</span>
                  </p>
                  {p.status === 'current' || p.status === 'next' ? (
                    <>
                      <p>{text.todo}</p>
                      <ul className="agenda-questions">
                        {text.questions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <p className="actions">
                    {(a.panel || a.section) && (p.status === 'current' || p.status === 'next') ? (
                      <button type="button" className="secondary" onClick={() => onOpenPanel(a.panel, a.id)}>
                        {a.panel ? t.open : t.goToSection[a.section!]}
                      </button>
                    ) : null}
                    {a.panel && (p.status === 'current' || p.status === 'next')
                      ? a.steps?.map((step) => (
                          <button
                            key={step.section}
                            type="button"
                            className="secondary"
                            onClick={() => onOpenPanel(a.panel!, a.id, step.section)}
                          >
                            {t.goToSection[step.section]}
                          </button>
                        ))
                      : null}
                    {a.privateNotes && (p.status === 'current' || p.status === 'next') ? (
                      <button type="button" className="secondary" onClick={openPrivateNotes}>
                        {meetingNotesText.open}
                      </button>
                    ) : null}
                    {coordinator && writer && !roomOn(a.id) ? (
                      <button type="button" onClick={() => runChange(() => moveAgenda(doc, a.id, writer, Date.now()))}>
                        {t.moveHere}
                      </button>
                    ) : null}
                    {/* The coordination may also bring the room to a later activity inside this one (activity 8). */}
                    {coordinator && writer
                      ? a.steps
                          ?.filter((step) => !roomOn(a.id, step.guide))
                          .map((step) => (
                            <button
                              key={step.section}
                              type="button"
                              onClick={() => runChange(() => moveAgendaToStep(doc, a.id, step.guide, writer, Date.now()))}
                            >
                              {t.moveToStep(t.stepTitle[step.section]!)}
                            </button>
                          ))
                      : null}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </details>
  );
}
