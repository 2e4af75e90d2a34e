// Every error code the API returns, with the sentence a person reads. The one place messages live.
import type { CombinedError } from "@urql/core";
import type { ErrorCode } from "../gql/graphql";

/** Top-level codes (`extensions.code`) and failures seen before the API answers; not in the schema's ErrorCode. */
export type RequestCode =
  | "UNAUTHENTICATED" | "FORBIDDEN" | "INTERNAL" | "NETWORK" | "BAD_REQUEST" | "GRAPHQL_VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE";

export type Code = ErrorCode | RequestCode;

const REQUEST_MESSAGES: Record<RequestCode, string> = {
  UNAUTHENTICATED: "Please sign in again.",
  FORBIDDEN: "You are not allowed to do that.",
  INTERNAL: "Something went wrong on our side; try again in a moment.",
  NETWORK: "Cannot reach the server; check your connection.",
  BAD_REQUEST: "The request was not understood.",
  GRAPHQL_VALIDATION_FAILED: "The app is out of date; reload the page.",
  PAYLOAD_TOO_LARGE: "That is too large to send.",
};

// Exhaustive: the build fails when the schema's ErrorCode gains a code this map lacks (or loses one it has).
const USER_ERROR_MESSAGES: Record<ErrorCode, string> = {
  RATE_LIMITED: "Too many attempts; wait a minute and try again.",
  SERVICE_UNAVAILABLE: "This is briefly unavailable; try again in a minute.",
  NOT_FOUND: "It no longer exists.",
  INVALID_ID: "That link is not valid.",
  INVALID_TEXT: "Remove the control characters from this text.",
  DATE_OUT_OF_RANGE: "Use a date between 1900 and 2100.",
  INVALID_CURSOR: "The list changed; reload it.",
  INVALID_PAGE_SIZE: "Too many rows asked for at once.",
  // sign-in, sign-up, passwords
  INVALID_CREDENTIALS: "Username or password is incorrect.",
  ACCOUNT_DISABLED: "This account is disabled; ask an administrator.",
  PASSKEY_INVALID: "That invite passkey is not valid.",
  PASSKEY_USED: "That invite passkey has already been used.",
  PASSKEY_EXPIRED: "That invite passkey has expired; ask for a new one.",
  PASSKEY_REVOKED: "That invite passkey was revoked; ask for a new one.",
  PASSKEY_NOT_ACTIVE: "That invite is no longer active.",
  USERNAME_TAKEN: "That username is taken.",
  EMAIL_TAKEN: "An account with that email exists already.",
  INVALID_USERNAME: "Usernames are 3–150 letters, digits and . _ - only.",
  INVALID_EMAIL: "That email address does not look right.",
  INVALID_NAME: "Give it a name (up to 100 characters).",
  PASSWORD_TOO_SHORT: "Passwords need at least 10 characters.",
  PASSWORD_TOO_LONG: "That password is too long.",
  PASSWORD_TOO_COMMON: "That password is too common; pick another.",
  PASSWORD_TOO_SIMILAR: "That password is too close to your username or email.",
  PASSWORD_UNCHANGED: "The new password is the same as the old one.",
  INVALID_SESSION_ID: "That session is not one of yours.",
  // sessions and API tokens
  SESSION_REQUIRED: "Create API tokens from the app while signed in, not with another token.",
  TOO_MANY_TOKENS: "You have 20 API tokens already; revoke one you no longer use first.",
  // admin
  CANNOT_DISABLE_SELF: "You cannot disable your own account.",
  CANNOT_DEMOTE_SELF: "You cannot remove your own staff role.",
  SUPERUSER_REQUIRED: "Only a superuser can do that.",
  INSUFFICIENT_PRIVILEGE: "You can only manage users with less privilege than your own.",
  LAST_SUPERUSER: "This is the last active superuser; promote another one first.",
  ALREADY_IN_TENANT: "The user is already in that tenant.",
  INVALID_EXPIRY: "Expiry must be between 1 and 365 days.",
  NOTES_TOO_LONG: "Notes are too long.",
  INVALID_STATUS: "Unknown status.",
  INVALID_SORT: "Unknown sort order.",
  INVALID_FILTER: "That filter is not valid.",
  // work log
  CONTENT_REQUIRED: "Write what you did.",
  CONTENT_TOO_LONG: "The entry is too long.",
  INVALID_CONTENT: "The entry contains characters that cannot be stored.",
  INVALID_DATE: "That date is not valid.",
  DATE_IN_FUTURE: "Entries cannot be dated in the future.",
  INVALID_DATE_RANGE: "The start date is after the end date.",
  DATE_RANGE_TOO_LONG: "Pick a shorter date range.",
  INVALID_METADATA: "Employer, project or outcome is not valid.",
  INVALID_TAG: "Tags are short words without commas.",
  TOO_MANY_TAGS: "Too many tags on one entry.",
  INVALID_SOURCE: "Unknown entry source.",
  INVALID_SEARCH: "That search cannot be understood.",
  SEARCH_TOO_LONG: "The search is too long.",
  INVALID_FORMAT: "Unknown file format.",
  INVALID_IMPORT: "The file is not a work log export.",
  INVALID_ROW: "A row of the file is not valid; nothing was imported.",
  IMPORT_TOO_LARGE: "Import files are limited to 10 MB.",
  INVALID_TIMESTAMP: "A timestamp in the file is not valid.",
  NOT_A_GIT_REPOSITORY: "That folder is not a git repository.",
  AUTHOR_REQUIRED: "Name the author whose commits to import.",
  GIT_MISSING: "git is not installed on the server.",
  GIT_FAILED: "git could not read the repository.",
  // evidence
  FILE_REQUIRED: "Choose a file.",
  FILE_EMPTY: "That file is empty.",
  FILE_TOO_LARGE: "Files are limited to 10 MB.",
  FILE_TYPE_REFUSED: "That kind of file cannot be attached.",
  FILE_TYPE_MISMATCH: "The file's content does not match its name.",
  INVALID_FILENAME: "That file name cannot be used.",
  TOO_MANY_FILES: "This entry has as many files as it can hold.",
  // billing
  BILLING_NOT_CONFIGURED: "Payments are not set up on this server.",
  PAYMENT_PROVIDER_ERROR: "The payment provider did not answer; try again.",
  INVALID_AMOUNT: "Enter an amount in dollars and cents.",
  AMOUNT_TOO_SMALL: "That amount is too small.",
  AMOUNT_TOO_LARGE: "That amount is too large.",
  REASON_REQUIRED: "Give a reason.",
  REASON_TOO_LONG: "The reason is too long.",
  INSUFFICIENT_BALANCE: "The balance is too low for that.",
  BALANCE_LIMIT_EXCEEDED: "That would take the balance past its limit.",
  CURRENCY_MISMATCH: "That account uses another currency.",
  IDEMPOTENCY_KEY_REUSED: "That request was already sent with different details.",
  INVALID_IDEMPOTENCY_KEY: "The request key is not valid; reload and retry.",
  JOB_TOO_EXPENSIVE_FOR_POLICY: "This would cost more than the balance allows under the current policy.",
  INVALID_ENTRY_TYPE: "Unknown kind of ledger entry.",
  HOLD_EXISTS: "This job already holds part of the balance.",
  HOLD_NOT_OPEN: "This job's hold is already settled.",
  UNKNOWN_TENANT: "No tenant has that id.",
  UNKNOWN_PLAN: "No subscription has had that plan.",
  UNKNOWN_METRIC: "Unknown metric.",
  INVALID_INTERVAL: "Pick a day, week or month interval.",
  NO_ENTRIES: "There are no entries in this period to report on. Nothing was charged.",
  NOTHING_TO_REPORT: "These entries gave nothing to report: lines of one or two words make no statement, and STAR stories need an outcome that says what changed. Nothing was charged.",
  JOB_ALREADY_FINISHED: "This job has already finished.",
  JOB_CANCEL_PENDING: "Cancelling: the job stops at its next step.",
  USER_HAS_UNFINISHED_JOBS: "This user has jobs queued or running. Wait for them to finish or cancel them, then move the user.",
  PROVIDER_UNAVAILABLE: "The text generator is unavailable right now. Nothing was charged; try again later.",
  PROVIDER_RATE_LIMITED: "The text generator is busy. Nothing was charged; try again in a few minutes.",
  PROVIDER_REFUSED: "The text generator could not produce a usable report from these entries. Nothing was charged.",
  PROVIDER_MISCONFIGURED: "Report generation is not set up on this server. Ask an administrator.",
  INVALID_AFTER_SEQ: "Could not resume following this job; reload the page.",
  PASSWORD_RESET_INVALID: "This reset link is not valid. Ask for a new one.",
  PASSWORD_RESET_USED: "This reset link was used already. Ask for a new one.",
  PASSWORD_RESET_EXPIRED: "This reset link has expired. Ask for a new one.",
  LOCKDOWN: "AfterResume is closed for maintenance; sign-in is paused. Please try again later.",
  LOCKDOWN_ALLOW_INVALID: "That user is not an active superuser.",
  LOCKDOWN_MESSAGE_TOO_LONG: "The maintenance message is too long.",
  EMPLOYER_REQUIRED: "Enter the employer.",
  EMPLOYER_TOO_LONG: "Shorten the employer's name to 200 characters.",
  TITLE_TOO_LONG: "Shorten the title to 200 characters.",
  TOO_MANY_POSITIONS: "Your employment history already has 100 positions.",
  TOO_MANY_TERMS: "Keep at most 200 confidential terms.",
  TERM_REQUIRED: "Remove the empty confidential term.",
  TERM_TOO_LONG: "Shorten each confidential term to 100 characters.",
  REPORT_NOT_READY: "This report is not finished yet.",
  STATEMENT_REQUIRED: "Enter the statement's text.",
  STATEMENT_TOO_LONG: "Shorten the statement to 1 000 characters.",
  INVALID_POSITION: "That position is outside the section.",
  INVALID_SHARE_EXPIRY: "Choose a link lifetime from 1 to 90 days.",
  SHARE_ALREADY_REVOKED: "This link was already revoked.",
  TOO_MANY_SHARES: "This report already has 20 live links; revoke one first.",
};

export const MESSAGES: Record<Code, string> = { ...REQUEST_MESSAGES, ...USER_ERROR_MESSAGES };

/** Where one code means something else on a particular field: "CODE:field". */
export const FIELD_MESSAGES: Record<string, string> = {
  "INVALID_CREDENTIALS:oldPassword": "Your current password is incorrect.",
  "INVALID_AMOUNT:amountCents": "Enter an amount in dollars and cents, not zero.",
  "INVALID_EXPIRY:expiresDays": "A token expires in 1 to 365 days, or never.",
  "INVALID_NAME:name": "Name the token in 1 to 100 characters.",
  "INVALID_DATE:start": "Enter the date the position started.",
  "INVALID_DATE_RANGE:end": "A position cannot end before it starts.",
};

/** The sentence for a code; the server's own message when the code is new to this app. */
export function messageFor(code: string | null | undefined, fallback?: string | null, field?: string | null): string {
  if (code && field && FIELD_MESSAGES[`${code}:${field}`]) return FIELD_MESSAGES[`${code}:${field}`];
  const known = code && Object.hasOwn(MESSAGES, code) ? MESSAGES[code as Code] : null;
  return known || fallback || MESSAGES.INTERNAL;
}

export interface UserErrorLike {
  field?: string | null;
  message: string;
  code: Code;
}

/** A request's failure as one sentence: network, top-level GraphQL error, or nothing. */
export function messageOfError(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  if (error.networkError) {
    return error.response?.status === 429 ? MESSAGES.RATE_LIMITED : error.response?.status === 413 ? MESSAGES.PAYLOAD_TOO_LARGE : MESSAGES.NETWORK;
  }
  const ext = error.graphQLErrors[0]?.extensions ?? {};
  // A query refused by a rule answers BAD_REQUEST with the rule's code as `reason`.
  const code = (ext.code === "BAD_REQUEST" && ext.reason ? ext.reason : ext.code) as string | undefined;
  return messageFor(code, null);
}
