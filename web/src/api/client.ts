// The only way the SPA talks to the server: POST /graphql with the session cookie.
import type { UserError } from "../generated/schema";

export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

type Listener = () => void;
const unauthenticatedListeners: Listener[] = [];

export function onUnauthenticated(listener: Listener): void {
  unauthenticatedListeners.push(listener);
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 429) throw new ApiError("Too many requests; wait a moment and try again.", "RATE_LIMITED");
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code ?? "INTERNAL";
    if (code === "UNAUTHENTICATED") unauthenticatedListeners.forEach((l) => l());
    throw new ApiError(first.message, code);
  }
  return body.data as T;
}

/** Payload-style mutation result: either the data or the user errors to show. */
export interface Payload {
  errors: UserError[];
}
