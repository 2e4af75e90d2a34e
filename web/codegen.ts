// Typed operations from the committed schema. `npm run codegen` writes src/gql; the build fails when an
// operation does not validate against ../schema.graphql, and CI fails when src/gql is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { gqlTagName: "graphql", fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true },
        defaultScalarType: "unknown",
        scalars: { Date: "string", DateTime: "string", JSON: "unknown", BigInt: "number", Upload: "File" },
      },
    },
  },
};

export default config;
