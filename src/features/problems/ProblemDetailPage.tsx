import { getProblem } from '../../db/problems';
import { RecordDetailScreen } from '../../ui/records/RecordDetailScreen';
import { PublishProblem } from '../meetingBridge/PublishProblem';
import { useSessions } from '../../ui/records/useSessions';
import { ProblemFields } from './ProblemFields';
import { problemScreens } from './screens';

export default function ProblemDetailPage({ params }: { params: Record<string, string> }) {
  const { label } = useSessions();
  return (
    <RecordDetailScreen
      screens={problemScreens}
      id={params.id ?? ''}
      load={getProblem}
      title={(p) => p.content}
      fields={(p, inHistory) => <ProblemFields p={p} sessionLabel={label(p.sessionId)} withTitle={inHistory} />}
    >
      {(p) => <PublishProblem problem={p} />}
    </RecordDetailScreen>
  );
}
