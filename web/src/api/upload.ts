// GraphQL multipart request (the spec Strawberry implements) for file uploads.
import { ApiError } from "./client";

export async function gqlUpload<T>(query: string, variables: Record<string, unknown>, fileVar: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { ...variables, [fileVar]: null } }));
  form.append("map", JSON.stringify({ 0: [`variables.${fileVar}`] }));
  form.append("0", file, file.name);
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    // A non-simple request: browsers preflight it cross-origin, which blocks CSRF uploads.
    headers: { "x-requested-with": "afterresume" },
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!response.ok && !body.data) throw new ApiError(body.errors?.[0]?.message ?? `Upload failed (${response.status}).`, "UPLOAD_FAILED");
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code ?? "INTERNAL");
  return body.data as T;
}
