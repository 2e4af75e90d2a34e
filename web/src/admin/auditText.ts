// Audit events as sentences and before/after diffs.
/** What changed between two JSON snapshots, key by key (nested objects flattened with dots). */
export function diff(before: unknown, after: unknown): { key: string; from: string; to: string }[] {
  const flat = (value: unknown, prefix = "", out: Record<string, string> = {}) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) flat(v, prefix ? `${prefix}.${k}` : k, out);
    } else if (prefix) out[prefix] = JSON.stringify(value);
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
    .filter((k) => a[k] !== b[k])
    .map((k) => ({ key: k, from: a[k] ?? "—", to: b[k] ?? "—" }));
}

/** "admin.user_disabled" → "user disabled", under its area. */
export function describe(eventType: string): string {
  const [, action = eventType] = eventType.split(/\.(.*)/s);
  return action.replace(/_/g, " ");
}
