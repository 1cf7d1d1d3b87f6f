/** The outcome of a save, announced to screen readers; errors use role=alert so they interrupt. */
export function FormStatus({ error, success }: { error?: string | null; success?: string | null }) {
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <p className="form-success" role="status">
      {success ?? ''}
    </p>
  );
}
