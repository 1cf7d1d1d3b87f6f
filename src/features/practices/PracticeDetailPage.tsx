import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidencesForPractice } from '../../db/evidences';
import { getPractice } from '../../db/practices';
import type { Practice } from '../../domain/practice';
import { Link } from '../../ui/router';
import { formatDate } from '../../i18n/common';
import { evidenceText } from '../../i18n/evidences';
import { practiceText as t } from '../../i18n/practices';
import { RecordDetailScreen } from '../../ui/records/RecordDetailScreen';
import { RecordLink } from '../../ui/records/RecordLink';
import { useSessions } from '../../ui/records/useSessions';
import { PracticeFields } from './PracticeFields';
import { missingPractice } from './missing';
import { practiceScreens } from './screens';

export default function PracticeDetailPage({ params }: { params: Record<string, string> }) {
  const { label } = useSessions();
  return (
    <RecordDetailScreen
      screens={practiceScreens}
      id={params.id ?? ''}
      load={getPractice}
      title={(p) => p.title}
      fields={(p, inHistory) => <PracticeFields p={p} sessionLabel={label(p.sessionId)} withTitle={inHistory} />}
      missing={missingPractice}
    >
      {(p) => <PracticeEvidences practice={p} />}
    </RecordDetailScreen>
  );
}

/** The evidences linked to the práctica, and a way to add one already linked. */
function PracticeEvidences({ practice }: { practice: Practice }) {
  const evidences = useLiveQuery(() => listEvidencesForPractice(practice.id), [practice.id]);
  return (
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
  );
}
