import preact from "@preact/preset-vite";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { gqlDocuments } from "./gqlDocuments";

// The entry (src/main.tsx) imports the app (src/start.tsx) once it has sent the first requests; the
// page fetches the app's chunk alongside the entry instead of after it.
function preloadApp(): Plugin {
  return {
    name: "preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find((c) => c.type === "chunk" && c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith("/src/start.tsx")));
        if (!app) throw new Error("no chunk for src/start.tsx");
        return [{ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `/${app.fileName}` }, injectTo: "head" }];
      },
    },
  };
}

// `npm run dev` proxies the API of a running `make run` on :8000.
export default defineConfig({
  plugins: [
    // Each graphql(`…`) call imports only its own generated document (see gqlDocuments.ts).
    gqlDocuments("./src/gql"),
    preact(),
    preloadApp(),
  ],
  build: { outDir: "dist", assetsDir: "assets", sourcemap: true, target: "es2022", modulePreload: { polyfill: false } },
  server: {
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8000", ws: true },
      "/api": "http://127.0.0.1:8000",
    },
  },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
