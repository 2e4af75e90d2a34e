// Modules web/gqlDocuments.ts provides at build time.
declare module "virtual:gql-request/*" {
  /** The operation's text exactly as the client sends it. */
  const query: string;
  export default query;
}

declare module "virtual:gql-document/*" {
  /** One generated document, as the graphql() call for it returns. */
  const document: import("@urql/core").TypedDocumentNode;
  export default document;
}
