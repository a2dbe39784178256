/**
 * Helpers for the benchmark's server processes: announce readiness on stdout, and shut down
 * cleanly when the parent asks (SIGTERM/SIGINT) or disappears (stdin closes).
 */
export const READY_PREFIX = 'BENCH_READY ';

export function announce(info: { url: string }): void {
  process.stdout.write(`${READY_PREFIX}${JSON.stringify({ ...info, pid: process.pid })}\n`);
}

export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const stop = (code: number) => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(code), 5000);
    force.unref();
    close()
      .catch((error: unknown) => process.stderr.write(`close failed: ${String(error)}\n`))
      // a normal exit, so `--cpu-prof` writes its profile
      .finally(() => process.exit(code));
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  // the parent died or closed our stdin: do not outlive it
  process.stdin.on('end', () => stop(0));
  process.stdin.on('error', () => stop(0));
  process.stdin.resume();
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}
