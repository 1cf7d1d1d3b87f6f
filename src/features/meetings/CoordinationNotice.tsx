// "La coordinación pasó a: … · Ir" (issue 19, item 2): when the coordination moves the room, every
// other device is told and follows with one tap; nothing jumps by itself, so nobody loses what
// they are typing.
import { useState } from 'react';
import type { PanelId } from '../../domain/meeting';
import { AGENDA_ACTIVITIES, stepOf } from '../../domain/agenda';
import { currentMove } from '../../meeting/agenda';
import { agendaActivities, agendaText as t } from '../../i18n/agenda';
import { useMeeting } from './MeetingContext';
import { useAgenda } from './useAgenda';

export function CoordinationNotice({ onGo }: { onGo: (panel: PanelId | null, activityId: string, section?: string) => void }) {
  const { doc, writer } = useMeeting();
  const current = currentMove(useAgenda(doc).moves);
  // The move shown when this screen opened, or the last one this device followed or made.
  const [seen, setSeen] = useState(() => current?.key ?? null);
  // The coordinator who moved the room needs no notice of it.
  const mine = !!current && !!writer && current.schoolCct === writer.school.cct && current.author === writer.author;
  const activity = current ? AGENDA_ACTIVITIES.find((a) => a.id === current.activityId) : undefined;
  // A move to a later activity inside this one (activity 8 within the tabla) names it and lands on its section.
  const step = current?.step !== undefined ? stepOf(current.activityId, current.step) : undefined;
  const show = !!current && !!activity && current.key !== seen && !mine;
  return (
    <div role="status" aria-live="polite" className="coordination-slot">
      {show ? (
        <p className="coordination-notice">
          {t.movedTo(step ? t.stepTitle[step.section]! : agendaActivities[activity.id]!.title)} ·{' '}
          <button
            type="button"
            onClick={() => {
              setSeen(current.key);
              onGo(activity.panel, activity.id, step?.section);
            }}
          >
            {t.go}
          </button>
        </p>
      ) : null}
    </div>
  );
}
