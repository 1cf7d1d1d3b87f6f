import { createEvidence, getEvidence, updateEvidence } from '../../db/evidences';
import type { Evidence, EvidenceDraft } from '../../domain/evidence';
import { todayIso } from '../../domain/session';
import { RecordEditScreen } from '../../ui/records/RecordEditScreen';
import { EvidenceForm } from './EvidenceForm';
import { evidenceScreens } from './screens';

function toDraft(e: Evidence): EvidenceDraft {
  return { kind: e.kind, description: e.description, date: e.date, group: e.group, practiceIds: e.practiceIds };
}

/** A new evidence; "Agregar una evidencia" from a práctica arrives with ?practica=<id> already linked. */
function newEvidence(): EvidenceDraft {
  const fromPractice = new URLSearchParams(window.location.search).get('practica');
  return { kind: 'fotografia', description: '', date: todayIso(), group: '', practiceIds: fromPractice ? [fromPractice] : [] };
}

export default function EvidenceEditPage({ params }: { params: Record<string, string> }) {
  return (
    <RecordEditScreen
      screens={evidenceScreens}
      id={params.id}
      load={getEvidence}
      form={({ record, draftKey, save }) => (
        <EvidenceForm
          initial={record ? toDraft(record) : newEvidence()}
          draftKey={draftKey}
          onSubmit={(d, files) => save(() => (record ? updateEvidence(record.id, d, files) : createEvidence(d, files)))}
        />
      )}
    />
  );
}
