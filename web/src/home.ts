import { currentViewer } from "./session";
import { h, mount } from "./ui";

export function homeView(root: HTMLElement): void {
  const viewer = currentViewer()!;
  mount(root,
    h("section", { class: "card" },
      h("h1", {}, `Welcome, ${viewer.fullName || viewer.username}`),
      h("p", { class: "muted" }, `Workspace: ${viewer.tenant?.name ?? "—"}`)));
}
