import { useLiveQuery } from 'dexie-react-hooks';
import { createCommitment, getCommitment, updateCommitment } from '../../db/commitments';
import { getSchool } from '../../db/schools';
import { emptyCommitment, type Commitment, type CommitmentDraft } from '../../domain/commitment';
import { RecordEditScreen } from '../../ui/records/RecordEditScreen';
import { useSessions } from '../../ui/records/useSessions';
import { CommitmentForm } from './CommitmentForm';
import { commitmentScreens } from './screens';

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
  const school = useLiveQuery(() => getSchool(), []);
  const { sessions } = useSessions();
  return (
    <RecordEditScreen
      screens={commitmentScreens}
      id={params.id}
      load={getCommitment}
      ready={!!sessions && !!school}
      form={({ record, draftKey, save }) => (
        <CommitmentForm
          initial={record ? toDraft(record) : emptyCommitment(sessions?.[0]?.id ?? '')}
          teachers={school?.teachers ?? []}
          sessions={sessions ?? []}
          draftKey={draftKey}
          onSubmit={(d) => save(() => (record ? updateCommitment(record.id, d) : createCommitment(d)))}
        />
      )}
    />
  );
}
