import type { CteSession } from '../../domain/session';
import { Link } from '../router';
import { recordText as t } from '../../i18n/records';
import { SelectField } from '../Field';
import { sessionTitle } from './useSessions';

/** The session an entry belongs to; when none exists yet, says how to make one. */
export function SessionSelect({
  sessions,
  value,
  onChange,
  error,
}: {
  sessions: CteSession[];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  if (sessions.length === 0) {
    return (
      <div className="card" role="note">
        <p>{t.noSessions}</p>
        <Link to="/sesiones/nueva">{t.goSessions}</Link>
      </div>
    );
  }
  return (
    <SelectField
      label={t.session}
      hint={t.sessionHint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
      // An annulled session takes no new entries; one already linked to it keeps showing it.
      options={sessions.filter((s) => !s.annulled || s.id === value).map((s) => ({ value: s.id, label: sessionTitle(s) }))}
    />
  );
}
