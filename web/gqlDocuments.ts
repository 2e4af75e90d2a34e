// Two kinds of modules for the SPA's build:
// - Each graphql(`…`) call becomes an import of its own module holding only that operation's generated
// document, so a page's chunk carries the documents it uses and the first chunk only the start's.
// (The client preset's map in src/gql/gql.ts holds every document, and its babel plugin imports them
// all from the one module src/gql/graphql.ts, which Rollup cannot split: every document of every page
// ended up in the first chunk.)
// - "virtual:gql-request/<Name>Document" is the text of that operation exactly as the client sends it
//   (with graphcache's __typename fields), so the first requests can start before the client is loaded.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { formatDocument, stringifyDocument } from "@urql/core";
import type { DocumentNode } from "graphql";
import type { Plugin } from "vite";

const PREFIX = "virtual:gql-document/";
const REQUEST = "virtual:gql-request/";
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

type Generated = { byName: Map<string, string>; bySource: Map<string, string> };

/** The generated map from an operation's source text to its document's name, and each document. */
export function readGenerated(dir: string): Generated {
  const byName = new Map<string, string>();
  for (const m of readFileSync(resolve(dir, "graphql.ts"), "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    byName.set(m[1], m[2]);
  }
  const bySource = new Map<string, string>();
  for (const m of readFileSync(resolve(dir, "gql.ts"), "utf8").matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    bySource.set(JSON.parse(m[1]) as string, m[2]);
  }
  if (byName.size === 0 || bySource.size === 0) throw new Error(`no generated documents in ${dir}: run npm run codegen`);
  return { byName, bySource };
}

export function gqlDocuments(generatedDir: string): Plugin {
  const dir = resolve(generatedDir);
  // The sources whose operations codegen reads: the generated directory's parent (src/), not itself.
  const sources = resolve(dir, "..") + "/";
  let cached: { stamp: string; generated: Generated } | null = null;
  const generated = (): Generated => {
    const stamp = ["gql.ts", "graphql.ts"].map((f) => statSync(resolve(dir, f)).mtimeMs).join();
    if (cached?.stamp !== stamp) cached = { stamp, generated: readGenerated(dir) };
    return cached.generated;
  };
  return {
    name: "gql-documents",
    enforce: "pre",
    resolveId: (id) => (id.startsWith(PREFIX) || id.startsWith(REQUEST) ? `\0${id}` : null),
    load(id) {
      const prefix = [PREFIX, REQUEST].find((p) => id.startsWith(`\0${p}`));
      if (prefix === undefined) return null;
      const name = id.slice(prefix.length + 1);
      const document = generated().byName.get(name);
      if (document === undefined) throw new Error(`no generated document ${name}: run npm run codegen`);
      if (prefix === PREFIX) return { code: `export default ${document};\n`, map: null };
      const text = stringifyDocument(formatDocument(JSON.parse(document) as DocumentNode));
      return { code: `export default ${JSON.stringify(text)};\n`, map: null };
    },
    transform(code, id) {
      const file = id.split("?")[0];
      if (!/\.tsx?$/.test(file) || !file.startsWith(sources) || file.startsWith(`${dir}/`) || !code.includes("graphql(`")) return null;
      const { bySource } = generated();
      const imports: string[] = [];
      const out = code.replace(CALL, (call: string, source: string) => {
        const name = bySource.get(source);
        if (name === undefined) throw new Error(`${file}: ${source.trim().split("\n")[0]} is not in src/gql: run npm run codegen`);
        imports.push(`import __gqlDocument${imports.length} from "${PREFIX}${name}";`);
        // Same line count, so the module's lines still map to themselves.
        return `__gqlDocument${imports.length - 1}` + "\n".repeat(call.split("\n").length - 1);
      });
      return imports.length === 0 ? null : { code: imports.join(" ") + out, map: null };
    },
  };
}
