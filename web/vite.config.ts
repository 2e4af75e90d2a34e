import { defineConfig } from "vite";

// `npm run dev` proxies the API of a running `make run` on :8000.
export default defineConfig({
  build: { outDir: "dist", assetsDir: "assets", sourcemap: true, target: "es2022" },
  server: {
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8000", ws: true },
      "/api": "http://127.0.0.1:8000",
    },
  },
});
