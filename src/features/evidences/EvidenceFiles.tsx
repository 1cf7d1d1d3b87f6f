import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listEvidenceFiles } from '../../db/evidences';
import { formatBytes } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { BlobImage, BlobLink } from './BlobImage';
import { PhotoViewer } from './PhotoViewer';

/** The evidence's photos (thumbnails opening the photo in the app) and other files (download). */
export function EvidenceFiles({ evidenceId, description }: { evidenceId: string; description: string }) {
  const files = useLiveQuery(() => listEvidenceFiles(evidenceId), [evidenceId]);
  const [viewing, setViewing] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  if (!files) return null;
  if (files.length === 0) return <p>{t.noFiles}</p>;
  // A photo restored from an older backup may have no thumbnail: the photo itself stands in.
  const isPhoto = (f: (typeof files)[number]) => !!f.thumb || f.type.startsWith('image/');
  const photos = files.filter(isPhoto);
  return (
    <>
      <ul className="file-list">
        {files.map((f, i) => (
          <li key={f.id} className="file-item">
            {isPhoto(f) ? (
              <button
                type="button"
                className="thumb-button"
                onClick={(e) => {
                  opener.current = e.currentTarget;
                  setViewing(photos.indexOf(f));
                }}
              >
                <BlobImage blob={f.thumb ?? f.blob} alt={t.photoAlt(description, i + 1)} className="thumb" />
                <span className="visually-hidden"> {t.viewLarge}</span>
              </button>
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
      {viewing !== null && (
        <PhotoViewer
          photos={photos}
          index={viewing}
          description={description}
          onIndex={setViewing}
          onClose={() => {
            setViewing(null);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}
