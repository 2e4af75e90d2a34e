// Hash routes (#/path) so the SPA works from any static host without rewrites.
export type View = (root: HTMLElement, params: URLSearchParams) => Promise<void> | void;

interface Route {
  path: string;
  view: View;
  auth: "anonymous" | "user" | "staff";
}

const routes: Route[] = [];

export function route(path: string, view: View, auth: Route["auth"] = "user"): void {
  routes.push({ path, view, auth });
}

export function currentPath(): { path: string; params: URLSearchParams } {
  const [path, query = ""] = (location.hash.replace(/^#/, "") || "/").split("?");
  return { path, params: new URLSearchParams(query) };
}

export function navigate(path: string): void {
  if (location.hash === `#${path}`) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = path;
}

export function match(path: string): Route | undefined {
  return routes.find((r) => r.path === path);
}
