import { useLiveQuery } from 'dexie-react-hooks';
import { listSessions } from '../../db/sessions';
import type { CteSession } from '../../domain/session';
import { formatDate } from '../../i18n/common';
import { sessionText } from '../../i18n/sessions';

export function sessionTitle(s: CteSession): string {
  return `${sessionText.numberOrdinal(s.kind, s.number)} · ${formatDate(s.date)}`;
}

/** The school's sessions, newest first (annulled ones last), a label lookup and filter choices. */
export function useSessions(): {
  sessions: CteSession[] | undefined;
  label: (id: string) => string;
  choices: { value: string; label: string }[];
} {
  // Annulled sessions go last: forms default to sessions[0], and a new entry never belongs to one.
  const sessions = useLiveQuery(async () => {
    const all = await listSessions();
    return [...all.filter((s) => !s.annulled), ...all.filter((s) => s.annulled)];
  }, []);
  const label = (id: string) => {
    const s = sessions?.find((x) => x.id === id);
    return s ? sessionTitle(s) : '';
  };
  const choices = (sessions ?? []).map((s) => ({ value: s.id, label: sessionTitle(s) }));
  return { sessions, label, choices };
}
