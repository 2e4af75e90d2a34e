// History routing: the location as signals, so a view re-renders only what depends on the part that changed.
import { computed, signal } from "@preact/signals";

export const path = signal(location.pathname);
export const search = signal(location.search);
export const query = computed(() => new URLSearchParams(search.value));

function sync(): void {
  path.value = location.pathname;
  search.value = location.search;
}

window.addEventListener("popstate", sync);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  sync();
  if (!options.replace) window.scrollTo(0, 0);
}

/** Replaces the query string with `params`, dropping empty values (filters live in the URL). */
export function setQuery(params: Record<string, string | null | undefined>): void {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) next.set(key, value);
  const text = next.toString();
  navigate(`${location.pathname}${text ? `?${text}` : ""}`, { replace: true });
}

/** Same-origin link clicks go through the router instead of reloading the page. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a");
    if (!link || link.target || link.hasAttribute("download") || link.origin !== location.origin) return;
    if (link.pathname.startsWith("/api/") || link.pathname.startsWith("/graphql")) return;
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
}

/** `/entries/:id` style matching; returns the named parts or null. */
export function matchPath(pattern: string, actual: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = actual.replace(/\/+$/, "").split("/");
  if (actual === "/") got.splice(0, got.length, "", "");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}
