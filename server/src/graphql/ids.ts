const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot name anything: answer NOT_FOUND rather than a database error. */
export function uuidOrNotFound(id: string): string {
  return UUID.test(id) ? id : '00000000-0000-0000-0000-000000000000';
}
