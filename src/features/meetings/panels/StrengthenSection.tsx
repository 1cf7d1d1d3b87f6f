// Activity 8, under the tabla: how the group will strengthen the ideas it already practises and
// those it does not yet, each proposal optionally about one card of the tabla.
import type { TableColumn } from '../../../domain/meeting';
import { tablaWorkText as w } from '../../../i18n/tablaWork';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { TablaCard } from './TablaCard';
import { TablaContributionForm } from './TablaContributionForm';

const STRENGTHENED = ['practicadas', 'noPracticadas'] as const satisfies readonly TableColumn[];
const groupName = (c: TableColumn) => (c === 'practicadas' ? w.strengthen.practicadas : w.strengthen.noPracticadas);

export function StrengthenSection() {
  const { snapshot } = useMeeting();
  const proposals = snapshot.byKind.tabla.filter((c) => c.contribution === 'fortalecer');
  return (
    <section id="tabla-fortalecer" aria-labelledby="tabla-fortalecer-title" className="tabla-extra" tabIndex={-1}>
      <h3 id="tabla-fortalecer-title">{w.strengthen.heading}</h3>
      <p className="hint">{w.strengthen.hint}</p>
      <TablaContributionForm
        contribution="fortalecer"
        textLabel={w.strengthen.textLabel}
        submitLabel={w.strengthen.submit}
        columns={STRENGTHENED}
        columnLabel={groupName}
        columnFieldLabel={w.strengthen.forLabel}
      />
      {STRENGTHENED.map((column) => (
        <div key={column}>
          <h4>{groupName(column)}</h4>
          <CardWall
            cards={proposals.filter((c) => c.column === column)}
            label={`${w.strengthen.textLabel}: ${groupName(column)}`}
            emptyText={w.strengthen.empty}
            render={(c) => <TablaCard card={c} />}
          />
        </div>
      ))}
    </section>
  );
}
