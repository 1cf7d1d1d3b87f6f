import type { CteSession } from '../../domain/session';
import { formatDate } from '../../i18n/common';
import { sessionText as t } from '../../i18n/sessions';
import { Fields } from '../../ui/records/DefinitionList';

/** A session read as on paper (also each version in its history). */
export function SessionFacts({ session: s }: { session: CteSession }) {
  const attendance = s.attendance ?? [];
  return (
    <Fields
      items={[
        [t.date, formatDate(s.date)],
        [t.ciclo, s.ciclo],
        [t.modality, t.modalities[s.modality]],
        [t.normas, s.normas.length ? s.normas.join('; ') : ''],
        [
          t.attendance,
          attendance.length
            ? `${t.attendanceCount(attendance.length)}: ${attendance.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}`
            : '',
        ],
        [t.notes, s.notes],
      ]}
    />
  );
}
