/*
 * A client copy of the server's INN checksum (server/src/modules/leads/rules/inn.ts) so the lead form
 * can say «Контрольная сумма ИНН не сходится» as the user types; the server still decides.
 */
const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function controlDigit(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return (sum % 11) % 10;
}

/** True when a 10- or 12-digit string carries correct ФНС control digits; false for anything else. */
export function hasValidInnChecksum(inn: string): boolean {
  if (!/^\d+$/.test(inn)) return false;
  const d = [...inn].map(Number);
  if (d.length === 10) return controlDigit(d, WEIGHTS_10) === d[9];
  if (d.length === 12) return controlDigit(d, WEIGHTS_12_FIRST) === d[10] && controlDigit(d, WEIGHTS_12_SECOND) === d[11];
  return false;
}
