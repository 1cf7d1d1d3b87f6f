import { useLiveQuery } from 'dexie-react-hooks';
import { createPractice, getPractice, updatePractice } from '../../db/practices';
import { getSchool } from '../../db/schools';
import { emptyPractice } from '../../domain/practice';
import { withoutMeta } from '../../domain/record';
import { RecordEditScreen } from '../../ui/records/RecordEditScreen';
import { useSessions } from '../../ui/records/useSessions';
import { PracticeForm } from './PracticeForm';
import { practiceScreens } from './screens';

export default function PracticeEditPage({ params }: { params: Record<string, string> }) {
  const school = useLiveQuery(() => getSchool(), []);
  const { sessions } = useSessions();
  return (
    <RecordEditScreen
      screens={practiceScreens}
      id={params.id}
      load={getPractice}
      ready={!!sessions && !!school}
      form={({ record, draftKey, save }) => (
        <PracticeForm
          initial={record ? withoutMeta(record) : emptyPractice(sessions?.[0]?.id ?? '')}
          teachers={school?.teachers ?? []}
          sessions={sessions ?? []}
          draftKey={draftKey}
          reasonsLater={record?.origin?.kind === 'meeting'}
          onSubmit={(d) => save(() => (record ? updatePractice(record.id, d) : createPractice(d)))}
        />
      )}
    />
  );
}
