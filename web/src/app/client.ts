// The one GraphQL client: queries and mutations over HTTP (cookie session), subscriptions over one
// lazily opened graphql-ws WebSocket, everything through the normalised graphcache.
import { Client, fetchExchange, mapExchange, subscriptionExchange, type SubscriptionForwarder } from "@urql/core";
import { type Cache, cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { signal } from "@preact/signals";
import { backoffMs } from "./backoff";
import { REQUEST_HEADERS, takePrefetched } from "./prefetch";

/** "online" until the socket drops; the status bar shows "offline" honestly. */
export const socketState = signal<"idle" | "online" | "offline">("idle");

// graphql-ws is loaded on the first subscription, so pages without live data do not carry it.
type WsClient = import("graphql-ws").Client;
let ws: Promise<WsClient> | null = null;

function socket(): Promise<WsClient> {
  ws ??= import("graphql-ws").then(({ createClient }) => {
    let attempt = 0;
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
    return createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      // Exponential backoff with jitter, capped at 30 s.
      retryWait: async () => {
        attempt += 1;
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
      },
      on: {
        connected: () => { attempt = 0; socketState.value = "online"; },
        closed: (event) => {
          socketState.value = "offline";
          // 4401: the server ended this session's sockets (signed out elsewhere, revoked, a lockdown).
          if ((event as CloseEvent | undefined)?.code === 4401) unauthenticated.forEach((l) => l());
        },
      },
    });
  });
  return ws;
}

const forwardSubscription: SubscriptionForwarder = (request) => ({
  subscribe(sink) {
    let dispose: (() => void) | null = null;
    let closed = false;
    void socket().then((client) => {
      if (!closed) dispose = client.subscribe({ ...request, query: request.query ?? "" }, sink);
    });
    return { unsubscribe: () => { closed = true; dispose?.(); } };
  },
});

type Listener = () => void;
const unauthenticated: Listener[] = [];
export function onUnauthenticated(listener: Listener): void {
  unauthenticated.push(listener);
}

const cache = cacheExchange({
  keys: {
    // Values without an identity of their own are stored inside their parent.
    AdminQuery: () => null, PageInfo: () => null, WorklogMetadata: () => null, WorklogSuggestions: () => null,
    Suggestion: () => null, ReserveSummary: () => null, UsageCosts: () => null, UsageCostDay: () => null,
    UserError: () => null, CountedValue: () => null, WorklogStats: () => null, BillingAccountUser: () => null,
    Reserve: (r) => (r.tenantId as string) ?? null, BillingAccount: (a) => (a.tenantId as string) ?? null,
    Session: (s) => (s.id as string) ?? null, UsagePoint: () => null, TenantMovePreview: () => null,
    StatusBar: () => null, SystemStatus: () => null, JobEvent: () => null, ReportEstimate: () => null,
    ReportPeriod: () => null, ReportFilters: () => null, JobEventConnection: () => null, JobEventEdge: () => null,
    ReportVerification: () => null, ReportRendition: () => null, StatementCheckResult: () => null, ReportOptions: () => null,
    Metrics: () => null, RevenueMetrics: () => null, CreditMetrics: () => null, EngagementMetrics: () => null, CohortRow: () => null,
    SystemMetrics: () => null, JobMetrics: () => null, ModelUsage: () => null, StatusCount: () => null, MetricsAlert: () => null,
    MetricsPoint: () => null, RefreshMetricsPayload: () => null, SystemHealth: () => null, HealthCheck: () => null, WorkerHeartbeat: () => null,
  },
  resolvers: {
    Query: { worklogs: relayPagination(), reports: relayPagination(), jobs: relayPagination() },
    AdminQuery: { jobs: relayPagination(), users: relayPagination(), auditEvents: relayPagination(), passkeys: relayPagination(), billingAccounts: relayPagination() },
    Reserve: { ledger: relayPagination() },
  },
  updates: {
    Mutation: {
      // New or imported entries: lists and suggestions are fetched again when next shown.
      createWorklog: (_r, _a, cache) => invalidateFields(cache, "Query", ["worklogs", "worklogSuggestions", "exportWorklogs"]),
      importWorklogs: (_r, _a, cache) => invalidateFields(cache, "Query", ["worklogs", "worklogSuggestions", "exportWorklogs"]),
      updateWorklog: (_r, _a, cache) => invalidateFields(cache, "Query", ["worklogSuggestions", "exportWorklogs"]),
      deleteWorklog: (result, _a, cache) => {
        const id = (result.deleteWorklog as { deletedId?: string } | null)?.deletedId;
        if (id) cache.invalidate({ __typename: "Worklog", id });
        invalidateFields(cache, "Query", ["worklogs", "worklogSuggestions", "exportWorklogs"]);
      },
      deleteEvidence: (result, _a, cache) => {
        const id = (result.deleteEvidence as { deletedId?: string } | null)?.deletedId;
        if (id) cache.invalidate({ __typename: "Evidence", id });
      },
      createInvitePasskey: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["passkeys"]),
      adjustReserve: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["billingAccounts", "reserveSummary", "auditEvents"]),
      moveUserToTenant: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["users", "auditEvents", "billingAccounts"]),
      resetUserPassword: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["auditEvents"]),
      setUserActive: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["auditEvents"]),
      updateUser: (_r, _a, cache) => invalidateFields(cache, "AdminQuery", ["auditEvents", "users"]),
      createApiToken: (_r, _a, cache) => invalidateFields(cache, "User", ["apiTokens"]),
      revokeApiToken: (_r, _a, cache) => invalidateFields(cache, "User", ["apiTokens"]),
      revokeSession: (_r, _a, cache) => invalidateFields(cache, "User", ["sessions"]),
      revokeOtherSessions: (_r, _a, cache) => invalidateFields(cache, "User", ["sessions"]),
      setLowBalancePolicy: () => undefined,
      createPosition: (_r, _a, cache) => invalidateFields(cache, "User", ["positions"]),
      deletePosition: (_r, _a, cache) => invalidateFields(cache, "User", ["positions"]),
      // An edit may change which position is current, so the order is read again.
      updatePosition: (_r, _a, cache) => invalidateFields(cache, "User", ["positions"]),
      setConfidentialTerms: (_r, _a, cache) => invalidateFields(cache, "User", ["confidentialTerms"]),
      generateReport: (_r, _a, cache) => invalidateFields(cache, "Query", ["reports", "jobs"]),
      regenerateReport: (_r, _a, cache) => invalidateFields(cache, "Query", ["reports", "jobs"]),
      cancelJob: (_r, _a, cache) => {
        invalidateFields(cache, "Query", ["jobs"]);
        invalidateFields(cache, "AdminQuery", ["jobs"]);
      },
    },
  },
});

function invalidateFields(cache: Cache, typename: string, names: string[]): void {
  const keys = typename === "Query" ? ["Query"] : entitiesOf(cache, typename);
  for (const key of keys) {
    for (const field of cache.inspectFields(key)) {
      if (names.includes(field.fieldName)) cache.invalidate(key, field.fieldName, field.arguments ?? undefined);
    }
  }
}

function entitiesOf(cache: Cache, typename: string): string[] {
  // AdminQuery and the viewer are reached from Query; resolve their keys through it.
  const found: string[] = [];
  for (const field of cache.inspectFields("Query")) {
    const link = cache.resolve("Query", field.fieldName, field.arguments ?? undefined);
    if (typeof link === "string" && link.startsWith(`${typename}:`)) found.push(link);
    else if (typeof link === "string" && typename === "AdminQuery" && field.fieldName === "admin") found.push(link);
  }
  return found;
}

export const client = new Client({
  url: "/graphql",
  fetchOptions: { credentials: "same-origin", headers: { "x-requested-with": REQUEST_HEADERS["x-requested-with"] } },
  // The start-up requests were sent by the entry before this code loaded (main.tsx).
  fetch: (input, init) => takePrefetched(init) ?? fetch(input, init),
  preferGetMethod: false,
  exchanges: [
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) unauthenticated.forEach((l) => l());
      },
    }),
    cache, fetchExchange, subscriptionExchange({ forwardSubscription })],
});
