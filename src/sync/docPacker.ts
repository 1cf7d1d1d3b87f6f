// One deflate per document message, however many links send it (rule T37). DocSync hands the same
// update to every neighbour that needs it (T31, T35); each link used to deflate its own copy, so a
// device with three neighbours did the same compression three times on the main thread. Links share
// a packer: the first link that needs a message deflated starts it, the others wait on the same
// promise. Keyed by the body's identity (DocSync never changes a message once it is sent), so an
// entry lives only as long as someone still holds the update (the forwarder's delayed turns do).
import { deflate as nativeDeflate } from './compress';
import { packDocMessage } from './docMessage';

export class DocPacker {
  private readonly packed = new WeakMap<Uint8Array, Map<string, Promise<Uint8Array>>>();

  /** `deflate`: the compressor (tests count its calls). */
  constructor(private readonly deflate: (bytes: Uint8Array) => Promise<Uint8Array> = nativeDeflate) {}

  /** The message to send for `plain` (the document message of docId, sub, body): packed once per body. */
  pack(docId: string, sub: number, body: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
    let forBody = this.packed.get(body);
    if (!forBody) this.packed.set(body, (forBody = new Map()));
    const key = `${sub} ${docId}`;
    let bytes = forBody.get(key);
    if (!bytes) forBody.set(key, (bytes = packDocMessage(plain, this.deflate)));
    return bytes;
  }
}

/** The packer of every link on this device (LinkOptions.packer overrides it in tests). */
export const sharedPacker = new DocPacker();
