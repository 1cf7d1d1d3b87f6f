/** Ids are random UUIDs so records made on different devices never collide when merged. */
export function newId(): string {
  return crypto.randomUUID();
}
