import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listMeetings } from '../../db/meetings';
import { getSchool } from '../../db/schools';
import type { Problem } from '../../domain/problem';
import { Link } from '../../ui/router';
import { formatDate } from '../../i18n/common';
import { takeHomeText as t } from '../../i18n/takeHome';
import { SelectField, TextField } from '../../ui/Field';
import { FormStatus } from '../../ui/FormStatus';
import { publishToMeeting } from './publishProblem';

/** "Presentar en un encuentro": one tap from the bitácora (or a slide) to the meeting's panel. */
export function PublishProblem({ problem, compact = false }: { problem: Problem; compact?: boolean }) {
  const meetings = useLiveQuery(() => listMeetings(), []);
  const school = useLiveQuery(() => getSchool(), []);
  const [meetingId, setMeetingId] = useState('');
  const [author, setAuthor] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const [busy, setBusy] = useState(false);
  if (!meetings || !school || problem.annulled) return null;
  const chosen = meetingId || meetings[0]?.id || '';
  const who = author ?? school.responsable;

  return (
    <section className={compact ? 'publish-compact' : 'card'} aria-labelledby={`publish-${problem.id}`}>
      <h2 id={`publish-${problem.id}`} className={compact ? 'visually-hidden' : undefined}>
        {t.publishTitle}
      </h2>
      {!compact && <p>{t.publishIntro}</p>}
      {meetings.length === 0 ? (
        <p className="muted">{t.noMeetings}</p>
      ) : (
        <>
          {meetings.length > 1 && (
            <SelectField
              label={t.publishMeeting}
              value={chosen}
              onChange={(e) => setMeetingId(e.target.value)}
              options={meetings.map((m) => ({ value: m.id, label: `${m.name} · ${formatDate(m.date)}` }))}
            />
          )}
          {!compact && <TextField label={t.publishAuthor} value={who} onChange={(e) => setAuthor(e.target.value)} />}
          <button
            type="button"
            className={compact ? 'secondary small' : undefined}
            disabled={busy || !who.trim()}
            onClick={async () => {
              setBusy(true);
              try {
                await publishToMeeting(chosen, problem, who.trim() || school.name, { name: school.name, cct: school.cct });
                setStatus({ success: t.published });
              } catch (error) {
                setStatus({ error: error instanceof Error ? error.message : String(error) });
              } finally {
                setBusy(false);
              }
            }}
          >
            {t.publish}
            {meetings.length === 1 ? `: ${meetings[0]!.name}` : ''}
          </button>
          <FormStatus error={status.error ?? null} success={status.success ?? null} />
          {status.success && !compact && <Link to={`/encuentros/${chosen}`}>{t.openMeeting}</Link>}
        </>
      )}
    </section>
  );
}
