import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import { recordText } from '../../i18n/records';

/** Grade/group or subject filter options, from the teachers of the school profile. */
export function useGradeOptions(): { value: string; label: string }[] {
  const school = useLiveQuery(() => getSchool(), []);
  const grades = [...new Set((school?.teachers ?? []).map((x) => x.assignment).filter(Boolean))];
  return [{ value: '', label: recordText.allMasc }, ...grades.map((g) => ({ value: g, label: g }))];
}
