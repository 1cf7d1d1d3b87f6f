// Spanish text of the aportaciones by team (issue 19, item 4: activities 21-22): each team agrees
// on its aportaciones and presents them; the panel can show one team's at a time.
import type { Team } from '../domain/meeting';

export const teamAportacionesText = {
  heading: 'Aportaciones por equipo (actividades 21 y 22)',
  hint: 'Cada equipo acuerda sus aportaciones, bien argumentadas, y las expone. Elija un equipo para ver solo las suyas; las nuevas se anotan a su nombre.',
  viewLabel: 'Ver las aportaciones de',
  all: 'Todos los equipos',
  team: (n: Team) => `Equipo ${n}`,
  count: (n: Team, count: number) => `Equipo ${n}: ${count === 1 ? '1 aportación' : `${count} aportaciones`}`,
  formLabel: 'Equipo que la propone',
  none: 'Ninguno (aportación personal)',
  shown: (team: Team, shown: number, total: number) => `del Equipo ${team}: ${shown} de ${total}`,
  noneOfTeam: (team: Team) => `El Equipo ${team} aún no hace aportaciones a esta problemática.`,
};
