// "Compartir la aplicación" (Acerca de): the app's own address, for a colleague who still has internet.
export const shareText = {
  title: 'Compartir la aplicación',
  intro:
    'Un colega que todavía tiene internet puede leer este código con la cámara de su teléfono, o abrir la dirección, e instalar la aplicación. Después le funciona sin internet.',
  qrLabel: (url: string) => `Código QR con la dirección de la aplicación: ${url}`,
  addressLabel: 'Dirección de la aplicación',
  copy: 'Copiar dirección',
  copied: 'Dirección copiada.',
  share: 'Compartir…',
  shareTitle: 'Bitácora CTE',
  shareMessage: 'Cuaderno de Bitácora del CTE. Ábrala una vez con internet e instálela; después funciona sin conexión.',
  localOnly:
    'Esta dirección es de este mismo equipo: desde otro dispositivo no abrirá. Comparta la dirección pública donde se publicó la aplicación.',
} as const;
