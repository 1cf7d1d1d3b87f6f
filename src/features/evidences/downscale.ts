// Photos are made small on the device before they are stored: a phone photo of 4-12 MB becomes
// a JPEG of at most 1600 px on its long side and about 300 KB, plus a small thumbnail for lists.
// Other files are stored as they are, up to 10 MB.
import { fitWithin, isImageType, MAX_FILE_BYTES, PHOTO_MAX_SIDE, PHOTO_TARGET_BYTES, THUMB_MAX_SIDE } from '../../domain/evidence';
import type { PreparedFile } from '../../db/evidences';

export class FileRejected extends Error {
  constructor(
    public readonly reason: 'tooBig' | 'unreadable',
    public readonly fileName: string,
  ) {
    super(reason);
    this.name = 'FileRejected';
  }
}

async function encode(source: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(source, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(source, 0, 0, width, height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('toBlob'))), 'image/jpeg', quality));
}

function jpegName(name: string): string {
  return `${name.replace(/\.[^.]+$/, '') || 'foto'}.jpg`;
}

/** Lowers JPEG quality, then the size, until the photo is about PHOTO_TARGET_BYTES. */
async function shrink(bitmap: ImageBitmap): Promise<{ blob: Blob; width: number; height: number }> {
  let { width, height } = fitWithin(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
  for (;;) {
    for (const quality of [0.82, 0.72, 0.62, 0.52]) {
      const blob = await encode(bitmap, width, height, quality);
      if (blob.size <= PHOTO_TARGET_BYTES || (width <= 640 && quality === 0.52)) return { blob, width, height };
    }
    ({ width, height } = fitWithin(width, height, Math.round(Math.max(width, height) * 0.8)));
  }
}

export async function prepareFile(file: File): Promise<PreparedFile> {
  if (isImageType(file.type)) {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      // A format this browser cannot draw (e.g. HEIC on some phones): keep the original if it fits.
      if (file.size > MAX_FILE_BYTES) throw new FileRejected('unreadable', file.name);
      return { name: file.name, type: file.type, size: file.size, blob: file };
    }
    try {
      const { blob, width, height } = await shrink(bitmap);
      const t = fitWithin(bitmap.width, bitmap.height, THUMB_MAX_SIDE);
      const thumb = await encode(bitmap, t.width, t.height, 0.7);
      return { name: jpegName(file.name), type: 'image/jpeg', size: blob.size, blob, thumb, width, height };
    } finally {
      bitmap.close();
    }
  }
  if (file.size > MAX_FILE_BYTES) throw new FileRejected('tooBig', file.name);
  return { name: file.name, type: file.type || 'application/octet-stream', size: file.size, blob: file };
}
