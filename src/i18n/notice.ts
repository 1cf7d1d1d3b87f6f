// Activity 33: the words that tell the school community what the school committed to at the
// meeting, printed on one page and shared as text (WhatsApp, a message). Pure: the same
// commitments always give the same text.
import { formatDate } from './common';

export interface NoticeCommitment {
  text: string;
  responsible?: string | undefined;
  dueDate?: string | undefined;
  showResults?: string | undefined;
}

export const noticeText = {
  heading: 'Aviso a la comunidad escolar',
  intro: (school: string, meeting: string, date: string) =>
    `En el encuentro «${meeting}» del ${date}, el colectivo docente de ${school} asumió estos compromisos para mejorar el aprendizaje de sus alumnos:`,
  who: 'Responsable',
  when: 'Para cuándo',
  how: 'Cómo daremos cuenta de los resultados',
  closing:
    'Compartimos estas responsabilidades con madres, padres y tutores. Los compromisos quedan registrados en el Cuaderno de Bitácora del CTE.',
  none: 'La escuela no registró compromisos en este encuentro.',
  panel: 'Avisar a la comunidad escolar',
  panelHint: 'Un aviso de una página con los compromisos de su escuela, para imprimir o para enviar como texto.',
  print: 'Imprimir el aviso',
  share: 'Compartir el texto',
  copy: 'Copiar el texto',
  copied: 'Texto del aviso copiado.',
  textLabel: 'Texto del aviso',
} as const;

/** The notice as plain text, one commitment a paragraph, for a share sheet or a message. */
export function communityNoticeText(school: string, meeting: string, isoDate: string, commitments: readonly NoticeCommitment[]): string {
  const lines = [noticeText.heading, '', noticeText.intro(school, meeting, formatDate(isoDate)), ''];
  if (commitments.length === 0) lines.push(noticeText.none, '');
  commitments.forEach((c, i) => {
    lines.push(`${i + 1}. ${c.text.trim()}`);
    if (c.responsible) lines.push(`   ${noticeText.who}: ${c.responsible}`);
    if (c.dueDate) lines.push(`   ${noticeText.when}: ${formatDate(c.dueDate)}`);
    if (c.showResults) lines.push(`   ${noticeText.how}: ${c.showResults}`);
    lines.push('');
  });
  lines.push(noticeText.closing);
  return lines.join('\n');
}
