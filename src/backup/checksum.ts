/** SHA-256 over the UTF-8 text, as "sha256:<hex>" (WebCrypto: the app always runs in a secure context). */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
