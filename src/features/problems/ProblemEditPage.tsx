import { createProblem, getProblem, updateProblem } from '../../db/problems';
import { emptyProblem } from '../../domain/problem';
import { withoutMeta } from '../../domain/record';
import { RecordEditScreen } from '../../ui/records/RecordEditScreen';
import { useSessions } from '../../ui/records/useSessions';
import { ProblemForm } from './ProblemForm';
import { problemScreens } from './screens';

export default function ProblemEditPage({ params }: { params: Record<string, string> }) {
  const { sessions } = useSessions();
  return (
    <RecordEditScreen
      screens={problemScreens}
      id={params.id}
      load={getProblem}
      ready={!!sessions}
      form={({ record, draftKey, save }) => (
        <ProblemForm
          initial={record ? withoutMeta(record) : emptyProblem(sessions?.[0]?.id ?? '')}
          sessions={sessions ?? []}
          draftKey={draftKey}
          onSubmit={(d) => save(() => (record ? updateProblem(record.id, d) : createProblem(d)))}
        />
      )}
    />
  );
}
