import type { Problem } from '../../domain/problem';
import { problemText as t } from '../../i18n/problems';
import { recordText } from '../../i18n/records';
import { Fields } from '../../ui/records/DefinitionList';

/** A problemática as written; used by the detail screen and each version in the history. */
export function ProblemFields({ p, sessionLabel, withTitle }: { p: Problem; sessionLabel?: string; withTitle?: boolean }) {
  return (
    <Fields
      items={[
        [t.content, withTitle ? p.content : ''],
        [recordText.recordedIn, sessionLabel ?? ''],
        [t.gradeGroup, p.gradeGroup],
        [t.organization, p.organization],
        [t.strategies, p.strategies],
        [t.interventions, p.interventions],
        [t.resources, p.resources],
        [t.failedActions, p.failedActions],
        [t.supportRequested, p.supportRequested],
        [t.presentAtMeeting, p.presentAtMeeting ? recordText.yes : recordText.no],
      ]}
    />
  );
}
