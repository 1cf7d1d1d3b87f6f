import { newId } from '../domain/ids';
import { normalizeCct, type School, type SchoolDraft } from '../domain/school';
import { db } from './database';
import { write } from './writes';

/** The device's school profile, or undefined before the first-run setup. */
export async function getSchool(): Promise<School | undefined> {
  const all = await db.schools.toArray();
  return all.sort((a, b) => a.createdAt - b.createdAt)[0];
}

export async function saveSchool(draft: SchoolDraft, now: number = Date.now()): Promise<School> {
  return write(['schools'], async () => {
    const existing = await getSchool();
    const school: School = {
      ...draft,
      name: draft.name.trim(),
      cct: normalizeCct(draft.cct),
      zonaEscolar: draft.zonaEscolar.trim(),
      director: draft.director.trim(),
      responsable: draft.responsable.trim(),
      teachers: draft.teachers
        .filter((t) => t.name.trim())
        .map((t) => ({ id: t.id || newId(), name: t.name.trim(), assignment: t.assignment.trim() })),
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.schools.put(school);
    return school;
  });
}
