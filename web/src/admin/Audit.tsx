// The audit log, readable: who did what to whom and when, the change as a before/after diff, filters in the URL.
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { query, setQuery } from "../app/router";
import { ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import { describe, diff } from "./auditText";

const AuditOp = graphql(`
  query AuditEvents($prefix: String, $since: DateTime, $until: DateTime, $target: String, $after: String) {
    admin {
      auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target, first: 50, after: $after) {
        edges { cursor node { id eventType actorUsername targetType targetId targetName ip message before after createdAt } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const PREFIXES = ["auth.", "admin.", "billing.", "passkey.", "worklog."];

export default function Audit() {
  const q = query.value;
  const filters = { prefix: q.get("type") ?? "", from: q.get("from") ?? "", to: q.get("to") ?? "", target: q.get("target") ?? "" };
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: AuditOp,
    variables: {
      prefix: filters.prefix || null, target: filters.target || null, after,
      since: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : null,
      until: filters.to ? new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString() : null,
    },
  });
  const list = data?.admin.auditEvents;
  return (
    <>
      <h1>Audit log</h1>
      <form class="filters card" role="search" aria-label="Filter audit events" key={q.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const v = new FormData(e.currentTarget);
          setAfter(null);
          setQuery({ type: String(v.get("type") ?? ""), from: String(v.get("from") ?? ""), to: String(v.get("to") ?? ""), target: String(v.get("target") ?? "").trim() });
        }}>
        <div class="field"><label for="a-type">Kind</label>
          <select id="a-type" name="type" defaultValue={filters.prefix}>
            <option value="">all</option>{PREFIXES.map((p) => <option key={p} value={p}>{p.slice(0, -1)}</option>)}
          </select></div>
        <div class="field grow"><label for="a-target">Target</label><input id="a-target" name="target" type="search" defaultValue={filters.target} placeholder="username, email or tenant" /></div>
        <div class="field"><label for="a-from">From</label><input id="a-from" name="from" type="date" defaultValue={filters.from} /></div>
        <div class="field"><label for="a-to">To</label><input id="a-to" name="to" type="date" defaultValue={filters.to} /></div>
        <div class="field actions-end"><button type="submit">Filter</button></div>
      </form>
      <ErrorNote text={messageOfError(error)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No events match.</p> : (
        <ol class="audit" aria-label="Audit events">
          {list.edges.map(({ node: e }) => {
            const changes = diff(e.before, e.after);
            return (
              <li key={e.id} class="card">
                <p class="audit-line">
                  <strong>{e.actorUsername || "someone"}</strong> <span>{describe(e.eventType)}</span>
                  {e.targetType && <> · {e.targetType} <strong>{e.targetName ?? e.targetId.slice(0, 8)}</strong></>}
                  <span class="muted"> · {dateTime(e.createdAt)}</span>
                </p>
                <p class="muted small"><code>{e.eventType}</code>{e.message && <> · {e.message}</>}{e.ip && <> · {e.ip}</>}</p>
                {changes.length > 0 && (
                  <table class="diff" aria-label={`Changes of ${e.eventType}`}>
                    <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
                    <tbody>{changes.map((c) => <tr key={c.key}><td>{c.key}</td><td class="old">{c.from}</td><td class="new">{c.to}</td></tr>)}</tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
    </>
  );
}
