import { getEvidence } from '../../db/evidences';
import { evidenceText as t } from '../../i18n/evidences';
import { RecordDetailScreen } from '../../ui/records/RecordDetailScreen';
import { EvidenceFields } from './EvidenceFields';
import { EvidenceFiles } from './EvidenceFiles';
import { evidenceScreens } from './screens';

export default function EvidenceDetailPage({ params }: { params: Record<string, string> }) {
  return (
    <RecordDetailScreen
      screens={evidenceScreens}
      id={params.id ?? ''}
      load={getEvidence}
      title={(e) => e.description}
      fields={(e) => <EvidenceFields e={e} />}
    >
      {(e) => (
        <section className="card" aria-labelledby="files-title">
          <h2 id="files-title">{t.files}</h2>
          <EvidenceFiles evidenceId={e.id} description={e.description} />
        </section>
      )}
    </RecordDetailScreen>
  );
}
