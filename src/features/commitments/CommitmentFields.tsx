import type { Commitment } from '../../domain/commitment';
import { commitmentText as t } from '../../i18n/commitments';
import { formatDate } from '../../i18n/common';
import { Fields } from '../../ui/records/DefinitionList';

export function responsibleLabel(c: Pick<Commitment, 'responsibleKind' | 'responsibleName'>): string {
  return c.responsibleKind === 'escuela' ? t.wholeSchool : c.responsibleName;
}

/** A compromiso as written; used by the detail screen and each version in the history. */
export function CommitmentFields({ c, sessionLabel, withTitle }: { c: Commitment; sessionLabel?: string; withTitle?: boolean }) {
  return (
    <Fields
      items={[
        [t.statement, withTitle ? c.statement : ''],
        [t.status, t.statuses[c.status]],
        [t.responsibleKind, responsibleLabel(c)],
        [t.dueDate, c.dueDate ? formatDate(c.dueDate) : ''],
        [t.mechanism, c.mechanism],
        [t.instrument, c.instrument],
        [t.originSession, sessionLabel ?? ''],
      ]}
    />
  );
}
