// Reconnect waits: exponential from `firstMs`, capped, with "equal jitter" so that many clients dropped at
// once do not come back in step.
export function backoffMs(attempt: number, random: () => number = Math.random, firstMs = 500, capMs = 30_000): number {
  const base = Math.min(capMs, firstMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base / 2 + (base / 2) * random());
}
