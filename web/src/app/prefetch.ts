// The first requests of a page load, sent before the GraphQL client's code has arrived: the client's
// fetch takes each answer once, for a request identical to the one sent (operation, text, variables).
// Imports nothing, so it stays in the small entry chunk.

type Body = { operationName?: unknown; query?: unknown; variables?: unknown; extensions?: unknown };

const waiting = new Map<string, Promise<Response>>();

/** Object keys sorted, so the same request reads the same however its variables were built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

// The client leaves out empty variables.
const empty = (v: unknown) => v == null || (typeof v === "object" && Object.keys(v).length === 0);
const keyOf = (body: Body) => canonical([body.operationName, body.query, empty(body.variables) ? null : body.variables, body.extensions ?? null]);

/** The headers the client sends with a query (see app/client.ts). */
export const REQUEST_HEADERS = {
  accept: "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed",
  "content-type": "application/json",
  "x-requested-with": "afterresume",
};

export function prefetch(url: string, operationName: string, query: string, variables: Record<string, unknown>): void {
  const body: Body = { operationName, query, variables };
  const response = fetch(url, { method: "POST", credentials: "same-origin", headers: REQUEST_HEADERS, body: JSON.stringify(body) });
  response.catch(() => undefined); // not taken: its failure is nobody's error
  waiting.set(keyOf(body), response);
}

/** The answer of a prefetched request identical to this one, once; null otherwise. */
export function takePrefetched(init: RequestInit | undefined): Promise<Response> | null {
  if (waiting.size === 0 || init?.method !== "POST" || typeof init.body !== "string") return null;
  let key: string;
  try {
    key = keyOf(JSON.parse(init.body) as Body);
  } catch {
    return null;
  }
  const response = waiting.get(key);
  if (!response) return null;
  waiting.delete(key);
  return response;
}
