import { useEffect, useRef } from 'react';
import type { EvidenceFile } from '../../domain/evidence';
import { common } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { BlobImage } from './BlobImage';

/**
 * The full photo inside the app (a modal dialog): a `blob:` tab would leave the app, show an
 * address the teacher cannot use, and on a phone lose the way back. Escape or "Cerrar" closes it
 * and the focus returns to the thumbnail that opened it.
 */
export function PhotoViewer({
  photos,
  index,
  description,
  onIndex,
  onClose,
}: {
  photos: EvidenceFile[];
  index: number;
  description: string;
  onIndex: (i: number) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const photo = photos[index];
  if (!photo) return null;
  const many = photos.length > 1;
  return (
    <dialog ref={ref} className="photo-viewer" aria-label={t.photoAlt(description, index + 1)} onClose={onClose}>
      <BlobImage blob={photo.blob} alt={t.photoAlt(description, index + 1)} className="photo-viewer-img" />
      <p className="photo-viewer-caption">{many ? t.photoOf(index + 1, photos.length) : photo.name}</p>
      <div className="actions">
        {many && (
          <button type="button" className="secondary" disabled={index === 0} onClick={() => onIndex(index - 1)}>
            ← {t.previousPhoto}
          </button>
        )}
        {many && (
          <button type="button" className="secondary" disabled={index === photos.length - 1} onClick={() => onIndex(index + 1)}>
            {t.nextPhoto} →
          </button>
        )}
        <button type="button" autoFocus onClick={() => ref.current?.close()}>
          {common.close}
        </button>
      </div>
    </dialog>
  );
}
