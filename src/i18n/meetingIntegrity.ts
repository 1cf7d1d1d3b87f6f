// Spanish text for who owns and who changed a meeting card (M10-M13) and for bad values that
// arrived from another device and were ignored (V4).
import { SIDE_FIELDS, type SideField, type DamageCounts } from '../domain/meeting';

const FIELD_NAMES: Record<SideField, [string, string]> = {
  texts: ['texto', 'textos'],
  details: ['dato de problemática', 'datos de problemática'],
  annulled: ['anulación', 'anulaciones'],
  edited: ['fecha de edición', 'fechas de edición'],
  edits: ['autor de una edición', 'autores de ediciones'],
  annulNotes: ['motivo de anulación', 'motivos de anulación'],
  stars: ['estrella', 'estrellas'],
  schools: ['escuela', 'escuelas'],
  timer: ['dato del cronómetro', 'datos del cronómetro'],
};

export const integrityText = {
  editedBy: (author: string, school: string, time: string) => `Editada por ${author} (${school}) · ${time}`,
  foreignText: {
    otherSchool: 'Incluye cambios hechos desde otra escuela.',
    unknownDevice: 'Incluye cambios de un dispositivo que no dijo de qué escuela es.',
  },
  annulledBy: (author: string, school: string, reason: string) => `Anulada por ${author} (${school})${reason ? `. Motivo: ${reason}` : ''}`,
  annulIgnored: 'Otra escuela intentó anular esta tarjeta; no se aplicó: solo su escuela o la escuela anfitriona pueden hacerlo.',
  schoolNotJoined: 'Escuela que no se unió al encuentro',
  hostAnnul: 'Anular (escuela anfitriona)',
  hostReasonLabel: 'Motivo de la anulación (se mostrará en la tarjeta)',
  hostReasonError: 'Escriba el motivo (al menos 5 letras).',
  confirmAnnul: 'Anular tarjeta',
  notJoined: (name: string) => `${name} aún no se une a este encuentro. Únala arriba para agregar tarjetas.`,
  refused: {
    notYourCard: 'Solo la escuela que escribió la tarjeta puede cambiarla.',
    notJoined: 'Su escuela debe unirse al encuentro antes de agregar tarjetas.',
    reasonRequired: 'Escriba el motivo de la anulación.',
  },
  damagedFields: (counts: DamageCounts) => {
    // In the fixed order of SIDE_FIELDS, so the message reads the same on every device.
    const parts = SIDE_FIELDS.filter((f) => counts[f]).map((f) => `${counts[f]} ${FIELD_NAMES[f][counts[f] === 1 ? 0 : 1]}`);
    return parts.length
      ? `Se ignoraron datos dañados que llegaron de otro dispositivo (${parts.join(', ')}). Las tarjetas siguen a la vista con su último estado válido.`
      : '';
  },
} as const;
