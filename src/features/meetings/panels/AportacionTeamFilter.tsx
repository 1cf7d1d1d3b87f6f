// Activities 21-22: which team's aportaciones the panel shows (this device's view, never synced),
// with how many each team has made.
import { TEAMS, type CardOf, type Team } from '../../../domain/meeting';
import { teamAportacionesText as w } from '../../../i18n/teamAportaciones';
import { SelectField } from '../../../ui/Field';

export function AportacionTeamFilter({
  aportaciones,
  team,
  onChange,
}: {
  aportaciones: readonly CardOf<'aportacion'>[];
  team: Team | null;
  onChange: (team: Team | null) => void;
}) {
  const live = aportaciones.filter((a) => !a.annulled);
  return (
    <section className="card" aria-labelledby="aportaciones-equipo-title" id="aportaciones-equipo">
      <h3 id="aportaciones-equipo-title">{w.heading}</h3>
      <p className="hint">{w.hint}</p>
      <SelectField
        label={w.viewLabel}
        value={team === null ? '' : String(team)}
        onChange={(e) => onChange(e.target.value ? (Number(e.target.value) as Team) : null)}
        options={[{ value: '', label: w.all }, ...TEAMS.map((t) => ({ value: String(t), label: w.team(t) }))]}
      />
      <ul className="team-counts" data-testid="aportaciones-por-equipo">
        {TEAMS.map((t) => (
          <li key={t}>{w.count(t, live.filter((a) => a.team === t).length)}</li>
        ))}
      </ul>
    </section>
  );
}
