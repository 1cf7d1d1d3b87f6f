import type { ReactNode } from 'react';
import { useObjectUrl } from '../../ui/useObjectUrl';

export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const url = useObjectUrl(blob);
  return url ? <img src={url} alt={alt} className={className} /> : <span className={className} aria-hidden="true" />;
}

/** A link that opens (or downloads) a stored file. */
export function BlobLink({
  blob,
  name,
  download,
  children,
  label,
}: {
  blob: Blob;
  name: string;
  download?: boolean;
  children: ReactNode;
  label?: string;
}) {
  const url = useObjectUrl(blob);
  return (
    <a href={url} download={download ? name : undefined} target={download ? undefined : '_blank'} rel="noreferrer" aria-label={label}>
      {children}
    </a>
  );
}
