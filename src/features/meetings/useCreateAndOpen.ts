// Creating a meeting ends the same way from the new-meeting form and from "Continuar este
// encuentro": busy while its document is written, then the success notice and the new meeting
// open, or the failure's message shown where the user acted.
import { useState } from 'react';
import { notify } from '../../ui/notify';
import { navigate } from '../../ui/router';

export function useCreateAndOpen(createdText: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function createAndOpen(create: () => Promise<{ id: string }>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const meta = await create();
      notify({ text: createdText, tone: 'success' });
      navigate(`/encuentros/${meta.id}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, createAndOpen };
}
