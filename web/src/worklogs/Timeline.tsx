// The work log: entries grouped by week and day, every filter in the URL, more entries as you scroll.
import { useQuery } from "@urql/preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { day } from "../app/format";
import { query, setQuery } from "../app/router";
import { ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import type { WorklogFieldsFragment } from "../gql/graphql";
import { quickAddOpen } from "./QuickAdd";
import { SuggestionsOp } from "./fragments";
import { groupByWeek } from "./group";
import { deleteWithUndo, pendingDeletes } from "./undoDelete";
import { FILTER_KEYS, filterFromQuery, PAGE, type FilterKey } from "./filter";

export const WorklogsOp = graphql(`
  query Worklogs($first: Int!, $after: String, $filter: WorklogFilter) {
    worklogs(first: $first, after: $after, filter: $filter) {
      edges { cursor node { ...WorklogFields } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

function currentFilters(): Record<FilterKey, string> {
  const params = query.value;
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as Record<FilterKey, string>;
}

export default function Timeline() {
  const filters = currentFilters();
  // The cursor belongs to the filter it was read under; a new filter starts from the top.
  const filterKey = query.value.toString();
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key: filterKey, after: null });
  const after = page.key === filterKey ? page.after : null;
  const filter = useMemo(() => filterFromQuery(query.value), [filterKey]);
  const [{ data, fetching, error }] = useQuery({ query: WorklogsOp, variables: { first: PAGE, after, filter } });
  const connection = data?.worklogs;
  const entries = (connection?.edges ?? []).map((e) => e.node).filter((n) => !pendingDeletes.value.has(n.id));
  const sentinel = useRef<HTMLDivElement>(null);
  const more = () => { if (connection?.pageInfo.hasNextPage && !fetching) setPage({ key: filterKey, after: connection.pageInfo.endCursor }); };

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !connection?.pageInfo.hasNextPage) return;
    const observer = new IntersectionObserver((items) => { if (items.some((i) => i.isIntersecting)) more(); }, { rootMargin: "400px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [connection?.pageInfo.endCursor, connection?.pageInfo.hasNextPage, fetching]);

  const active = FILTER_KEYS.some((k) => filters[k]);
  const setFilter = (key: FilterKey, value: string) => setQuery({ ...filters, [key]: value });

  return (
    <main>
      <div class="page-head">
        <h1>Work log</h1>
        <button type="button" onClick={() => { quickAddOpen.value = true; }}>Add entry</button>
      </div>
      <Filters filters={filters} onApply={(next) => setQuery(next)} />
      {active && (
        <p class="active-filters" aria-live="polite">
          {connection ? `${connection.totalCount} ${connection.totalCount === 1 ? "entry matches" : "entries match"}` : "Filtering"}
          {" · "}<button type="button" class="link" onClick={() => setQuery({})}>Clear filters</button>
        </p>
      )}
      <ErrorNote text={messageOfError(error)} />
      {!data && fetching && <Loading label="Loading entries" />}
      {connection && entries.length === 0 && (
        <div class="card empty">
          {active ? <p>No entries match these filters.</p> : <p>No entries yet. Press <kbd>n</kbd> or use “Add entry” to write the first one.</p>}
        </div>
      )}
      <section aria-label="Work log entries" class="timeline">
        {groupByWeek(entries).map((w) => (
          <section key={w.week} class="week" aria-label={`Week of ${day(w.week)}`}>
            <h2 class="week-head">Week of {day(w.week)}</h2>
            {w.days.map((d) => (
              <div key={d.date} class="day">
                <h3 class="day-head">{day(d.date)}</h3>
                <ul class="entries">
                  {d.entries.map((entry) => <EntryCard key={entry.id} entry={entry} onFilter={setFilter} />)}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </section>
      <div ref={sentinel} class="sentinel" />
      {connection?.pageInfo.hasNextPage && (
        <p class="center"><button type="button" class="secondary" onClick={more} disabled={fetching}>{fetching ? "Loading…" : "Load more"}</button></p>
      )}
      {connection && !connection.pageInfo.hasNextPage && entries.length > 0 && <p class="muted center">That is every entry{active ? " that matches" : ""}.</p>}
    </main>
  );
}

function EntryCard({ entry, onFilter }: { entry: WorklogFieldsFragment; onFilter: (key: FilterKey, value: string) => void }) {
  const m = entry.metadata;
  return (
    <li class="entry card">
      {entry.highlight
        // The server escapes the content and adds only <mark>.
        ? <p class="entry-text" dangerouslySetInnerHTML={{ __html: entry.highlight }} />
        : <p class="entry-text">{entry.content}</p>}
      <div class="meta">
        {m.employer && <button type="button" class="chip employer" title="Show only this employer" onClick={() => onFilter("employer", m.employer)}>{m.employer}</button>}
        {m.project && <button type="button" class="chip project" title="Show only this project" onClick={() => onFilter("project", m.project)}>{m.project}</button>}
        {m.tags.map((t) => <button type="button" key={t} class="chip tag" title="Show only this tag" onClick={() => onFilter("tag", t)}>#{t}</button>)}
        {m.workType && <span class="muted">{m.workType}</span>}
        {entry.draft && <span class="badge warn">draft</span>}
        {entry.evidence.length > 0 && <span class="muted">📎 {entry.evidence.length}</span>}
      </div>
      {m.outcome && <p class="outcome muted">Outcome: {m.outcome}</p>}
      <div class="entry-actions">
        <a href={`/entries/${entry.id}`} aria-label={`Open entry of ${entry.date}`}>Open</a>
        <button type="button" class="link danger" aria-label={`Delete entry of ${entry.date}`} onClick={() => deleteWithUndo(entry.id)}>Delete</button>
      </div>
    </li>
  );
}

function Filters({ filters, onApply }: { filters: Record<FilterKey, string>; onApply: (f: Record<string, string>) => void }) {
  const [{ data }] = useQuery({ query: SuggestionsOp });
  const s = data?.worklogSuggestions;
  const key = FILTER_KEYS.map((k) => filters[k]).join("|");
  return (
    <form key={key} class="filters card" role="search" aria-label="Filter entries"
      onSubmit={(e) => {
        e.preventDefault();
        const v = new FormData(e.currentTarget);
        onApply(Object.fromEntries(FILTER_KEYS.map((k) => [k, String(v.get(k) ?? "").trim()])));
      }}>
      <div class="field grow"><label for="f-q">Search</label><input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder='words, "phrases", -excluded' /></div>
      <div class="field"><label for="f-from">From</label><input id="f-from" name="from" type="date" defaultValue={filters.from} /></div>
      <div class="field"><label for="f-to">To</label><input id="f-to" name="to" type="date" defaultValue={filters.to} /></div>
      <div class="field"><label for="f-employer">Employer</label><input id="f-employer" name="employer" list="f-employers" defaultValue={filters.employer} /></div>
      <div class="field"><label for="f-project">Project</label><input id="f-project" name="project" list="f-projects" defaultValue={filters.project} /></div>
      <div class="field"><label for="f-tag">Tag</label><input id="f-tag" name="tag" list="f-tags" defaultValue={filters.tag} /></div>
      <datalist id="f-employers">{s?.employers.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <datalist id="f-projects">{s?.projects.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <datalist id="f-tags">{s?.tags.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <div class="field actions-end"><button type="submit">Filter</button></div>
    </form>
  );
}
