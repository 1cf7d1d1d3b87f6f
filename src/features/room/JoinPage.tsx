// /encuentros/unirse: a device that does not have the meeting yet reads the host's invitation
// here and moves to that meeting's room, which answers it.
import { navigate } from '../../ui/router';
import { roomText as t } from '../../i18n/room';
import type { Invitation } from '../../sync/pairingCode';
import { handOff } from './handoff';
import { JoinPanel } from './JoinPanel';

export default function JoinPage() {
  const go = (inv: Invitation) => {
    handOff(inv);
    navigate(`/encuentros/${inv.meetingId}/sala`);
  };
  return (
    <section>
      <h1>{t.joinTitle}</h1>
      <JoinPanel session={null} onOtherRoom={go} />
    </section>
  );
}
