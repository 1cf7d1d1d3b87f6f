import { useEffect, useState } from 'react';

/** An object URL for a Blob, revoked when the component goes away (photos are megabytes). */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => {
      URL.revokeObjectURL(u);
      // Never hand out a revoked URL while the next blob's URL is being made.
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
