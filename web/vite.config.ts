import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { gqlDocuments } from "./gqlDocuments";

// `npm run dev` proxies the API of a running `make run` on :8000.
export default defineConfig({
  plugins: [
    // Each graphql(`…`) call imports only its own generated document (see gqlDocuments.ts).
    gqlDocuments("./src/gql"),
    preact(),
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
