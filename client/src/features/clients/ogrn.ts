/** ОГРН (13 digits) or ОГРНИП (15): the number before the last digit modulo 11 or 13, modulo 10 (as the server checks). */
export function hasValidOgrnChecksum(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  return Number((body % (value.length === 15 ? 13n : 11n)) % 10n) === Number(value.at(-1));
}
