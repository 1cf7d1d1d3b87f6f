// Two devices on app versions that cannot sync (issue 21): which one has to be updated, and how.
import type { VersionMismatch } from '../domain/protocolVersion';

const HOW = 'Para actualizar: abra la aplicación con internet y toque «Actualizar» cuando lo ofrezca.';

export function versionProblemText(v: VersionMismatch): string {
  const other = v.otherApp ? ` (versión ${v.otherApp})` : '';
  return v.update === 'this'
    ? `Este dispositivo tiene una versión anterior de la aplicación y no puede sincronizar con otro más nuevo${other}. No se cambió nada del encuentro. ${HOW}`
    : `Otro dispositivo tiene una versión anterior de la aplicación${other} y no puede sincronizar con este. No se cambió nada del encuentro. Ese dispositivo debe actualizarse. ${HOW}`;
}

export const newerCodeText =
  'Ese código viene de una versión más nueva de la aplicación. Actualice este dispositivo e intente otra vez. Para actualizar: abra la aplicación con internet y toque «Actualizar».';
