// What the shared record screens (list, detail, edit) need to know of one kind of entry: its
// name (also the name of its draft form), its addresses and its texts. Each feature declares it
// once (features/<kind>/screens.ts) and hands it to the frames.
import type { RecordKind } from '../../domain/record';

interface RecordTexts {
  listTitle: string;
  intro: string;
  /** Shown when the school has no entries of this kind yet. */
  empty: string;
  newTitle: string;
  editTitle: string;
}

export interface RecordScreens {
  kind: Exclude<RecordKind, 'session'>;
  /** The list's address; an entry is at `${path}/${id}` and its form at `${path}/${id}/editar`. */
  path: string;
  /** Where a new entry is written ("/practicas/nueva"). */
  newPath: string;
  text: RecordTexts;
}

export const entryPath = (s: Pick<RecordScreens, 'path'>, id: string) => `${s.path}/${id}`;
export const editPath = (s: Pick<RecordScreens, 'path'>, id: string) => `${s.path}/${id}/editar`;
