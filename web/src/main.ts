import "./styles.css";
import { ApiError, gql, onUnauthenticated } from "./api/client";
import { accountView } from "./account/views";
import { auditView, passkeysView, usersView } from "./admin/views";
import { loginView, signupView } from "./auth/views";
import { currentPath, match, navigate, route } from "./router";
import { clearViewer, currentViewer, refreshViewer } from "./session";
import { h, mount, toast } from "./ui";
import { billingAdminView, reserveView } from "./billing/views";
import { worklogsView } from "./worklogs/views";

route("/login", loginView, "anonymous");
route("/signup", signupView, "anonymous");
route("/", worklogsView);
route("/reserve", reserveView);
route("/account", accountView);
route("/admin/passkeys", passkeysView, "staff");
route("/admin/users", usersView, "staff");
route("/admin/audit", auditView, "staff");
route("/admin/billing", billingAdminView, "staff");

const app = document.getElementById("app")!;

function header(): HTMLElement {
  const viewer = currentViewer();
  const nav = viewer
    ? h("nav", { class: "main", "aria-label": "Main" },
        h("a", { href: "#/" }, "Work log"),
        h("a", { href: "#/reserve" }, "Reserve"),
        viewer.isStaff ? h("a", { href: "#/admin/passkeys" }, "Admin") : null,
        h("span", { class: "spacer" }),
        h("a", { href: "#/account", class: "who" }, viewer.username),
        h("button", { type: "button", class: "link", onclick: logout }, "Log out"))
    : h("nav", { class: "main" }, h("span", { class: "spacer" }), h("a", { href: "#/login" }, "Log in"));
  return h("header", { class: "top" }, h("a", { href: "#/", class: "brand" }, "AfterResume"), nav);
}

async function logout(): Promise<void> {
  await gql("mutation { logout { ok } }").catch(() => undefined);
  clearViewer();
  navigate("/login");
}

async function render(): Promise<void> {
  const { path, params } = currentPath();
  const target = match(path);
  const viewer = currentViewer();
  if (!target) return mount(app, header(), h("main", {}, h("h1", {}, "Not found"), h("a", { href: "#/" }, "Back home")));
  if (target.auth !== "anonymous" && !viewer) return navigate("/login");
  if (target.auth === "anonymous" && viewer) return navigate("/");
  if (target.auth === "staff" && !viewer?.isStaff) return mount(app, header(), h("main", {}, h("h1", {}, "Staff only")));
  const main = h("main");
  mount(app, header(), main);
  try {
    await target.view(main, params);
  } catch (error) {
    showFailure(error);
  }
}

function showFailure(error: unknown): void {
  const message = error instanceof ApiError ? error.message : "Something went wrong; try again.";
  toast(message, "error");
}

onUnauthenticated(() => { clearViewer(); navigate("/login"); });
window.addEventListener("hashchange", () => void render());
window.addEventListener("unhandledrejection", (event) => { event.preventDefault(); showFailure(event.reason); });

refreshViewer().catch(() => null).then(() => render());
