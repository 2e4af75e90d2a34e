// Who is signed in: one signal, filled from `me` at start and after sign-in / sign-out.
import { signal } from "@preact/signals";
import { client } from "../app/client";
import { graphql } from "../gql";
import type { ViewerQuery } from "../gql/graphql";

export type Viewer = NonNullable<ViewerQuery["me"]>;

export const ViewerOp = graphql(`
  query Viewer {
    me { id username email fullName isStaff isSuperuser tenant { id name } }
  }
`);

export const viewer = signal<Viewer | null>(null);
export const viewerLoaded = signal(false);

export async function refreshViewer(): Promise<Viewer | null> {
  const result = await client.query(ViewerOp, {}, { requestPolicy: "network-only" }).toPromise();
  viewer.value = result.data?.me ?? null;
  viewerLoaded.value = true;
  return viewer.value;
}

export function clearViewer(): void {
  viewer.value = null;
}
