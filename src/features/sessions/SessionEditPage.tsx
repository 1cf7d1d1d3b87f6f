import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createSession, getSession, updateSession } from '../../db/sessions';
import { notify } from '../../ui/notify';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { sessionText as t } from '../../i18n/sessions';
import { SessionForm } from './SessionForm';
import { ReviewLinkCard } from '../commitments/ReviewLinkCard';

export default function SessionEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  // null = looked up and not found; undefined = still loading.
  const session = useLiveQuery(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);

  if (id && session === undefined) return <p role="status">{common.loading}</p>;
  if (id && session === null) {
    return (
      <section>
        <h1>{t.editSession}</h1>
        <p role="alert">{t.notFound}</p>
        <Link to="/sesiones">{common.back}</Link>
      </section>
    );
  }

  // Sessions keep no version number: their last save time tells a changed session apart.
  const draftKey = recordDraftKey('session', session ? { id: session.id, version: session.updatedAt } : null);
  return (
    <section>
      <p>
        <Link to="/sesiones">← {t.listTitle}</Link>
      </p>
      <h1>{id ? t.editSession : t.newSession}</h1>
      {id && <ReviewLinkCard sessionId={id} />}
      <SessionForm
        key={session?.id ?? 'new'}
        session={session ?? undefined}
        draftKey={draftKey}
        onSubmit={async (draft) => {
          await saveWithDraft(draftKey, () => (id ? updateSession(id, draft) : createSession(draft)));
          notify({ text: id ? t.updated : t.created, tone: 'success' });
          navigate('/sesiones');
        }}
      />
    </section>
  );
}
