// What every panel of an open meeting needs: the document, its snapshot, and who is writing.
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { SchoolRef } from '../../domain/meeting';
import type { Writer } from '../../meeting/model';
import type { MeetingSnapshot } from '../../meeting/snapshot';
import type { MeetingRoles } from '../../meeting/roles';

export interface MeetingContextValue {
  doc: Y.Doc;
  snapshot: MeetingSnapshot;
  /** Null until the person typed their name: cards cannot be added anonymously. */
  writer: Writer | null;
  mySchool: SchoolRef;
  /** Who has which role (A5-A7), read once per change for every card. */
  roles: MeetingRoles;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeeting fuera de un encuentro');
  return value;
}
