// The app: asks for what the entry prefetched (the client takes those answers), then renders.
import { Provider } from "@urql/preact";
import { render } from "preact";
import { App } from "./app/App";
import { client } from "./app/client";
import { interceptLinks } from "./app/router";
import { refreshViewer } from "./auth/session";
import { filterFromQuery, PAGE } from "./worklogs/filter";
import { WorklogsOp } from "./worklogs/Timeline";

const root = document.getElementById("app")!;
interceptLinks(document.body);

// The work log's first page is asked for alongside `me`, not after it: one round trip to the first entry.
if (location.pathname === "/") {
  void client.query(WorklogsOp, { first: PAGE, after: null, filter: filterFromQuery(new URLSearchParams(location.search)) }).toPromise();
}

void refreshViewer().finally(() => {
  render(<Provider value={client}><App /></Provider>, root);
});
