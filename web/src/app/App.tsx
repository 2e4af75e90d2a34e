// The shell: navigation, the status-bar slot, the quick-add modal, toasts, and the route table.
import { useSignal } from "@preact/signals";
import type { ComponentType } from "preact";
import { useEffect } from "preact/hooks";
import Login from "../auth/Login";
import Signup from "../auth/Signup";
import { clearViewer, viewer } from "../auth/session";
import { QuickAdd, quickAddOpen } from "../worklogs/QuickAdd";
import Timeline from "../worklogs/Timeline";
import { client, onUnauthenticated } from "./client";
import { lazy } from "./lazy";
import { MaintenanceNotice } from "./Maintenance";
import { matchPath, navigate, path } from "./router";
import { StatusBar } from "./StatusBar";
import { Toasts } from "./ui";
import { graphql } from "../gql";

type Access = "anonymous" | "user" | "staff";
// A view takes the named parts of its own pattern as props.
interface Route { pattern: string; view: ComponentType<any>; access: Access; title: string }

const routes: Route[] = [
  { pattern: "/login", view: Login, access: "anonymous", title: "Sign in" },
  { pattern: "/signup", view: Signup, access: "anonymous", title: "Sign up" },
  { pattern: "/forgot-password", view: lazy(() => import("../auth/Recovery").then((m) => ({ default: m.ForgotPassword }))), access: "anonymous", title: "Forgot password" },
  { pattern: "/reset-password", view: lazy(() => import("../auth/Recovery").then((m) => ({ default: m.ResetPassword }))), access: "anonymous", title: "Set a new password" },
  { pattern: "/", view: Timeline, access: "user", title: "Work log" },
  { pattern: "/entries/:id", view: lazy(() => import("../worklogs/Detail")), access: "user", title: "Entry" },
  { pattern: "/transfer", view: lazy(() => import("../worklogs/Transfer")), access: "user", title: "Import and export" },
  { pattern: "/billing", view: lazy(() => import("../billing/Billing")), access: "user", title: "Billing" },
  { pattern: "/billing/return", view: lazy(() => import("../billing/TopupReturn")), access: "user", title: "Payment" },
  { pattern: "/reports", view: lazy(() => import("../reports/Reports")), access: "user", title: "Reports" },
  { pattern: "/reports/:id", view: lazy(() => import("../reports/ReportView")), access: "user", title: "Report" },
  { pattern: "/jobs", view: lazy(() => import("../jobs/Jobs")), access: "user", title: "Jobs" },
  { pattern: "/account", view: lazy(() => import("../account/Account")), access: "user", title: "Account" },
  { pattern: "/admin/passkeys", view: lazy(() => import("../admin/Passkeys")), access: "staff", title: "Invites" },
  { pattern: "/admin/users", view: lazy(() => import("../admin/Users")), access: "staff", title: "Users" },
  { pattern: "/admin/billing", view: lazy(() => import("../admin/BillingAdmin")), access: "staff", title: "Billing admin" },
  { pattern: "/admin/jobs", view: lazy(() => import("../admin/JobsAdmin")), access: "staff", title: "Jobs admin" },
  { pattern: "/admin/audit", view: lazy(() => import("../admin/Audit")), access: "staff", title: "Audit log" },
  { pattern: "/admin/metrics", view: lazy(() => import("../admin/Dashboard")), access: "staff", title: "Metrics" },
  { pattern: "/admin/health", view: lazy(() => import("../admin/Health")), access: "staff", title: "System health" },
];

const LogoutOp = graphql(`
  mutation Logout {
    logout { ok errors { message code } }
  }
`);

async function logout(): Promise<void> {
  await client.mutation(LogoutOp, {}).toPromise();
  signedOut();
}

let leaving = false;

function signedOut(): void {
  // Once: signing out closes this session's socket (4401), whose listener may get here before the logout
  // answers; a second navigation would cut into whatever the page does next.
  if (leaving) return;
  leaving = true;
  clearViewer();
  // A new person may sign in next: nothing of the last one stays in the cache.
  location.assign("/login");
}

onUnauthenticated(() => {
  if (viewer.value) signedOut();
});

function Nav() {
  const open = useSignal(false);
  const me = viewer.value;
  useEffect(() => { open.value = false; }, [path.value]);
  if (!me) return <header class="top"><a href="/" class="brand">AfterResume</a></header>;
  const link = (href: string, label: string) => {
    const current = href === "/" ? path.value === "/" || path.value.startsWith("/entries/") : path.value.startsWith(href);
    return <li><a href={href} aria-current={current ? "page" : undefined}>{label}</a></li>;
  };
  return (
    <header class="top">
      <a href="/" class="brand">AfterResume</a>
      <button type="button" class="menu-toggle secondary" aria-expanded={open.value} aria-controls="main-nav" onClick={() => { open.value = !open.value; }}>
        Menu
      </button>
      <nav id="main-nav" aria-label="Main" class={open.value ? "open" : ""}>
        <ul>
          {link("/", "Work log")}
          {link("/reports", "Reports")}
          {link("/jobs", "Jobs")}
          {link("/transfer", "Import/export")}
          {link("/billing", "Billing")}
          {me.isStaff && link("/admin/", "Admin")}
          <li class="spacer" aria-hidden="true" />
          {link("/account", me.username)}
          <li><button type="button" class="link" onClick={() => void logout()}>Sign out</button></li>
        </ul>
      </nav>
      <button type="button" class="add-entry" onClick={() => { quickAddOpen.value = true; }} aria-keyshortcuts="n Control+K Meta+K">
        + Entry
      </button>
    </header>
  );
}

const ADMIN_LINKS: [string, string][] = [["/admin/passkeys", "Invites"], ["/admin/users", "Users"], ["/admin/billing", "Billing"], ["/admin/jobs", "Jobs"], ["/admin/audit", "Audit log"], ["/admin/metrics", "Metrics"], ["/admin/health", "Health"]];

function AdminNav() {
  return (
    <nav class="subnav" aria-label="Admin">
      {ADMIN_LINKS.map(([href, label]) => <a key={href} href={href} aria-current={path.value === href ? "page" : undefined}>{label}</a>)}
    </nav>
  );
}

function resolve(current: string): { route: Route; params: Record<string, string> } | null {
  if (current === "/admin" || current === "/admin/") return { route: routes.find((r) => r.pattern === "/admin/passkeys")!, params: {} };
  for (const route of routes) {
    const params = matchPath(route.pattern, current);
    if (params) return { route, params };
  }
  return null;
}

export function App() {
  const me = viewer.value;
  const found = resolve(path.value);
  const redirect = !found ? null
    : found.route.access === "anonymous" && me ? "/"
    : found.route.access !== "anonymous" && !me ? `/login${path.value === "/" ? "" : `?next=${encodeURIComponent(path.value + location.search)}`}`
    : null;
  useEffect(() => { if (redirect) navigate(redirect, { replace: true }); }, [redirect]);
  useEffect(() => { document.title = found ? `${found.route.title} · AfterResume` : "Not found · AfterResume"; }, [found?.route]);
  useEffect(() => {
    if (!me) return;
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable], dialog");
      if ((event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        quickAddOpen.value = true;
      } else if (event.key === "n" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        quickAddOpen.value = true;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [me?.id]);

  let body;
  if (!found) body = <main><h1>Not found</h1><p><a href="/">Back to the work log</a></p></main>;
  else if (redirect) body = null;
  else if (found.route.access === "staff" && !me?.isStaff) body = <main><h1>Staff only</h1><p>This page is for staff.</p></main>;
  else {
    const View = found.route.view;
    body = found.route.access === "staff"
      ? <main class="wide"><AdminNav /><View {...found.params} /></main>
      : <View {...found.params} />;
  }
  return (
    <>
      <a class="skip" href="#content">Skip to content</a>
      <MaintenanceNotice />
      <Nav />
      {me && <StatusBar />}
      <div id="content" tabIndex={-1}>{body}</div>
      {me && <QuickAdd />}
      <Toasts />
    </>
  );
}
