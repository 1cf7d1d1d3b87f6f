import type { School } from '../../domain/school';
import { formatDate } from '../../i18n/common';
import { printText as t } from '../../i18n/print';
import { todayIso } from '../../domain/session';
import { Fields } from '../../ui/records/DefinitionList';

export function Cover({ school, title, ciclo, subtitle }: { school: School; title: string; ciclo: string; subtitle?: string }) {
  const rows: [string, string][] = [
    [t.cct, school.cct],
    [t.nivel, t.niveles[school.nivel]],
    [t.zona, school.zonaEscolar],
    [t.cicloLabel, ciclo],
    [t.director, school.director],
    [t.responsable, school.responsable],
  ];
  return (
    <section className="print-cover">
      <p className="print-cover-kicker">{title}</p>
      <h1>{school.name}</h1>
      {subtitle && <p className="print-cover-subtitle">{subtitle}</p>}
      <Fields items={rows} className="print-cover-data" />
      {school.teachers.length > 0 && (
        <>
          <h2>{t.teachers}</h2>
          <ul className="print-cover-teachers">
            {school.teachers.map((teacher) => (
              <li key={teacher.id}>
                {teacher.name}
                {teacher.assignment && ` — ${teacher.assignment}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="print-cover-date">{t.printedOn(formatDate(todayIso()))}</p>
    </section>
  );
}
