// Spanish text of the stars with a budget (issue 19, item 5; rule M14).
export const starText = {
  title: 'Estrellas para destacar aportaciones',
  left: (left: number, budget: number) =>
    left === 1
      ? `Le queda 1 de ${budget} estrellas para destacar las aportaciones más relevantes.`
      : `Le quedan ${left} de ${budget} estrellas para destacar las aportaciones más relevantes.`,
  budgetLabel: 'Estrellas por persona',
  budgetHint: 'La coordinación decide cuántas estrellas tiene cada persona en esta ronda.',
  save: 'Guardar',
  saved: (n: number) => `Cada persona tiene ahora ${n} estrellas.`,
  badBudget: 'Escriba un número del 1 al 20.',
  noneLeft: 'Ya usó todas sus estrellas. Quite una para destacar otra aportación.',
  over: 'Su estrella aquí no cuenta: se marcó desde otro dispositivo cuando ya había usado todas. Quítela o quite otra.',
  removeOver: 'Quitar mi estrella que no cuenta',
};
