// The room secret a room screen opens with. An invitation just scanned brings it; otherwise the
// room this device was in (IndexedDB, which survives a kill, R1) wins over localStorage, which a
// kill can leave without a secret adopted seconds before: a fresh secret would be another room.
import { useEffect, useState } from 'react';
import { loadCurrentRoom } from '../../sync/roomMemory';
import { loadOrCreateSecret, saveSecret } from '../../sync/secretStore';

export function useRoomSecret(meetingId: string, adopted: string | null): [string | null, (secret: string) => void] {
  const [secret, setSecret] = useState<string | null>(adopted);
  useEffect(() => {
    if (secret !== null) return;
    let live = true;
    void loadCurrentRoom().then((current) => {
      if (!live) return;
      if (current?.meetingId === meetingId) {
        saveSecret(meetingId, current.secret);
        setSecret(current.secret);
      } else setSecret(loadOrCreateSecret(meetingId));
    });
    return () => {
      live = false;
    };
  }, [meetingId, secret]);
  return [secret, setSecret];
}
