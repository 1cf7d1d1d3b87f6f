import { useLiveQuery } from 'dexie-react-hooks';
import { getEvidence } from '../../db/evidences';
import type { Evidence } from '../../domain/evidence';
import { Link } from '../../ui/router';
import { common } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from '../../ui/records/AnnulPanel';
import { HistoryPanel } from '../../ui/records/HistoryPanel';
import { EvidenceFields } from './EvidenceFields';
import { EvidenceFiles } from './EvidenceFiles';

export default function EvidenceDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const e = useLiveQuery(async () => (await getEvidence(id)) ?? null, [id]);
  if (e === undefined) return <p role="status">{common.loading}</p>;
  if (e === null) {
    return (
      <section>
        <h1>{t.listTitle}</h1>
        <p role="alert">{recordText.notFound}</p>
        <Link to="/evidencias">{common.back}</Link>
      </section>
    );
  }
  return (
    <section>
      <p>
        <Link to="/evidencias" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <h1 className={e.annulled ? 'struck' : undefined}>{e.description}</h1>
      <AnnulledBanner record={e} />
      <div className={e.annulled ? 'struck' : undefined}>
        <EvidenceFields e={e} />
      </div>
      <section className="card" aria-labelledby="files-title">
        <h2 id="files-title">{t.files}</h2>
        <EvidenceFiles evidenceId={e.id} description={e.description} />
      </section>
      {!e.annulled && (
        <div className="actions">
          <Link to={`/evidencias/${e.id}/editar`} className="button">
            {recordText.edit}
          </Link>
        </div>
      )}
      <HistoryPanel<Evidence> kind="evidence" recordId={e.id} render={(snap) => <EvidenceFields e={snap} />} />
      <AnnulPanel kind="evidence" record={e} />
    </section>
  );
}
