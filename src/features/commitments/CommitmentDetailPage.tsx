import { useLiveQuery } from 'dexie-react-hooks';
import { getCommitment } from '../../db/commitments';
import { validateCommitment, type Commitment, type CommitmentField } from '../../domain/commitment';
import { FromMeeting } from '../../ui/records/FromMeeting';
import { Link } from '../../ui/router';
import { common } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from '../../ui/records/AnnulPanel';
import { HistoryPanel } from '../../ui/records/HistoryPanel';
import { useSessions } from '../../ui/records/useSessions';
import { CommitmentFields } from './CommitmentFields';
import { FollowUpList } from './FollowUpList';
import { StatusButtons } from './StatusButtons';

export default function CommitmentDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const c = useLiveQuery(async () => (await getCommitment(id)) ?? null, [id]);
  const { label } = useSessions();
  if (c === undefined) return <p role="status">{common.loading}</p>;
  if (c === null) {
    return (
      <section>
        <h1>{t.listTitle}</h1>
        <p role="alert">{recordText.notFound}</p>
        <Link to="/compromisos">{common.back}</Link>
      </section>
    );
  }
  return (
    <section>
      <p>
        <Link to="/compromisos" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <h1 className={c.annulled ? 'struck' : undefined}>{c.statement}</h1>
      <AnnulledBanner record={c} />
      <FromMeeting
        origin={c.origin}
        missing={Object.keys(validateCommitment(c)).map((f) => t.errors[f as CommitmentField])}
        editTo={`/compromisos/${c.id}/editar`}
        annulled={!!c.annulled}
      />
      <div className={c.annulled ? 'struck' : undefined}>
        <CommitmentFields c={c} sessionLabel={label(c.sessionId)} />
      </div>
      {!c.annulled && (
        <div className="actions">
          <Link to={`/compromisos/${c.id}/editar`} className="button">
            {recordText.edit}
          </Link>
        </div>
      )}
      <section className="card" aria-labelledby="fu-title">
        <h2 id="fu-title">{t.followUps}</h2>
        <FollowUpList c={c} />
        {!c.annulled && <StatusButtons commitment={c} />}
      </section>
      <HistoryPanel<Commitment>
        kind="commitment"
        recordId={c.id}
        render={(snap) => <CommitmentFields c={snap} sessionLabel={label(snap.sessionId)} withTitle />}
      />
      <AnnulPanel kind="commitment" record={c} />
    </section>
  );
}
