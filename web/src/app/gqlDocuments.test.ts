import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { gqlDocuments, readGenerated } from "../../gqlDocuments";

type Hook = (this: unknown, ...args: string[]) => { code: string } | string | null;
// Spelled apart, or the plugin under test would rewrite this file too.
const CALL = "graphql" + "(`";
const plugin = gqlDocuments("./src/gql");
const transform = (code: string, id: string) => (plugin.transform as unknown as Hook).call(null, code, id) as { code: string } | null;
const load = (id: string) => (plugin.load as unknown as Hook).call(null, id) as { code: string };

describe("each graphql() call imports only its own document", () => {
  it("replaces the call, keeps the line count, and the module holds that one operation", () => {
    const source = readFileSync("src/auth/session.ts", "utf8");
    const out = transform(source, resolve("src/auth/session.ts"))!;
    expect(out.code).not.toContain(CALL);
    expect(out.code.startsWith('import __gqlDocument0 from "virtual:gql-document/ViewerDocument";')).toBe(true);
    expect(out.code.split("\n").length).toBe(source.split("\n").length);
    const document = JSON.parse(load("\0virtual:gql-document/ViewerDocument").code.replace(/^export default (.*);\n$/s, "$1"));
    expect(document.definitions.map((d: { name: { value: string } }) => d.name.value)).toEqual(["Viewer"]);
  });

  it("knows every operation the preset generated", () => {
    const { byName, bySource } = readGenerated("./src/gql");
    for (const name of bySource.values()) expect(byName.has(name), name).toBe(true);
    expect(bySource.size).toBeGreaterThan(50);
  });

  it("fails the build on an operation codegen has not seen", () => {
    expect(() => transform(`const Op = ${CALL}\n  query Unknown { me { id } }\n\`);`, resolve("src/a.ts"))).toThrow(/Unknown.*npm run codegen/);
  });

  it("leaves files without a call, and files outside src/, alone", () => {
    expect(transform("export const x = 1;", resolve("src/a.ts"))).toBeNull();
    expect(transform(readFileSync("src/auth/session.ts", "utf8"), resolve("other/session.ts"))).toBeNull();
  });
});
