import { useEffect, useState, type ReactNode } from 'react';

/** An object URL that lives as long as the component: created on mount, revoked on unmount. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => {
      URL.revokeObjectURL(u);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}

export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const url = useObjectUrl(blob);
  return url ? <img src={url} alt={alt} className={className} /> : <span className={className} aria-hidden="true" />;
}

/** A link that opens (or downloads) a stored file. */
export function BlobLink({ blob, name, download, children, label }: { blob: Blob; name: string; download?: boolean; children: ReactNode; label?: string }) {
  const url = useObjectUrl(blob);
  return (
    <a href={url} download={download ? name : undefined} target={download ? undefined : '_blank'} rel="noreferrer" aria-label={label}>
      {children}
    </a>
  );
}
