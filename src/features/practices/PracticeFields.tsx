import type { Practice } from '../../domain/practice';
import { practiceText as t } from '../../i18n/practices';
import { recordText } from '../../i18n/records';
import { takeHomeText } from '../../i18n/takeHome';
import { Fields } from '../../ui/records/DefinitionList';

/** A práctica as written; used by the detail screen and by each version in the history. */
/** `withTitle` for history versions, where the title is not in the page heading. */
export function PracticeFields({ p, sessionLabel, withTitle }: { p: Practice; sessionLabel?: string; withTitle?: boolean }) {
  return (
    <Fields
      items={[
        [t.title, withTitle ? p.title : ''],
        [recordText.recordedIn, sessionLabel ?? ''],
        [t.teacher, p.teacherName],
        [t.gradeGroup, p.gradeGroup],
        [t.description, p.description],
        [t.difficulty, p.difficulty],
        [t.materials, p.materials],
        [
          t.reasonsLegend,
          p.reasons.some((r) => r.trim()) ? (
            <ol key="r">{p.reasons.map((r, i) => (r.trim() ? <li key={i}>{r}</li> : null))}</ol>
          ) : (
            takeHomeText.toComplete
          ),
        ],
        [t.unsolved, p.unsolved],
        [t.attribution, p.attribution],
        [t.assessment, t.assessments[p.assessment]],
        [t.shareNext, p.shareNext ? recordText.yes : recordText.no],
      ]}
    />
  );
}
