// A Link that tests can wait on: its hello sent and every message received so far handled.
// MemoryNet.flush waits on these between frames, since sealing and opening hellos is async.
import { Link } from '../../src/sync/link';

export class TestLink extends Link {
  async settled(): Promise<void> {
    await this.helloSent;
    await this.chain;
    await this.packing;
  }
}
