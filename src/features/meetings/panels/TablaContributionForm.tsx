// Adds a tabla card that is not an idea of activity 7: which column it goes to (the caller may
// limit them) and, optionally, which card of the tabla it is about.
import { useState } from 'react';
import { TABLE_COLUMNS, type TableColumn, type TableContribution } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { tablaWorkText as w } from '../../../i18n/tablaWork';
import { SelectField } from '../../../ui/Field';
import { AddCardForm } from '../AddCardForm';
import { useMeeting } from '../MeetingContext';

interface Props {
  contribution: TableContribution;
  textLabel: string;
  submitLabel: string;
  columns?: readonly TableColumn[];
  columnLabel?: (column: TableColumn) => string;
  columnFieldLabel?: string;
}

export function TablaContributionForm({
  contribution,
  textLabel,
  submitLabel,
  columns = TABLE_COLUMNS,
  columnLabel,
  columnFieldLabel = w.columnLabel,
}: Props) {
  const { doc, snapshot } = useMeeting();
  const [column, setColumn] = useState<TableColumn>(columns[0]!);
  const [about, setAbout] = useState('');
  const targets = snapshot.byKind.tabla.filter((c) => !c.annulled && c.contribution !== 'fortalecer');
  return (
    <AddCardForm
      label={textLabel}
      draftName={`tabla-${contribution}`}
      submitLabel={submitLabel}
      onAdd={(text, writer) => {
        addCard(doc, { kind: 'tabla', column, text, contribution, about: about || undefined }, writer, Date.now());
        setAbout('');
      }}
    >
      <SelectField
        label={`${columnFieldLabel} (${textLabel})`}
        value={column}
        onChange={(e) => setColumn(e.target.value as TableColumn)}
        options={columns.map((c) => ({ value: c, label: columnLabel ? columnLabel(c) : t.columns[c] }))}
      />
      <SelectField
        label={`${w.aboutLabel} (${textLabel})`}
        value={about}
        onChange={(e) => setAbout(e.target.value)}
        options={[
          { value: '', label: w.aboutNone },
          ...targets.map((c) => ({ value: c.id, label: `${t.columns[c.column]}: ${w.short(c.text)}` })),
        ]}
      />
    </AddCardForm>
  );
}
