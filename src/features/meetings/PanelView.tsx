import type { PanelId } from '../../domain/meeting';
import { meetingText as t } from '../../i18n/meetings';
import { integrityText } from '../../i18n/meetingIntegrity';
import { DamagedNotice, InvalidNotice } from './CardWall';
import { useMeeting } from './MeetingContext';
import { ConclusionsPanel } from './panels/ConclusionsPanel';
import { CommitmentsPanel } from './panels/CommitmentsPanel';
import { ObservationPanel } from './panels/ObservationPanel';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { SimplePanel } from './panels/SimplePanel';
import { TablePanel } from './panels/TablePanel';
import { TeamsPanel } from './panels/TeamsPanel';

function Body({ panel }: { panel: PanelId }) {
  switch (panel) {
    case 'normas':
      return <SimplePanel kind="norma" />;
    case 'lluvia':
      return <SimplePanel kind="idea" />;
    case 'conclusiones':
      return <ConclusionsPanel />;
    case 'tabla':
      return <TablePanel />;
    case 'equipos':
      return <TeamsPanel />;
    case 'problematicas':
      return <ProblemsPanel />;
    case 'observacion':
      return <ObservationPanel />;
    case 'compromisos':
      return <CommitmentsPanel />;
  }
}

export function PanelView({ panel }: { panel: PanelId }) {
  const { snapshot } = useMeeting();
  return (
    <section id={`panel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`} className="panel">
      <h2>{t.panels[panel]}</h2>
      <p className="muted">{t.panelIntro[panel]}</p>
      <InvalidNotice count={snapshot.invalidIn(panel)} />
      <DamagedNotice text={integrityText.damagedFields(snapshot.damagedIn(panel))} />
      <Body panel={panel} />
    </section>
  );
}
