// Pure helpers of the report screen: what an edit sends, how a share link stands, where a download points.
import type { ReportFormat } from "../gql/graphql";

/** The most a statement may say (the server's limit, after white space is collapsed). */
export const MAX_STATEMENT_CHARS = 1000;

/** A statement is one paragraph: runs of white space (line breaks too) become one space, as the server keeps it. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A statement's text cut for a button's accessible name. */
export function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

export type ShareState = "active" | "expired" | "revoked";

export function shareState(share: { expiresAt: string; revokedAt?: string | null }, now = Date.now()): ShareState {
  if (share.revokedAt) return "revoked";
  return new Date(share.expiresAt).getTime() <= now ? "expired" : "active";
}

/** A signed download link on this site's own origin: the API is served beside the app under /api/, so the
 * path and query are enough, whatever PUBLIC_URL says. */
export function sameOrigin(url: string): string {
  const parsed = new URL(url, location.href);
  return parsed.pathname + parsed.search;
}

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  PDF: "PDF",
  DOCX: "Word (DOCX)",
  HTML: "Web page (HTML)",
  MARKDOWN: "Markdown",
  TEXT: "Plain text (for applicant-tracking systems)",
  JSON_RESUME: "JSON Resume",
};

const ORDER: ReportFormat[] = ["PDF", "DOCX", "HTML", "MARKDOWN", "TEXT", "JSON_RESUME"];

/** The renditions to offer, with or without citations, in a fixed order (documents people send first). */
export function offered<F extends { format: ReportFormat; includeCitations: boolean }>(formats: readonly F[], cited: boolean): F[] {
  return formats.filter((f) => f.includeCitations === cited).sort((a, b) => ORDER.indexOf(a.format) - ORDER.indexOf(b.format));
}
