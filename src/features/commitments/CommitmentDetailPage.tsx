import { getCommitment } from '../../db/commitments';
import { validateCommitment, type CommitmentField } from '../../domain/commitment';
import { commitmentText as t } from '../../i18n/commitments';
import { RecordDetailScreen } from '../../ui/records/RecordDetailScreen';
import { useSessions } from '../../ui/records/useSessions';
import { CommitmentFields } from './CommitmentFields';
import { FollowUpList } from './FollowUpList';
import { StatusButtons } from './StatusButtons';
import { commitmentScreens } from './screens';

export default function CommitmentDetailPage({ params }: { params: Record<string, string> }) {
  const { label } = useSessions();
  return (
    <RecordDetailScreen
      screens={commitmentScreens}
      id={params.id ?? ''}
      load={getCommitment}
      title={(c) => c.statement}
      fields={(c, inHistory) => <CommitmentFields c={c} sessionLabel={label(c.sessionId)} withTitle={inHistory} />}
      missing={(c) => Object.keys(validateCommitment(c)).map((f) => t.errors[f as CommitmentField])}
    >
      {(c) => (
        <section className="card" aria-labelledby="fu-title">
          <h2 id="fu-title">{t.followUps}</h2>
          <FollowUpList c={c} />
          {!c.annulled && <StatusButtons commitment={c} />}
        </section>
      )}
    </RecordDetailScreen>
  );
}
