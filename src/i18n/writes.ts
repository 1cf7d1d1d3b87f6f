// Spanish messages of the repositories' refusals and failures (db/): what a form shows when a
// save cannot happen. The form keeps what the teacher typed.
/** Why a transaction failed, as IndexedDB told it. */
export const writeFailures = {
  quota:
    'No se pudo guardar: el dispositivo se quedó sin espacio. Libere espacio (por ejemplo, borre fotos o archivos que ya no necesite) e intente de nuevo. Lo que ya estaba guardado sigue intacto.',
  invalid: 'No se pudo guardar: hay datos que no son válidos. Revise el formulario.',
  blocked:
    'No se pudo guardar porque la aplicación está abierta en otra pestaña con una versión anterior. Cierre las otras pestañas e intente de nuevo.',
  unknown: 'No se pudo guardar por un error inesperado. Lo que ya estaba guardado sigue intacto; intente de nuevo.',
} as const;

/** What a repository refuses to do. */
export const writeRefusals = {
  recordNotFound: 'No se encontró el registro que intenta modificar.',
  recordAnnulled: 'Este registro está anulado: ya no se puede modificar.',
  annulReason: 'Escriba el motivo de la anulación (al menos 5 letras).',
  commitmentNotFound: 'No se encontró el compromiso.',
  commitmentAnnulled: 'Este compromiso está anulado: ya no se le da seguimiento.',
  fileTooBig: (name: string) => `${name}: El archivo pesa más de 10 MB. Reduzca su tamaño o elija otro archivo.`,
};
