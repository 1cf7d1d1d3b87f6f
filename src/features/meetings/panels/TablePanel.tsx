import { TABLE_COLUMNS } from '../../../domain/meeting';
import { addCard } from '../../../meeting/model';
import { meetingText as t } from '../../../i18n/meetings';
import { tablaWorkText as w } from '../../../i18n/tablaWork';
import { AddCardForm } from '../AddCardForm';
import { CardWall } from '../CardWall';
import { useMeeting } from '../MeetingContext';
import { StrengthenSection } from './StrengthenSection';
import { TablaCard } from './TablaCard';
import { TablaContributionForm } from './TablaContributionForm';

/** Ya lo practicamos / aún no / por qué no: three columns side by side on wide screens, then the plenary's additions. */
export function TablePanel() {
  const { doc, snapshot } = useMeeting();
  const inColumns = snapshot.byKind.tabla.filter((c) => c.contribution !== 'fortalecer');
  const plenary = inColumns.filter((c) => c.contribution === 'plenaria' && !c.annulled).length;
  return (
    <>
      <div className="columns">
        {TABLE_COLUMNS.map((column) => (
          <section key={column} aria-labelledby={`col-${column}`} className="column">
            <h3 id={`col-${column}`}>{t.columns[column]}</h3>
            <AddCardForm
              label={`${t.newCard}: ${t.columns[column]}`}
              onAdd={(text, writer) => addCard(doc, { kind: 'tabla', column, text }, writer, Date.now())}
            />
            <CardWall
              cards={inColumns.filter((c) => c.column === column)}
              label={t.columns[column]}
              render={(c) => <TablaCard card={c} />}
            />
          </section>
        ))}
      </div>
      <section id="tabla-plenaria" aria-labelledby="tabla-plenaria-title" className="tabla-extra" tabIndex={-1}>
        <h3 id="tabla-plenaria-title">{w.plenary.heading}</h3>
        <p className="hint">{w.plenary.hint}</p>
        {plenary > 0 && <p className="muted">{w.plenary.count(plenary)}</p>}
        <TablaContributionForm contribution="plenaria" textLabel={w.plenary.textLabel} submitLabel={w.plenary.submit} />
      </section>
      <StrengthenSection />
    </>
  );
}
