// The presentation countdown every device shows: computed from the shared absolute start time and
// this device's clock (rule T1), re-rendered twice a second; warning at 2 minutes, overrun shown.
import { useEffect, useState, type FormEvent } from 'react';
import { countdown, formatClock } from '../../../domain/meetingTimer';
import { setTimerMinutes, startPresentation, startRound, stopPresentation, stopRound } from '../../../meeting/model';
import { notify } from '../../../ui/notify';
import { meetingText as t } from '../../../i18n/meetings';
import { SelectField, TextField } from '../../../ui/Field';
import { useMeeting } from '../MeetingContext';
import { runChange } from '../runChange';

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [active]);
  return active ? now : Date.now();
}

export function TimerBox() {
  const { doc, snapshot, mySchool } = useMeeting();
  const { presentation, round, presentationMinutes, roundMinutes } = snapshot.timer;
  const now = useNow(!!presentation || !!round);
  const schools = snapshot.schools.length ? snapshot.schools : [{ ...mySchool, joinedAt: 0 }];
  const [presenterCct, setPresenterCct] = useState(mySchool.cct);
  const presenter = schools.find((s) => s.cct === presenterCct) ?? schools[0]!;
  const p = countdown(presentation, now);
  const r = countdown(round, now);
  const [perSchool, setPerSchool] = useState(String(presentationMinutes));
  const [roundMin, setRoundMin] = useState(String(roundMinutes));

  function saveConfig(e: FormEvent) {
    e.preventDefault();
    const a = Number(perSchool);
    const b = Number(roundMin);
    if (!Number.isInteger(a) || a < 1 || a > 60 || !Number.isInteger(b) || b < 1 || b > 600) {
      notify({ text: t.timer.configInvalid, tone: 'error' });
      return;
    }
    if (runChange(() => setTimerMinutes(doc, a, b))) notify({ text: t.timer.configSaved, tone: 'success' });
  }

  return (
    <section className={`card timer timer-${p.phase}`} aria-labelledby="timer-title">
      <h3 id="timer-title">{t.timer.title}</h3>
      {presentation ? (
        <div className="timer-clock">
          <p className="timer-presenter">{t.timer.presenting(presentation.presenter.name)}</p>
          <p className="clock" role="timer" aria-live="off" aria-label={t.timer.remaining} data-phase={p.phase}>
            {formatClock(p.remainingMs)}
          </p>
          {p.phase === 'warning' && (
            <p className="timer-warning" role="status">
              {t.timer.warning}
            </p>
          )}
          {p.phase === 'overrun' && (
            <p className="timer-overrun" role="alert">
              {t.timer.overrun}
            </p>
          )}
          <button type="button" className="secondary" onClick={() => runChange(() => stopPresentation(doc))}>
            {t.timer.stop}
          </button>
        </div>
      ) : (
        <div className="timer-start">
          <p className="muted">{t.timer.idle}</p>
          <SelectField
            label={t.timer.presenter}
            value={presenter.cct}
            onChange={(e) => setPresenterCct(e.target.value)}
            options={schools.map((s) => ({ value: s.cct, label: `${s.name} (${s.cct})` }))}
          />
          <button
            type="button"
            onClick={() =>
              runChange(() => startPresentation(doc, { name: presenter.name, cct: presenter.cct }, Date.now(), presentationMinutes))
            }
          >
            {t.timer.start} ({presentationMinutes} min)
          </button>
        </div>
      )}
      <div className="timer-round">
        <p>
          <strong>{t.timer.round}:</strong>{' '}
          {round ? (
            <span className={`round-clock phase-${r.phase}`}>
              {formatClock(r.remainingMs)} {r.phase === 'overrun' ? `(${t.timer.overrun})` : ''}
            </span>
          ) : (
            <span className="muted">{t.timer.roundIdle}</span>
          )}
        </p>
        {round ? (
          <button type="button" className="small secondary" onClick={() => runChange(() => stopRound(doc))}>
            {t.timer.stopRound}
          </button>
        ) : (
          <button type="button" className="small secondary" onClick={() => runChange(() => startRound(doc, Date.now(), roundMinutes))}>
            {t.timer.startRound} ({roundMinutes} min)
          </button>
        )}
      </div>
      <details>
        <summary>{t.timer.configure}</summary>
        <form className="timer-config" onSubmit={saveConfig}>
          <TextField
            label={t.timer.minutesPerSchool}
            type="number"
            min={1}
            max={60}
            value={perSchool}
            onChange={(e) => setPerSchool(e.target.value)}
          />
          <TextField
            label={t.timer.roundMinutes}
            type="number"
            min={1}
            max={600}
            value={roundMin}
            onChange={(e) => setRoundMin(e.target.value)}
          />
          <button type="submit" className="small">
            {t.timer.saveConfig}
          </button>
        </form>
      </details>
    </section>
  );
}
