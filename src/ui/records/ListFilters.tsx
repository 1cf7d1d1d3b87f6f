// The filters the record lists share: a choice among values, the session an entry was recorded
// in, the grade/group or subject (from the profile's teachers), and a yes-only flag. Each is kept
// in the list's state under its `name`.
import { recordText } from '../../i18n/records';
import { FilterSelect } from './ListControls';
import type { PagedListView } from './usePagedList';

type Choice = { value: string; label: string };

/** The choices of a fixed set of values, each with its label (statuses, kinds...). */
export function choicesOf<V extends string>(values: readonly V[], labels: Record<V, string>): Choice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

interface FilterProps {
  list: Pick<PagedListView<{ id: string }>, 'state' | 'setFilter'>;
  /** The filter's key in the list state. */
  name: string;
}

interface ChoiceProps extends FilterProps {
  label: string;
  /** The first option, which filters nothing ("Todas", "Cualquier docente"...). */
  allLabel: string;
  choices: Choice[];
}

/** One filter of a record list: the option that filters nothing first, then the choices. */
export function ChoiceFilter({ list, name, label, allLabel, choices }: ChoiceProps) {
  return <OptionsFilter list={list} name={name} label={label} options={[{ value: '', label: allLabel }, ...choices]} />;
}

/** The session the entries were recorded in (`choices` from useSessions). */
export function SessionFilter({ list, choices }: { list: FilterProps['list']; choices: Choice[] }) {
  return <ChoiceFilter list={list} name="session" label={recordText.sessionFilter} allLabel={recordText.anySession} choices={choices} />;
}

/** A flag that only narrows the list: "all" or only the entries that have it. */
export function FlagFilter({ list, name, label, allLabel }: FilterProps & { label: string; allLabel: string }) {
  return <ChoiceFilter list={list} name={name} label={label} allLabel={allLabel} choices={[{ value: '1', label }]} />;
}

/** A filter whose options already include the one that filters nothing (gradeOptions). */
export function OptionsFilter({ list, name, label, options }: FilterProps & { label: string; options: Choice[] }) {
  return <FilterSelect label={label} value={list.state.filters[name] ?? ''} onChange={(v) => list.setFilter(name, v)} options={options} />;
}
