// Evidencias of student progress, linked to any number of prácticas. Pure rules; the files
// themselves (photos, PDFs) are stored apart so lists never load them.
import type { RecordMeta } from './record';
import { searchWords } from './text';

export const EVIDENCE_KINDS = ['cuaderno', 'registro', 'producto', 'examen', 'fotografia', 'otro'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceDraft {
  kind: EvidenceKind;
  description: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  group: string;
  practiceIds: string[];
}

export type Evidence = EvidenceDraft & RecordMeta & { fileIds: string[] };

/** A stored attachment. Photos are downscaled before they get here. */
export interface EvidenceFile {
  id: string;
  evidenceId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  thumb?: Blob | undefined;
  width?: number | undefined;
  height?: number | undefined;
  addedAt: number;
}

export type EvidenceField = 'kind' | 'description' | 'date';
export type EvidenceErrors = Partial<Record<EvidenceField, 'required' | 'dateShape'>>;

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_TARGET_BYTES = 300 * 1024;
export const THUMB_MAX_SIDE = 320;

export function validateEvidence(d: EvidenceDraft): EvidenceErrors {
  const e: EvidenceErrors = {};
  if (!(EVIDENCE_KINDS as readonly string[]).includes(d.kind)) e.kind = 'required';
  if (!d.description.trim()) e.description = 'required';
  if (!d.date) e.date = 'required';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) e.date = 'dateShape';
  return e;
}

export function evidenceWords(d: EvidenceDraft): string[] {
  return searchWords(d.description, d.group);
}

/** The size that fits inside a square of `max` px, keeping proportions; never upscales. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function isImageType(type: string): boolean {
  return type.startsWith('image/');
}
