// Generates TypeScript types from schema.graphql so the SPA is written against the contract.
// usage: node scripts/gen-types.mjs <schema.graphql> <out.ts>
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  buildSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
} from "graphql";

const [, , schemaPath, outPath] = process.argv;
const schema = buildSchema(readFileSync(schemaPath, "utf8"));
const SCALARS = { ID: "string", String: "string", Int: "number", Float: "number", Boolean: "boolean",
  DateTime: "string", Date: "string", JSON: "unknown", Upload: "File", BigInt: "number" };

function ts(type) {
  if (isNonNullType(type)) return inner(type.ofType);
  return `${inner(type)} | null`;
}
function inner(type) {
  if (isListType(type)) return `Array<${ts(type.ofType)}>`;
  if (isScalarType(type)) return SCALARS[type.name] ?? "unknown";
  return type.name;
}

const out = ["// Generated from schema.graphql by scripts/gen-types.mjs. Do not edit.", ""];
for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
  if (type.name.startsWith("__")) continue;
  if (isEnumType(type)) {
    out.push(`export type ${type.name} = ${type.getValues().map((v) => JSON.stringify(v.name)).join(" | ")};`, "");
  } else if (isObjectType(type) || isInputObjectType(type)) {
    out.push(`export interface ${type.name} {`);
    for (const field of Object.values(type.getFields())) {
      const optional = isInputObjectType(type) && (!isNonNullType(field.type) || field.defaultValue !== undefined);
      out.push(`  ${field.name}${optional ? "?" : ""}: ${ts(field.type)};`);
    }
    out.push("}", "");
  }
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, out.join("\n"));
console.log(`wrote ${outPath}`);
