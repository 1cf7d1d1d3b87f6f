// The kinds of message a link carries (rule T2), and the sub-kinds of a document message. Once
// on the wire these numbers are the protocol: change them only with a new protocol version.
export const MSG_HELLO = 0;
export const MSG_SIGNAL = 1;
export const MSG_DOC = 2;
/** Keepalive, every PING_MS: a link heard from recently is alive (T28); its body is the room's. */
export const MSG_PING = 3;
/** A document message deflated (room protocol 2, T37): its plain size, then the deflated bytes. */
export const MSG_DOC_Z = 4;

/** Sub-types of a document message (the y-protocols message kinds, tagged by doc id, T2). */
export const DOC_SYNC = 0;
export const DOC_AWARENESS = 1;
export const DOC_QUERY_AWARENESS = 2;
/** The sender's state vector, on every change and every few seconds (T29, anti-entropy). */
export const DOC_STATE = 3;
