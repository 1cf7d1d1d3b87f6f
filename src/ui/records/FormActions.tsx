import { common } from '../../i18n/common';
import { FormStatus } from '../FormStatus';

/** The end of every record form: the save's outcome (announced) and the one "Guardar" button. */
export function FormActions({ error, busy, disabled = false }: { error: string | null; busy: boolean; disabled?: boolean }) {
  return (
    <>
      <FormStatus error={error} />
      <div className="actions">
        <button type="submit" disabled={busy || disabled}>
          {busy ? common.saving : common.save}
        </button>
      </div>
    </>
  );
}
