import { useLiveQuery } from 'dexie-react-hooks';
import { getCommitment } from '../../db/commitments';
import type { Commitment } from '../../domain/commitment';
import { Link } from '../../app/router';
import { common } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from '../records/AnnulPanel';
import { HistoryPanel } from '../records/HistoryPanel';
import { useSessions } from '../records/useSessions';
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
        <Link to="/compromisos" className="back-link">← {t.listTitle}</Link>
      </p>
      <h1 className={c.annulled ? 'struck' : undefined}>{c.statement}</h1>
      <AnnulledBanner record={c} />
      {c.origin?.kind === 'meeting' && <p className="muted">{recordText.fromMeeting}</p>}
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
      <HistoryPanel<Commitment> kind="commitment" recordId={c.id} render={(snap) => <CommitmentFields c={snap} sessionLabel={label(snap.sessionId)} withTitle />} />
      <AnnulPanel kind="commitment" record={c} />
    </section>
  );
}
