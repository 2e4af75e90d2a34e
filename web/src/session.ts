// Who is logged in; refreshed from `me` on start and after login/logout.
import { gql } from "./api/client";
import type { User } from "./generated/schema";

export type Viewer = Pick<User, "id" | "username" | "email" | "fullName" | "isStaff" | "isSuperuser"> & {
  tenant: { id: string; name: string } | null;
};

let viewer: Viewer | null = null;

export function currentViewer(): Viewer | null {
  return viewer;
}

export async function refreshViewer(): Promise<Viewer | null> {
  const data = await gql<{ me: Viewer | null }>(
    "{ me { id username email fullName isStaff isSuperuser tenant { id name } } }",
  );
  viewer = data.me;
  return viewer;
}

export function clearViewer(): void {
  viewer = null;
}
