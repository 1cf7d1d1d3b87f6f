import { useLiveQuery } from 'dexie-react-hooks';
import { getEvidence, listEvidenceFiles } from '../../db/evidences';
import { getPracticesByIds } from '../../db/practices';
import { getPreparation } from '../../db/preparations';
import { getProblem } from '../../db/problems';
import { getSchool } from '../../db/schools';
import { getSession } from '../../db/sessions';
import type { EvidenceFile } from '../../domain/evidence';
import type { Problem } from '../../domain/problem';
import { buildSlides } from '../../domain/slides';

/** The slides of a session's preparation, with the photos of the chosen evidences. */
export function useSlides(sessionId: string) {
  return useLiveQuery(async () => {
    const [session, school, prep] = await Promise.all([getSession(sessionId), getSchool(), getPreparation(sessionId)]);
    if (!session || !school || !prep) return null;
    const practices = (await getPracticesByIds(prep.share.practiceIds)).filter((p) => !p.annulled);
    const problems = (await Promise.all(prep.share.problemIds.map((id) => getProblem(id)))).filter((p): p is Problem => !!p && !p.annulled);
    const evidences = (await Promise.all(prep.share.evidenceIds.map((id) => getEvidence(id))))
      .filter((e) => !!e && !e.annulled)
      .map((e) => e!);
    const photos = new Map<string, EvidenceFile[]>();
    for (const e of evidences)
      photos.set(
        e.id,
        (await listEvidenceFiles(e.id)).filter((f) => f.type.startsWith('image/')),
      );
    const slides = buildSlides({
      school,
      date: session.date,
      practices,
      problems,
      evidences,
      plenaria: prep.plenaria,
      supportHoped: prep.share.supportHoped,
      purpose: prep.share.purpose,
    });
    return { slides, photos };
  }, [sessionId]);
}
