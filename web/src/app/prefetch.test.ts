import { afterEach, describe, expect, it, vi } from "vitest";
import viewerQuery from "virtual:gql-request/ViewerDocument";
import worklogsQuery from "virtual:gql-request/WorklogsDocument";
import { ViewerOp } from "../auth/session";
import { filterFromQuery, PAGE } from "../worklogs/filter";
// The document Timeline asks with (Timeline itself needs a browser's location).
import WorklogsOp from "virtual:gql-document/WorklogsDocument";
import { client } from "./client";
import { prefetch, takePrefetched } from "./prefetch";

const answer = (data: unknown) => new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("the entry's prefetched requests", () => {
  it("are the very requests the client then sends, which take their answers without a second fetch", async () => {
    const sent: RequestInit[] = [];
    const me = { __typename: "User", id: "1", username: "ada", email: "a@example.com", fullName: "Ada", isStaff: false, isSuperuser: false, tenant: { __typename: "Tenant", id: "7", name: "T" } };
    const worklogs = { __typename: "WorklogConnection", edges: [], pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null }, totalCount: 0 };
    vi.stubGlobal("fetch", vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(init);
      return answer(JSON.parse(init.body as string).operationName === "Viewer" ? { me } : { worklogs });
    }));
    const filter = filterFromQuery(new URLSearchParams("q=deploy&tag=ops"));
    prefetch("/graphql", "Viewer", viewerQuery, {});
    prefetch("/graphql", "Worklogs", worklogsQuery, { first: PAGE, after: null, filter });
    expect(sent).toHaveLength(2);

    const [viewer, list] = await Promise.all([
      client.query(ViewerOp, {}, { requestPolicy: "network-only" }).toPromise(),
      // Built in another key order than the entry's: still the same request.
      client.query(WorklogsOp, { filter, after: null, first: PAGE }, { requestPolicy: "network-only" }).toPromise(),
    ]);
    expect(sent).toHaveLength(2);
    expect(viewer.data?.me?.username).toBe("ada");
    expect((list.data as { worklogs: { totalCount: number } }).worklogs.totalCount).toBe(0);
    expect(new Headers(sent[0].headers).get("x-requested-with")).toBe("afterresume");
  });

  it("are taken once; a request that differs in anything is sent as usual", () => {
    vi.stubGlobal("fetch", vi.fn(async () => answer({})));
    prefetch("/graphql", "Viewer", viewerQuery, {});
    const body = (over: object) => ({ method: "POST", body: JSON.stringify({ operationName: "Viewer", query: viewerQuery, variables: {}, ...over }) });
    expect(takePrefetched(body({ variables: { x: 1 } }))).toBeNull();
    expect(takePrefetched(body({ operationName: "Other" }))).toBeNull();
    expect(takePrefetched(body({ query: viewerQuery.replace("email", "") }))).toBeNull();
    expect(takePrefetched(body({ extensions: { persistedQuery: {} } }))).toBeNull();
    expect(takePrefetched({ ...body({}), method: "GET" })).toBeNull();
    expect(takePrefetched(body({}))).not.toBeNull();
    expect(takePrefetched(body({}))).toBeNull();
  });
});
