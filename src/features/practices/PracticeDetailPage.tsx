import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidencesForPractice } from '../../db/evidences';
import { getPractice } from '../../db/practices';
import type { Practice } from '../../domain/practice';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { evidenceText } from '../../i18n/evidences';
import { practiceText as t } from '../../i18n/practices';
import { recordText } from '../../i18n/records';
import { AnnulledBanner, AnnulPanel } from '../../ui/records/AnnulPanel';
import { HistoryPanel } from '../../ui/records/HistoryPanel';
import { useSessions } from '../../ui/records/useSessions';
import { FromMeeting } from '../../ui/records/FromMeeting';
import { RecordLink } from '../../ui/records/RecordLink';
import { PracticeFields } from './PracticeFields';
import { missingPractice } from './missing';

export default function PracticeDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const practice = useLiveQuery(async () => (await getPractice(id)) ?? null, [id]);
  const evidences = useLiveQuery(() => listEvidencesForPractice(id), [id]);
  const { label } = useSessions();

  if (practice === undefined) return <p role="status">{common.loading}</p>;
  if (practice === null) {
    return (
      <section>
        <h1>{t.listTitle}</h1>
        <p role="alert">{recordText.notFound}</p>
        <Link to="/practicas">{common.back}</Link>
      </section>
    );
  }
  return (
    <section>
      <p>
        <Link to="/practicas" className="back-link">
          ← {t.listTitle}
        </Link>
      </p>
      <h1 className={practice.annulled ? 'struck' : undefined}>{practice.title}</h1>
      <AnnulledBanner record={practice} />
      <FromMeeting
        origin={practice.origin}
        missing={missingPractice(practice)}
        editTo={`/practicas/${practice.id}/editar`}
        annulled={!!practice.annulled}
      />
      <div className={practice.annulled ? 'struck' : undefined}>
        <PracticeFields p={practice} sessionLabel={label(practice.sessionId)} />
      </div>
      {!practice.annulled && (
        <div className="actions">
          <Link to={`/practicas/${practice.id}/editar`} className="button">
            {recordText.edit}
          </Link>
        </div>
      )}
      <section className="card" aria-labelledby="ev-title">
        <h2 id="ev-title">{t.evidences}</h2>
        {evidences?.length === 0 && <p>{t.noEvidences}</p>}
        <ul className="item-list">
          {evidences?.map((e) => (
            <li key={e.id}>
              <RecordLink
                to={`/evidencias/${e.id}`}
                title={e.description}
                meta={`${evidenceText.kinds[e.kind]} · ${formatDate(e.date)}`}
                annulled={!!e.annulled}
              />
            </li>
          ))}
        </ul>
        {!practice.annulled && (
          <p>
            <Link to={`/evidencias/nueva?practica=${practice.id}`}>+ {t.addEvidence}</Link>
          </p>
        )}
      </section>
      <HistoryPanel<Practice>
        kind="practice"
        recordId={practice.id}
        render={(snap) => <PracticeFields p={snap} sessionLabel={label(snap.sessionId)} withTitle />}
      />
      <AnnulPanel kind="practice" record={practice} />
    </section>
  );
}
