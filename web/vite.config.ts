import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

// `npm run dev` proxies the API of a running `make run` on :8000.
export default defineConfig({
  plugins: [
    preact({
      // Replaces each graphql(`…`) call with an import of its generated document, so the bundle does not
      // carry the map of every operation.
      babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }]] },
    }),
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
