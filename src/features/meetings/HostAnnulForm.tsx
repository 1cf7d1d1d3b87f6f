// The meeting's creator annuls another school's card: a reason is required and shown on the card (M12).
import { useState, type FormEvent } from 'react';
import { integrityText as t } from '../../i18n/meetingIntegrity';
import { meetingText } from '../../i18n/meetings';
import { annulReasonProblem } from '../../meeting/ownership';
import { TextField } from '../../ui/Field';

export function HostAnnulForm({ onAnnul, onCancel }: { onAnnul: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (annulReasonProblem(reason)) return setError(t.hostReasonError);
    onAnnul(reason.trim());
  }
  return (
    <form className="card-edit" onSubmit={submit} noValidate>
      <TextField
        label={t.hostReasonLabel}
        value={reason}
        maxLength={400}
        autoFocus
        error={error}
        onChange={(e) => {
          setReason(e.target.value);
          if (error && !annulReasonProblem(e.target.value)) setError(undefined);
        }}
      />
      <div className="actions">
        <button type="submit" className="small">
          {t.confirmAnnul}
        </button>
        <button type="button" className="small secondary" onClick={onCancel}>
          {meetingText.cancelEdit}
        </button>
      </div>
    </form>
  );
}
