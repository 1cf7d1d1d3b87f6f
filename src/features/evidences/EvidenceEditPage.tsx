import { useLiveQuery } from 'dexie-react-hooks';
import { saveWithDraft } from '../../db/drafts';
import { recordDraftKey } from '../../domain/draft';
import { createEvidence, getEvidence, updateEvidence } from '../../db/evidences';
import type { Evidence, EvidenceDraft } from '../../domain/evidence';
import { todayIso } from '../../domain/session';
import { notify } from '../../ui/notify';
import { Link, navigate } from '../../ui/router';
import { common } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { recordText } from '../../i18n/records';
import { EvidenceForm } from './EvidenceForm';

function toDraft(e: Evidence): EvidenceDraft {
  return { kind: e.kind, description: e.description, date: e.date, group: e.group, practiceIds: e.practiceIds };
}

export default function EvidenceEditPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const evidence = useLiveQuery(async () => (id ? ((await getEvidence(id)) ?? null) : null), [id]);
  if (id && evidence === undefined) return <p role="status">{common.loading}</p>;
  if (id && (evidence === null || evidence?.annulled)) {
    return (
      <section>
        <h1>{t.editEvidence}</h1>
        <p role="alert">{evidence?.annulled ? recordText.annulled : recordText.notFound}</p>
        <Link to="/evidencias">{common.back}</Link>
      </section>
    );
  }
  // "Agregar una evidencia" from a práctica arrives with ?practica=<id> already linked.
  const fromPractice = new URLSearchParams(window.location.search).get('practica');
  const initial: EvidenceDraft = evidence
    ? toDraft(evidence)
    : { kind: 'fotografia', description: '', date: todayIso(), group: '', practiceIds: fromPractice ? [fromPractice] : [] };
  const draftKey = recordDraftKey('evidence', evidence);
  return (
    <section>
      <p>
        <Link to={id ? `/evidencias/${id}` : '/evidencias'} className="back-link">
          ← {id ? common.back : t.listTitle}
        </Link>
      </p>
      <h1>{id ? t.editEvidence : t.newEvidence}</h1>
      <EvidenceForm
        key={evidence?.id ?? 'new'}
        initial={initial}
        draftKey={draftKey}
        onSubmit={async (draft, files) => {
          const saved = await saveWithDraft(draftKey, () => (id ? updateEvidence(id, draft, files) : createEvidence(draft, files)));
          notify({ text: id ? recordText.savedEdit : recordText.savedNew, tone: 'success' });
          navigate(`/evidencias/${saved.id}`);
        }}
      />
    </section>
  );
}
