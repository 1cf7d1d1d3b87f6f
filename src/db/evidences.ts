// Evidencias and their files. The evidence row holds only file ids; the Blobs live in
// evidenceFiles and are read one evidence at a time (detail screen), never by the lists.
import { MAX_FILE_BYTES, isImageType, type Evidence, type EvidenceDraft, type EvidenceFile } from '../domain/evidence';
import { gradeKey } from '../domain/practice';
import { newId } from '../domain/ids';
import { db } from './database';
import { pageQuery, pagedList, type Filter, type ListQueryBase, type Page, type PageQuery } from './query';
import { evidenceRow, type EvidenceRow } from './rows';
import { versionedRepository, type Attach } from './versioned';
import { WriteError } from './writes';
import { writeRefusals } from '../i18n/writes';

/** A file ready to store: photos already downscaled (with a thumbnail) by the screen. */
export type PreparedFile = Omit<EvidenceFile, 'id' | 'evidenceId' | 'addedAt'>;

function checkFiles(files: PreparedFile[]): void {
  for (const f of files) {
    if (!isImageType(f.type) && f.size > MAX_FILE_BYTES) throw new WriteError('invalid', writeRefusals.fileTooBig(f.name));
  }
}

function cleanEvidence(d: EvidenceDraft): EvidenceDraft {
  return { ...d, description: d.description.trim(), group: d.group.trim(), practiceIds: [...new Set(d.practiceIds)] };
}

const evidences = versionedRepository<EvidenceDraft, Evidence, EvidenceRow>({
  kind: 'evidence',
  table: db.evidences,
  clean: cleanEvidence,
  toRow: evidenceRow,
  alsoWrites: ['evidenceFiles'],
});

/** Stores the files in the save's transaction; the entry keeps the ids it had and adds theirs. */
function storeFiles(files: PreparedFile[]): Attach<Evidence, EvidenceRow> {
  return async (id, now, existing) => {
    const stored = files.map((f) => ({ ...f, id: newId(), evidenceId: id, addedAt: now }));
    await db.evidenceFiles.bulkAdd(stored);
    return { fileIds: [...(existing?.fileIds ?? []), ...stored.map((f) => f.id)] };
  };
}

export async function createEvidence(draft: EvidenceDraft, files: PreparedFile[] = [], now: number = Date.now()): Promise<Evidence> {
  checkFiles(files);
  return evidences.create(draft, { now }, storeFiles(files));
}

/** Edits the evidence and appends new files; earlier files stay (nothing is torn out). */
export async function updateEvidence(id: string, draft: EvidenceDraft, newFiles: PreparedFile[] = [], now = Date.now()): Promise<Evidence> {
  checkFiles(newFiles);
  return evidences.update(id, draft, now, storeFiles(newFiles));
}

export const getEvidence = evidences.get;

/** One stored file; its Blob is read from disk only when used (e.g. shown). */
export function getEvidenceFile(id: string): Promise<EvidenceFile | undefined> {
  return db.evidenceFiles.get(id);
}

export function listEvidenceFiles(evidenceId: string): Promise<EvidenceFile[]> {
  return db.evidenceFiles.where('evidenceId').equals(evidenceId).sortBy('addedAt');
}

/** The evidences that point at a práctica (the other side of the many-to-many link). */
export function listEvidencesForPractice(practiceId: string): Promise<Evidence[]> {
  return db.evidences.where('practiceIds').equals(practiceId).sortBy('createdAt');
}

interface EvidenceQuery extends ListQueryBase {
  kind?: string;
  practiceId?: string;
  group?: string;
}

function evidencePageQuery(q: EvidenceQuery): PageQuery {
  const filters: Filter[] = [];
  if (q.kind) filters.push({ field: 'kind', value: q.kind });
  if (q.group) filters.push({ field: 'groupKey', value: gradeKey(q.group) });
  if (q.practiceId) filters.push({ field: 'practiceIds', value: q.practiceId, multi: true });
  return pageQuery(filters, q);
}

/** What the list screen reads: its rows first, then the count. */
export const evidenceList = pagedList(db.evidences, evidencePageQuery);

export function listEvidences(q: EvidenceQuery = {}): Promise<Page<Evidence>> {
  return evidenceList.page(q);
}
