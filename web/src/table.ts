// A connection rendered as a table with "Load more" (cursor pagination).
import { h } from "./ui";

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface Column<N> {
  title: string;
  cell: (node: N) => Node | string;
}

export function pagedTable<N>(label: string, columns: Column<N>[], load: (after: string | null) => Promise<Connection<N>>): HTMLElement {
  const body = h("tbody");
  const count = h("span", { class: "muted count" });
  const more = h("button", { type: "button", class: "secondary", hidden: true }, "Load more");
  let cursor: string | null = null;

  async function page(reset: boolean): Promise<void> {
    if (reset) { cursor = null; body.replaceChildren(); }
    const conn = await load(cursor);
    for (const { node } of conn.edges) body.append(h("tr", {}, ...columns.map((c) => h("td", {}, c.cell(node)))));
    cursor = conn.pageInfo.endCursor;
    more.hidden = !conn.pageInfo.hasNextPage;
    count.textContent = `${conn.totalCount} in all`;
    if (conn.totalCount === 0) body.append(h("tr", {}, h("td", { colSpan: columns.length, class: "muted" }, "Nothing here yet.")));
  }

  more.addEventListener("click", () => void page(false));
  const table = h("section", { class: "table-wrap" },
    h("table", { "aria-label": label }, h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", {}, c.title)))), body),
    h("div", { class: "table-foot" }, count, more));
  (table as HTMLElement & { reload: () => Promise<void> }).reload = () => page(true);
  void page(true);
  return table;
}

export function reloadTable(table: HTMLElement): Promise<void> {
  return (table as HTMLElement & { reload: () => Promise<void> }).reload();
}
