import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createSession, getSession, listSessions, updateSession } from '../../db/sessions';
import { getSchool } from '../../db/schools';
import { sameNumberSessions, type CteSession, type SessionDraft } from '../../domain/session';
import { notify } from '../../ui/notify';
import { navigate } from '../../ui/router';
import { BackLink, RecordMissing } from '../../ui/records/PageParts';
import { common, formatDate } from '../../i18n/common';
import { sessionText as t } from '../../i18n/sessions';
import { SessionForm } from './SessionForm';
import { ReviewLinkCard } from '../commitments/ReviewLinkCard';
import { AnnulledBanner, AnnulPanel } from '../../ui/records/AnnulPanel';
import { HistoryPanel } from '../../ui/records/HistoryPanel';
import { SessionContents } from './SessionContents';
import { SessionFacts } from './SessionFacts';
import { sessionLabel } from './SessionListPage';

export default function SessionEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  // null = looked up and not found; undefined = still loading.
  const session = useLiveQuery(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);
  const school = useLiveQuery(() => getSchool(), []);
  // A second session with the same number in the same ciclo is warned about once; saving the
  // same number again right after the warning is the confirmation.
  const warnedFor = useRef<string | null>(null);

  if (id && session === undefined) return <p role="status">{common.loading}</p>;
  if (id && session === null) {
    return <RecordMissing title={t.editSession} listTo="/sesiones" notFound={t.notFound} />;
  }

  // A draft belongs to the session's version: an edit or a restore meanwhile is told apart.
  const draftKey = recordDraftKey('session', session ? { id: session.id, version: session.version } : null);

  async function save(draft: SessionDraft) {
    const signature = `${draft.kind}:${draft.number}:${draft.ciclo}`;
    const twin = sameNumberSessions(draft, await listSessions(), id)[0];
    if (twin && warnedFor.current !== signature) {
      warnedFor.current = signature;
      throw new Error(t.duplicateWarning(sessionLabel(twin), formatDate(twin.date)));
    }
    await saveWithDraft(draftKey, () => (id ? updateSession(id, draft) : createSession(draft)));
    notify({ text: id ? t.updated : t.created, tone: 'success' });
    navigate('/sesiones');
  }

  const existing = session ?? undefined;
  return (
    <section>
      <BackLink to="/sesiones" label={t.listTitle} />
      <h1 className={existing?.annulled ? 'struck' : undefined}>{existing ? sessionLabel(existing) : t.newSession}</h1>
      {existing && <SessionPageTop session={existing} />}
      {!existing?.annulled && (
        <section aria-labelledby="session-form-title">
          {existing && <h2 id="session-form-title">{t.editSession}</h2>}
          <SessionForm key={existing?.id ?? 'new'} session={existing} school={school} draftKey={draftKey} onSubmit={save} />
        </section>
      )}
      {existing && (
        <>
          <HistoryPanel<CteSession> kind="session" recordId={existing.id} render={(snap) => <SessionFacts session={snap} />} />
          <AnnulPanel kind="session" record={existing} />
        </>
      )}
    </section>
  );
}

/** An existing session: its annulment, the commitments review, its facts and what it holds. */
function SessionPageTop({ session }: { session: CteSession }) {
  return (
    <>
      <AnnulledBanner record={session} />
      {session.annulled ? <p className="muted">{t.annulledNote}</p> : <ReviewLinkCard sessionId={session.id} />}
      <SessionFacts session={session} />
      <SessionContents sessionId={session.id} />
    </>
  );
}
