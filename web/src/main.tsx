// The entry: asks for `me` and (on the work log) its first page straight away, then loads the app,
// whose client takes those answers (app/prefetch.ts). One round trip to the first entry, started
// before the app's code is downloaded and parsed.
import "./styles.css";
import { prefetch } from "./app/prefetch";
import viewerQuery from "virtual:gql-request/ViewerDocument";
import worklogsQuery from "virtual:gql-request/WorklogsDocument";
import { filterFromQuery, PAGE } from "./worklogs/filter";

prefetch("/graphql", "Viewer", viewerQuery, {});
if (location.pathname === "/") {
  prefetch("/graphql", "Worklogs", worklogsQuery, { first: PAGE, after: null, filter: filterFromQuery(new URLSearchParams(location.search)) });
}

void import("./start");
