import { useLiveQuery } from 'dexie-react-hooks';
import { getSchool } from '../../db/schools';
import type { School } from '../../domain/school';
import { recordText } from '../../i18n/records';

/** Grade/group or subject filter options, from the teachers of the school profile. */
export function gradeOptions(school: School | undefined): { value: string; label: string }[] {
  const grades = [...new Set((school?.teachers ?? []).map((x) => x.assignment).filter(Boolean))];
  return [{ value: '', label: recordText.allMasc }, ...grades.map((g) => ({ value: g, label: g }))];
}

/** The same, for a screen that does not read the school otherwise. */
export function useGradeOptions(): { value: string; label: string }[] {
  return gradeOptions(useLiveQuery(() => getSchool(), []));
}
