import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { Link } from '../../ui/router';
import { countdown, formatClock } from '../../domain/meetingTimer';
import { getActiveRoom } from '../../ui/activeRoom';
import { useWakeLock } from '../../ui/useWakeLock';
import { useLiveQuery } from 'dexie-react-hooks';
import { listMeetings } from '../../db/meetings';
import { useMeetingPresentation } from './useMeetingPresentation';
import { common } from '../../i18n/common';
import { slidesText as t } from '../../i18n/prepare';
import { SlideView } from './SlideView';
import { PublishProblem } from '../meetingBridge/PublishProblem';
import { useSlides } from './useSlides';
import { useNow } from './useTimer';
import './slides.css';

const MINUTES = { escuela: 15, encuentro: 10 } as const;
/** 'escuela' / 'encuentro' run a local countdown; 'meeting:<id>' follows that meeting's shared timer. */
type Mode = keyof typeof MINUTES | `meeting:${string}`;

/** Full-screen slides for a projector: keyboard, click and swipe; a visible countdown. */
export default function SlidesPage({ params }: { params: Record<string, string> }) {
  const sessionId = params.sessionId ?? '';
  const data = useSlides(sessionId);
  const [index, setIndex] = useState(0);
  // In a meeting's room the slides start on that meeting's shared timer: it is the meeting's clock.
  const [mode, setMode] = useState<Mode>(() => {
    const room = getActiveRoom();
    return room ? `meeting:${room.meetingId}` : 'escuela';
  });
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const meetings = useLiveQuery(() => listMeetings(), []);
  const meetingId = mode.startsWith('meeting:') ? mode.slice('meeting:'.length) : null;
  const shared = useMeetingPresentation(meetingId);
  const now = useNow();
  // A projector laptop or a phone must not go dark in the middle of the school's 10 minutes.
  useWakeLock();
  // The meeting's running presentation, when there is one, is the clock everybody sees.
  const left = shared
    ? countdown(shared, now).remainingMs
    : startedAt + (mode === 'escuela' ? MINUTES.escuela : MINUTES.encuentro) * 60_000 - now;
  const swipeFrom = useRef<number | null>(null);
  const count = data?.slides.length ?? 0;
  const current = data?.slides[index];
  const go = useCallback((delta: number) => setIndex((i) => Math.min(Math.max(i + delta, 0), Math.max(count - 1, 0))), [count]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLButtonElement) return;
      if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(e.key)) go(1);
      else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(e.key)) go(-1);
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(Math.max(count - 1, 0));
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, count]);

  if (data === undefined) return <p role="status">{common.loading}</p>;
  if (data === null || count <= 1) {
    return (
      <main className="slides-empty" id="contenido">
        <p role="alert">{t.empty}</p>
        <Link to={`/preparar/${sessionId}`}>{common.back}</Link>
      </main>
    );
  }

  function pointerUp(e: PointerEvent<HTMLDivElement>) {
    const from = swipeFrom.current;
    swipeFrom.current = null;
    if (from === null) return;
    const dx = e.clientX - from;
    if (Math.abs(dx) > 50) go(dx < 0 ? 1 : -1);
    else go(e.clientX < window.innerWidth / 3 ? -1 : 1);
  }

  return (
    <main className="slides" id="contenido" aria-roledescription="presentación" aria-label={t.label}>
      <style>{'@page { size: letter landscape; margin: 0; }'}</style>
      <div className="slides-bar">
        <Link to={`/preparar/${sessionId}`} className="back-link">
          ← {t.exit}
        </Link>
        <span
          className={left < 0 ? 'slides-clock over' : left < 120_000 ? 'slides-clock warn' : 'slides-clock'}
          role="timer"
          aria-label={left < 0 ? t.overtime : t.timer}
        >
          {formatClock(left)}
        </span>
        <select
          aria-label={t.timerMode}
          value={mode}
          onChange={(e) => {
            setMode(e.target.value as Mode);
            setStartedAt(Date.now());
          }}
        >
          <option value="escuela">{t.modeSchool}</option>
          <option value="encuentro">{t.modeMeeting}</option>
          {meetings?.map((m) => (
            <option key={m.id} value={`meeting:${m.id}`}>
              {t.modeShared(m.name)}
            </option>
          ))}
        </select>
        {meetingId && !shared && <span className="muted">{t.sharedIdle}</span>}
        <button type="button" className="secondary small" onClick={() => setStartedAt(Date.now())}>
          {t.restart}
        </button>
        <button type="button" className="secondary small" onClick={() => window.print()}>
          {t.print}
        </button>
        {current?.kind === 'problem' && <PublishProblem problem={current.problem} compact />}
      </div>
      <div className="slides-stage" onPointerDown={(e) => (swipeFrom.current = e.clientX)} onPointerUp={pointerUp} aria-live="polite">
        {data.slides.map((slide, i) => (
          <section
            key={i}
            className={i === index ? 'slide current' : 'slide'}
            aria-roledescription="diapositiva"
            aria-label={t.slideOf(i + 1, count)}
            aria-hidden={i === index ? undefined : true}
          >
            <SlideView slide={slide} photos={data.photos} />
            <p className="slide-number">{t.slideOf(i + 1, count)}</p>
          </section>
        ))}
      </div>
      <div className="slides-nav">
        <button type="button" onClick={() => go(-1)} disabled={index === 0}>
          ← {t.previous}
        </button>
        <span className="muted">{t.keyboardHelp}</span>
        <button type="button" onClick={() => go(1)} disabled={index === count - 1}>
          {t.next} →
        </button>
      </div>
    </main>
  );
}
