import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import { common } from '../../i18n/common';
import { schoolText as t } from '../../i18n/school';
import { notify } from '../../ui/notify';
import { SchoolForm } from './SchoolForm';

export default function SchoolPage() {
  const school = useLiveQuery(() => getSchool(), []);
  if (!school) return <p role="status">{common.loading}</p>;
  return (
    <section>
      <h1>{t.title}</h1>
      {/* A new form per saved version: its draft then belongs to the version just saved. */}
      <SchoolForm
        key={`${school.id}:${school.updatedAt}`}
        school={school}
        submitLabel={common.save}
        onSaved={() => notify({ text: t.savedProfile, tone: 'success' })}
      />
    </section>
  );
}
