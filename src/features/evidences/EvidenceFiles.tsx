import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidenceFiles } from '../../db/evidences';
import { formatBytes } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { BlobImage, BlobLink } from './BlobImage';

/** The evidence's photos (thumbnails opening the full photo) and other files (download). */
export function EvidenceFiles({ evidenceId, description }: { evidenceId: string; description: string }) {
  const files = useLiveQuery(() => listEvidenceFiles(evidenceId), [evidenceId]);
  if (!files) return null;
  if (files.length === 0) return <p>{t.noFiles}</p>;
  return (
    <ul className="file-list">
      {files.map((f, i) => (
        <li key={f.id} className="file-item">
          {f.thumb ? (
            <BlobLink blob={f.blob} name={f.name} label={t.openFile(f.name)}>
              <BlobImage blob={f.thumb} alt={t.photoAlt(description, i + 1)} className="thumb" />
            </BlobLink>
          ) : (
            <BlobLink blob={f.blob} name={f.name} download>
              📄 {f.name}
            </BlobLink>
          )}
          <span className="muted">
            {formatBytes(f.size)}
            {f.width ? ` · ${f.width}×${f.height}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
