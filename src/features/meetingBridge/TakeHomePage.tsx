import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { alreadyImported, importOutcomes } from '../../db/takeHome';
import { getMeetingRecord } from '../../db/meetings';
import { meetingText } from '../../i18n/meetings';
import { listMeetingOutcomes } from '../../meeting/outcomes';
import { targetOf, toDraft, type TakeHomeItem } from '../../domain/takeHome';
import { getSchool } from '../../db/schools';
import { formatDate } from '../../i18n/common';
import { commitmentCardText } from '../../i18n/meetingCommitments';
import { Link } from '../../ui/router';
import { common } from '../../i18n/common';
import { takeHomeText as t, takeHomeWording } from '../../i18n/takeHome';
import { CheckboxField } from '../../ui/Checkbox';
import { SelectField } from '../../ui/Field';
import { FormStatus } from '../../ui/FormStatus';
import { sessionTitle, useSessions } from '../../ui/records/useSessions';
import { useMeetingDoc, useMeetingSnapshot } from '../meetings/useMeetingDoc';
import type { MeetingStore } from '../../meeting/store';

export default function TakeHomePage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const record = useLiveQuery(async () => (await getMeetingRecord(id)) ?? null, [id]);
  if (record === undefined) return <p role="status">{common.loading}</p>;
  if (record === null) return <p role="alert">{meetingText.notFound}</p>;
  return <Opened id={id} />;
}

function Opened({ id }: { id: string }) {
  const state = useMeetingDoc(id);
  if (state.status === 'loading') return <p role="status">{common.loading}</p>;
  if (state.status === 'error') return <p role="alert">{common.crashBody}</p>;
  return <Chooser meetingId={id} store={state.store} />;
}

function Chooser({ meetingId, store }: { meetingId: string; store: MeetingStore }) {
  const snapshot = useMeetingSnapshot(store);
  const outcomes = useMemo(() => listMeetingOutcomes(snapshot), [snapshot]);
  const { sessions } = useSessions();
  const school = useLiveQuery(() => getSchool(), []);
  const [sessionId, setSessionId] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const items: TakeHomeItem[] = useMemo(
    () => [
      ...outcomes.commitments.map((card) => ({ kind: 'commitment' as const, card })),
      ...outcomes.conclusions.map((card) => ({ kind: 'conclusion' as const, card })),
      ...outcomes.proposals.flatMap(({ problem, aportaciones }) =>
        aportaciones.map((card) => ({ kind: 'aportacion' as const, card, problem })),
      ),
      ...outcomes.observationPlan.map(({ observation, problem }) => ({ kind: 'observation' as const, card: observation, problem })),
    ],
    [outcomes],
  );
  const imported = useLiveQuery(async () => {
    const flags = await Promise.all(
      items.map((item) => alreadyImported({ target: targetOf(item), origin: { kind: 'meeting', meetingId, cardId: item.card.id } })),
    );
    return new Set(items.filter((_, i) => flags[i]).map((item) => item.card.id));
  }, [items, meetingId]);

  if (!sessions || !imported || school === undefined) return <p role="status">{common.loading}</p>;
  const meetingName = snapshot.meta?.name ?? '';
  const target = sessionId || (sessions.find((s) => s.date === snapshot.meta?.date) ?? sessions[0])?.id || '';

  const group = (title: string, list: TakeHomeItem[], describe: (item: TakeHomeItem) => string) => (
    <fieldset className="field">
      <legend>{title}</legend>
      {list.length === 0 && <p className="muted">{t.none}</p>}
      {list.map((item) =>
        imported.has(item.card.id) ? (
          <p key={item.card.id} className="muted">
            ✓ {describe(item)} — {t.already}
          </p>
        ) : (
          <CheckboxField
            key={item.card.id}
            label={describe(item)}
            checked={chosen.has(item.card.id)}
            onChange={(on) =>
              setChosen((c) => {
                const next = new Set(c);
                if (on) next.add(item.card.id);
                else next.delete(item.card.id);
                return next;
              })
            }
          />
        ),
      )}
    </fieldset>
  );

  return (
    <section>
      <p>
        <Link to={`/encuentros/${meetingId}`} className="back-link">
          ← {meetingName}
        </Link>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {sessions.length === 0 ? (
        <p className="empty">{t.noSessions}</p>
      ) : (
        <form
          className="form"
          onSubmit={async (e) => {
            e.preventDefault();
            const picked = items.filter((i) => chosen.has(i.card.id));
            if (picked.length === 0) return setStatus({ error: t.nothingChosen });
            try {
              const r = await importOutcomes(
                picked.map((i) => toDraft(i, meetingId, target, meetingName, takeHomeWording, school?.teachers ?? [])),
              );
              setChosen(new Set());
              setStatus({ success: t.done(r.added, r.already) });
            } catch (error) {
              setStatus({ error: error instanceof Error ? error.message : String(error) });
            }
          }}
        >
          <SelectField
            label={t.session}
            value={target}
            onChange={(e) => setSessionId(e.target.value)}
            options={sessions.map((s) => ({ value: s.id, label: sessionTitle(s) }))}
          />
          {group(
            t.commitments,
            items.filter((i) => i.kind === 'commitment'),
            (i) =>
              i.kind === 'commitment' && i.card.responsible && i.card.dueDate
                ? `${i.card.text} (${commitmentCardText.summary(i.card.responsible, formatDate(i.card.dueDate))}${
                    i.card.showResults ? `; ${commitmentCardText.results}: ${i.card.showResults}` : ''
                  })`
                : i.card.text,
          )}
          {group(
            t.conclusions,
            items.filter((i) => i.kind === 'conclusion'),
            (i) => i.card.text,
          )}
          {group(
            t.aportaciones,
            items.filter((i) => i.kind === 'aportacion'),
            (i) =>
              i.kind === 'aportacion'
                ? `${i.card.text} (${i.card.school.name}; ${t.stars(i.card.stars.length)}) — ${t.answers(i.problem.text)}`
                : '',
          )}
          {group(
            t.observations,
            items.filter((i) => i.kind === 'observation'),
            (i) =>
              i.kind === 'observation' ? `${i.card.teacher} (${i.card.teacherSchool.name})${i.problem ? ` — ${i.problem.text}` : ''}` : '',
          )}
          <FormStatus error={status.error ?? null} success={status.success ?? null} />
          <div className="actions">
            <button type="submit">{t.submit}</button>
          </div>
        </form>
      )}
    </section>
  );
}
