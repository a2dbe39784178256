/**
 * Document numbers from a firm-set pattern. No law prescribes a format (contracts-poa.md §2), so
 * the pattern is the firm's: literal text plus `{YYYY}` (year), `{YY}` (two digits) and `{N…}`
 * (the sequence within the year, zero-padded to as many digits as there are Ns).
 */

const TOKEN = /\{(YYYY|YY|N+)\}/g;

/** Whether a pattern carries the sequence exactly once (without it numbers would repeat). */
export function patternProblem(pattern: string): string | null {
  const sequences = [...pattern.matchAll(TOKEN)].filter((m) => m[1]!.startsWith('N')).length;
  if (sequences !== 1) return 'The pattern needs exactly one sequence placeholder such as {NNN}';
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) return 'Only {YYYY}, {YY} and {N…} may stand in braces';
  return null;
}

/** The number for the `sequence`-th document of `year`: formatNumber('{YYYY}-{NNN}', 2026, 7) = '2026-007'. */
export function formatNumber(pattern: string, year: number, sequence: number): string {
  return pattern.replace(TOKEN, (_, token: string) => {
    if (token === 'YYYY') return String(year);
    if (token === 'YY') return String(year % 100).padStart(2, '0');
    return String(sequence).padStart(token.length, '0');
  });
}
