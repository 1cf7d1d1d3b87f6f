// Spanish text of the way back into the room with one scan ("Volver a la sala").
export const rejoinText = {
  title: 'Volver a la sala',
  intro: 'Este dispositivo estaba en la sala y se desconectó. Para volver basta un solo código:',
  steps: [
    'Pida a cualquier otro dispositivo que siga en la sala que abra su pantalla de la sala.',
    'Ahí, en «Hacer volver a un dispositivo», que escanee este código.',
  ],
  qrLabel: 'Código QR para volver a la sala',
  preparing: 'Preparando el código para volver…',
  renews: (s: string) => `El código se renueva solo en ${s}.`,
  returning: 'Volviendo a la sala…',
  connected: 'De vuelta en la sala: conectado.',
  offline: 'Sin red en este momento. En cuanto vuelva el Wi-Fi aparecerá aquí el código para volver.',
  twoScans: 'Use la invitación de dos pasos: en otro dispositivo de la sala, «Mostrar código para invitar».',
  unavailable: {
    unsupported: 'Este navegador no permite volver con un solo código.',
    'not-storable': 'Este navegador no puede guardar la identidad del dispositivo, así que no se puede volver con un solo código.',
    'other-tab': 'La sala ya está abierta en otra pestaña de este navegador; desde esta no se puede volver con un solo código.',
    refused: 'Este navegador rechazó preparar la conexión para volver con un solo código.',
  },
  scanTitle: 'Hacer volver a un dispositivo',
  scanSteps: [
    'Si un dispositivo de la sala se desconectó, en su pantalla aparece «Volver a la sala» con un código.',
    'Escanéelo aquí una sola vez: el dispositivo vuelve a conectarse y se une lo que cada quien escribió.',
  ],
  scanLabel: 'Código para volver a la sala',
  scanButton: 'Hacer volver',
  scanCamera: 'Escanear el código para volver',
  scanReturning: 'Volviendo: conectando con el dispositivo…',
  scanConnected: 'El dispositivo volvió a la sala: conectado.',
  errors: {
    unreadable: 'El código no se pudo leer. Revise que esté completo.',
    'not-rejoin': 'Ese código es para invitar o responder, no para volver a la sala. Úselo en «Invitar» o «Unirse».',
    'wrong-room': 'Ese código es para volver a otro encuentro, no a esta sala. No se cambió nada.',
    'wrong-secret': 'Ese código no pertenece a esta sala: fue rechazado y no se cambió nada.',
    expired: 'Ese código para volver ya venció. En el otro dispositivo aparece uno nuevo: escanéelo.',
    own: 'Ese código es de este mismo dispositivo.',
    already: 'Ese dispositivo ya está conectado.',
    'not-known':
      'Este dispositivo no había estado conectado con el que quiere volver. Escanee el código desde otro dispositivo de la sala, o use la invitación de dos pasos.',
    unsupported: 'Este navegador no permite hacer volver con un solo código. Use la invitación de dos pasos.',
    refused: 'Este navegador rechazó la conexión para volver. Use la invitación de dos pasos.',
    failed:
      'No se logró la conexión. ¿Están en la misma red Wi-Fi? Espere el código nuevo e intente otra vez, o use la invitación de dos pasos.',
  },
} as const;
