import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import { common } from '../../i18n/common';
import { schoolText as t } from '../../i18n/school';
import { SchoolForm } from './SchoolForm';

export default function SchoolPage() {
  const school = useLiveQuery(() => getSchool(), []);
  if (!school) return <p role="status">{common.loading}</p>;
  return (
    <section>
      <h1>{t.title}</h1>
      <SchoolForm key={school.id} school={school} submitLabel={common.save} />
    </section>
  );
}
