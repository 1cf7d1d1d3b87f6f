import { useId, useState } from 'react';
import type { PreparedFile } from '../../db/evidences';
import { formatBytes } from '../../i18n/common';
import { evidenceText as t } from '../../i18n/evidences';
import { BlobImage } from './BlobImage';
import { FileRejected, prepareFile } from './downscale';

interface Props {
  files: PreparedFile[];
  onChange: (files: PreparedFile[]) => void;
}

/** Camera and gallery buttons; photos are downscaled right away and shown as thumbnails. */
export function FilePicker({ files, onChange }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function add(list: FileList | null) {
    if (!list || list.length === 0) return;
    setBusy(true);
    const ready: PreparedFile[] = [];
    const rejected: string[] = [];
    for (const file of Array.from(list)) {
      try {
        ready.push(await prepareFile(file));
      } catch (e) {
        rejected.push(e instanceof FileRejected && e.reason === 'tooBig' ? t.tooBig(file.name) : t.unreadable(file.name));
      }
    }
    setProblems(rejected);
    onChange([...files, ...ready]);
    setBusy(false);
  }

  return (
    <fieldset className="field file-picker">
      <legend>{t.files}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t.filesHint}
      </p>
      <div className="actions">
        <label className="button file-button">
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            aria-describedby={`${id}-hint`}
            onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))}
          />
          {t.takePhoto}
        </label>
        <label className="button file-button secondary-link">
          <input
            type="file"
            accept="image/*,application/pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.txt"
            multiple
            className="visually-hidden"
            aria-describedby={`${id}-hint`}
            onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))}
          />
          {t.fromGallery}
        </label>
      </div>
      {busy && <p role="status">{t.preparing}</p>}
      {problems.map((p) => (
        <p key={p} className="error" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <>
          <p className="hint">{t.newFiles}</p>
          <ul className="file-list">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} className="file-item">
                {f.thumb ? (
                  <BlobImage blob={f.thumb} alt={f.name} className="thumb" />
                ) : (
                  <span className="thumb file-icon" aria-hidden="true">
                    📄
                  </span>
                )}
                <span>
                  {f.name} · {formatBytes(f.size)}
                  {f.width ? ` · ${f.width}×${f.height}` : ''}
                </span>
                <button type="button" className="secondary small" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                  {t.removeNew(f.name)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
