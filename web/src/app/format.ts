// Display formats shared by every screen.

// A formatter is made once and kept: making one costs far more than formatting (the work log formats a
// date per week and per day on its first paint).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function money(cents: number, currency = "usd"): string {
  const code = currency.toUpperCase();
  return formatter(`money:${code}`, () => new Intl.NumberFormat("en-US", { style: "currency", currency: code })).format(cents / 100);
}

/** "12.50" or "-3" → cents; null when it is not an amount of money. */
export function parseDollars(text: string): number | null {
  const match = /^\s*([+-])?\s*\$?\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
  return match[1] === "-" ? -cents : cents;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return formatter("dateTime", () => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" })).format(new Date(iso));
}

export function day(iso: string): string {
  const f = formatter("day", () => new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric" }));
  return f.format(new Date(`${iso}T00:00:00`));
}

export function localToday(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** Monday of the ISO week holding `iso` (YYYY-MM-DD). */
export function weekStart(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
