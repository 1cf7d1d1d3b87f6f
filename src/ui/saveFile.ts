// Hands a file to the user: the share sheet where the device can share files (Android: Bluetooth,
// WhatsApp, Drive, USB...), a download otherwise. Returns false when the user cancelled sharing.
export async function saveFile(file: File, title: string): Promise<boolean> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return true;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return false;
      // Sharing failed for another reason (e.g. too large for the target): fall back to download.
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
