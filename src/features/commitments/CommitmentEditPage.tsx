import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createCommitment, getCommitment, updateCommitment } from '../../db/commitments';
import { getSchool } from '../../db/schools';
import { emptyCommitment, type Commitment, type CommitmentDraft } from '../../domain/commitment';
import { notify } from '../../ui/notify';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { recordText } from '../../i18n/records';
import { useSessions } from '../../ui/records/useSessions';
import { CommitmentForm } from './CommitmentForm';

function toDraft(c: Commitment): CommitmentDraft {
  return {
    sessionId: c.sessionId,
    statement: c.statement,
    responsibleKind: c.responsibleKind,
    responsibleTeacherId: c.responsibleTeacherId,
    responsibleName: c.responsibleName,
    dueDate: c.dueDate,
    mechanism: c.mechanism,
    instrument: c.instrument,
  };
}

export default function CommitmentEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const commitment = useLiveQuery(async () => (id ? ((await getCommitment(id)) ?? null) : null), [id]);
  const school = useLiveQuery(() => getSchool(), []);
  const { sessions } = useSessions();
  if ((id && commitment === undefined) || !sessions || !school) return <p role="status">{common.loading}</p>;
  if (id && (commitment === null || commitment?.annulled)) {
    return (
      <section>
        <h1>{t.editCommitment}</h1>
        <p role="alert">{commitment?.annulled ? recordText.annulled : recordText.notFound}</p>
        <Link to="/compromisos">{common.back}</Link>
      </section>
    );
  }
  const draftKey = recordDraftKey('commitment', commitment);
  return (
    <section>
      <p>
        <Link to={id ? `/compromisos/${id}` : '/compromisos'} className="back-link">
          ← {id ? common.back : t.listTitle}
        </Link>
      </p>
      <h1>{id ? t.editCommitment : t.newCommitment}</h1>
      <CommitmentForm
        key={commitment?.id ?? 'new'}
        initial={commitment ? toDraft(commitment) : emptyCommitment(sessions[0]?.id ?? '')}
        teachers={school.teachers}
        sessions={sessions}
        draftKey={draftKey}
        onSubmit={async (draft) => {
          const saved = await saveWithDraft(draftKey, () => (id ? updateCommitment(id, draft) : createCommitment(draft)));
          notify({ text: id ? recordText.savedEdit : recordText.savedNew, tone: 'success' });
          navigate(`/compromisos/${saved.id}`);
        }}
      />
    </section>
  );
}
