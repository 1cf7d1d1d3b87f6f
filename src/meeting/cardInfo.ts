// A card's immutable info: everything that never changes after creation, in one plain value (one
// Yjs item, layout.ts). `kind` goes first: readers index cards by a prefix read of it (read.ts).
import type { Card } from '../domain/meeting';

export function infoOf(card: Card): Record<string, unknown> {
  const info: Record<string, unknown> = {
    kind: card.kind,
    author: card.author,
    schoolName: card.school.name,
    schoolCct: card.school.cct,
    createdAt: card.createdAt,
  };
  switch (card.kind) {
    case 'tabla':
      info.column = card.column;
      if (card.contribution) info.contribution = card.contribution;
      if (card.about) info.about = card.about;
      break;
    case 'equipo':
      info.team = card.team;
      if (card.coincidesWith) info.coincidesWith = card.coincidesWith;
      if (card.prompt) info.prompt = card.prompt;
      break;
    case 'compromiso':
      info.team = card.team;
      if (card.responsible !== undefined) info.responsible = card.responsible;
      if (card.dueDate !== undefined) info.dueDate = card.dueDate;
      if (card.showResults !== undefined) info.showResults = card.showResults;
      break;
    case 'aportacion':
      info.parentId = card.parentId;
      info.aportacionKind = card.aportacionKind;
      if (card.team) info.team = card.team;
      break;
    case 'observacion':
      info.problemId = card.problemId;
      info.teacher = card.teacher;
      info.teacherSchoolName = card.teacherSchool.name;
      info.teacherSchoolCct = card.teacherSchool.cct;
      break;
    case 'problematica':
      if (card.sourceId) info.sourceId = card.sourceId;
      break;
    case 'conclusion':
      if (card.question) info.question = card.question;
      break;
  }
  return info;
}
