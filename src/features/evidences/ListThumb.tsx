import { useLiveQuery } from 'dexie-react-hooks';
import { getEvidenceFile } from '../../db/evidences';
import { BlobImage } from './BlobImage';

/** The first photo's thumbnail in a list row (decorative: the row's text says what it is). */
export function ListThumb({ fileId }: { fileId: string | undefined }) {
  const file = useLiveQuery(async () => (fileId ? ((await getEvidenceFile(fileId)) ?? null) : null), [fileId]);
  if (!file?.thumb) return null;
  return <BlobImage blob={file.thumb} alt="" className="thumb thumb-small" />;
}
