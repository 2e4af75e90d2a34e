"""Every code a ServiceError may carry, as the schema's `ErrorCode` enum.

A `UserError.code` and a query's `BAD_REQUEST` `extensions.reason` are one of these. Each value's description
starts with its domain (the heading it has in docs/errors.md). A service raising a code missing here fails
loudly: `ErrorCode(code)` raises, and tests/graphql/test_error_codes.py scans the source for literal codes.
"""

from __future__ import annotations

import enum
from typing import cast

import strawberry
from strawberry.types.enum import StrawberryEnumDefinition


def _code(value: str, domain: str, meaning: str) -> str:
    # strawberry.enum swaps each definition for its value, so a member's value is the code string.
    return cast(str, strawberry.enum_value(value, description=f"{domain}: {meaning}"))


REQUESTS, ACCOUNTS, INVITATIONS, STAFF = "Requests", "Accounts", "Invitations", "Staff"
WORK_LOG, IMPORTS, EVIDENCE, BILLING = "Work log", "Imports", "Evidence", "Billing"
METRICS = "Metrics"
JOBS = "Jobs and reports"
RECOVERY = "Recovery"
PROFILE = "Profile"
REPORTS = "Reports"


@strawberry.enum(
    description=(
        "Why a request was refused: a UserError's code, and a query error's extensions.reason. "
        "Values are stable; new ones may be added."
    )
)
class ErrorCode(enum.Enum):
    # Requests: any field, any domain
    NOT_FOUND = _code("NOT_FOUND", REQUESTS, "The object does not exist, or is not the caller's to see.")
    INVALID_TEXT = _code(
        "INVALID_TEXT", REQUESTS, "Text with control characters (only multi-line fields keep tab, LF and CR)."
    )
    INVALID_ID = _code("INVALID_ID", REQUESTS, "An ID argument is not a valid ID.")
    INVALID_CURSOR = _code("INVALID_CURSOR", REQUESTS, "The `after` cursor does not belong to this list.")
    INVALID_PAGE_SIZE = _code("INVALID_PAGE_SIZE", REQUESTS, "`first` is outside the allowed page size.")
    INVALID_FILTER = _code("INVALID_FILTER", REQUESTS, "A list filter's value is not allowed.")
    INVALID_SORT = _code("INVALID_SORT", REQUESTS, "A list's sort order is unknown.")
    INVALID_STATUS = _code("INVALID_STATUS", REQUESTS, "A status filter is unknown.")
    INVALID_DATE = _code(
        "INVALID_DATE", REQUESTS, "A date is not a calendar date (YYYY-MM-DD), or too far in the past."
    )
    DATE_OUT_OF_RANGE = _code("DATE_OUT_OF_RANGE", REQUESTS, "A date or time outside 1900-01-01 … 2100-12-31.")
    INVALID_DATE_RANGE = _code("INVALID_DATE_RANGE", REQUESTS, "A range's start is after its end.")
    DATE_RANGE_TOO_LONG = _code(
        "DATE_RANGE_TOO_LONG", REQUESTS, "A date range spans more days than one request may ask for."
    )
    INVALID_FORMAT = _code("INVALID_FORMAT", REQUESTS, "A file format this operation does not read or write.")
    INVALID_EXPIRY = _code(
        "INVALID_EXPIRY",
        REQUESTS,
        (
            "An expiry outside what is allowed: a passkey's or API token's days outside 1-365, or a credit's expiry in the past "
            "or on a movement that cannot expire."
        ),
    )
    RATE_LIMITED = _code(
        "RATE_LIMITED", REQUESTS, "Too many attempts from this address or for this account; wait and retry."
    )
    SERVICE_UNAVAILABLE = _code(
        "SERVICE_UNAVAILABLE", REQUESTS, "The cache that counts attempts cannot be reached; retry shortly."
    )

    # Accounts: sign-up, sign-in, passwords
    INVALID_CREDENTIALS = _code(
        "INVALID_CREDENTIALS", ACCOUNTS, "Username or password (or the current password) is incorrect."
    )
    ACCOUNT_DISABLED = _code("ACCOUNT_DISABLED", ACCOUNTS, "The account is disabled by staff.")
    INVALID_USERNAME = _code("INVALID_USERNAME", ACCOUNTS, "A username must be 3-150 letters, digits, '.', '_' or '-'.")
    INVALID_EMAIL = _code("INVALID_EMAIL", ACCOUNTS, "The email address is not valid.")
    USERNAME_TAKEN = _code("USERNAME_TAKEN", ACCOUNTS, "Another account has that username.")
    EMAIL_TAKEN = _code("EMAIL_TAKEN", ACCOUNTS, "Another account has that email.")
    PASSWORD_TOO_SHORT = _code("PASSWORD_TOO_SHORT", ACCOUNTS, "The password is shorter than the minimum.")
    PASSWORD_TOO_LONG = _code("PASSWORD_TOO_LONG", ACCOUNTS, "The password is longer than the maximum.")
    PASSWORD_TOO_COMMON = _code("PASSWORD_TOO_COMMON", ACCOUNTS, "The password is on the list of common passwords.")
    PASSWORD_TOO_SIMILAR = _code(
        "PASSWORD_TOO_SIMILAR", ACCOUNTS, "The password is too close to the username or email."
    )
    PASSWORD_UNCHANGED = _code("PASSWORD_UNCHANGED", ACCOUNTS, "The new password equals the current one.")
    SESSION_REQUIRED = _code(
        "SESSION_REQUIRED", ACCOUNTS, "Personal API tokens are created from a browser session, not with another token."
    )
    TOO_MANY_TOKENS = _code(
        "TOO_MANY_TOKENS", ACCOUNTS, "The account already has the maximum number of live personal API tokens."
    )

    # Invitations: invite passkeys
    PASSKEY_INVALID = _code("PASSKEY_INVALID", INVITATIONS, "No invite passkey matches.")
    PASSKEY_USED = _code("PASSKEY_USED", INVITATIONS, "The invite passkey was used already (one account per passkey).")
    PASSKEY_EXPIRED = _code("PASSKEY_EXPIRED", INVITATIONS, "The invite passkey has expired.")
    PASSKEY_REVOKED = _code("PASSKEY_REVOKED", INVITATIONS, "The invite passkey was revoked by staff.")
    PASSKEY_NOT_ACTIVE = _code("PASSKEY_NOT_ACTIVE", INVITATIONS, "Only an active passkey can be revoked.")
    NOTES_TOO_LONG = _code("NOTES_TOO_LONG", INVITATIONS, "A passkey's notes are longer than the maximum.")

    # Staff: managing users
    INSUFFICIENT_PRIVILEGE = _code(
        "INSUFFICIENT_PRIVILEGE", STAFF, "Staff manage only users with less privilege than their own."
    )
    SUPERUSER_REQUIRED = _code(
        "SUPERUSER_REQUIRED", STAFF, "Only a superuser may do this (act on staff, grant or remove staff)."
    )
    LAST_SUPERUSER = _code("LAST_SUPERUSER", STAFF, "The last active superuser cannot be disabled, demoted or moved.")
    CANNOT_DISABLE_SELF = _code("CANNOT_DISABLE_SELF", STAFF, "A staff member cannot disable their own account.")
    CANNOT_DEMOTE_SELF = _code("CANNOT_DEMOTE_SELF", STAFF, "A staff member cannot remove their own staff access.")
    ALREADY_IN_TENANT = _code("ALREADY_IN_TENANT", STAFF, "The user already belongs to the target tenant.")
    INVALID_NAME = _code(
        "INVALID_NAME", STAFF, "A full name is longer than the maximum, or an API token's name is not 1-100 characters."
    )

    # Work log: entries and searches
    CONTENT_REQUIRED = _code("CONTENT_REQUIRED", WORK_LOG, "An entry's content is empty.")
    CONTENT_TOO_LONG = _code("CONTENT_TOO_LONG", WORK_LOG, "An entry's content is longer than the maximum.")
    INVALID_CONTENT = _code("INVALID_CONTENT", WORK_LOG, "An entry's content is not text.")
    DATE_IN_FUTURE = _code("DATE_IN_FUTURE", WORK_LOG, "An entry is dated after today.")
    INVALID_METADATA = _code(
        "INVALID_METADATA", WORK_LOG, "Employer, project, work type, outcome or tags are malformed."
    )
    INVALID_TAG = _code(
        "INVALID_TAG", WORK_LOG, "A tag is not text, empty, too long or has characters tags may not use."
    )
    TOO_MANY_TAGS = _code("TOO_MANY_TAGS", WORK_LOG, "An entry has more tags than allowed.")
    INVALID_SOURCE = _code("INVALID_SOURCE", WORK_LOG, "An entry's source is unknown.")
    INVALID_SEARCH = _code("INVALID_SEARCH", WORK_LOG, "A search has no word to look for.")
    SEARCH_TOO_LONG = _code("SEARCH_TOO_LONG", WORK_LOG, "A search is longer than the maximum.")

    # Imports: files and git
    INVALID_IMPORT = _code(
        "INVALID_IMPORT", IMPORTS, "The file is malformed: bad CSV header, bad JSON, or not a list of entries."
    )
    INVALID_ROW = _code(
        "INVALID_ROW", IMPORTS, "A row of the file is not valid (the field names the row); nothing is imported."
    )
    INVALID_TIMESTAMP = _code("INVALID_TIMESTAMP", IMPORTS, "A row's timestamp is not ISO 8601, or is in the future.")
    IMPORT_TOO_LARGE = _code("IMPORT_TOO_LARGE", IMPORTS, "The file has more rows or bytes than one import takes.")
    NOT_A_GIT_REPOSITORY = _code("NOT_A_GIT_REPOSITORY", IMPORTS, "Command line: the path is not a git repository.")
    AUTHOR_REQUIRED = _code(
        "AUTHOR_REQUIRED", IMPORTS, "Command line: a git import needs the author whose commits to take."
    )
    GIT_MISSING = _code("GIT_MISSING", IMPORTS, "Command line: git is not installed.")
    GIT_FAILED = _code("GIT_FAILED", IMPORTS, "Command line: `git log` failed (its message follows).")

    # Evidence: files attached to entries
    FILE_REQUIRED = _code("FILE_REQUIRED", EVIDENCE, "No file was attached to the multipart request.")
    FILE_EMPTY = _code("FILE_EMPTY", EVIDENCE, "The file is empty.")
    FILE_TOO_LARGE = _code("FILE_TOO_LARGE", EVIDENCE, "The file is larger than the maximum.")
    FILE_TYPE_REFUSED = _code("FILE_TYPE_REFUSED", EVIDENCE, "Files of this type cannot be attached.")
    FILE_TYPE_MISMATCH = _code(
        "FILE_TYPE_MISMATCH", EVIDENCE, "The file's content does not match its declared type or name."
    )
    INVALID_FILENAME = _code("INVALID_FILENAME", EVIDENCE, "The file has no usable name.")
    TOO_MANY_FILES = _code("TOO_MANY_FILES", EVIDENCE, "The entry has as many files as it may hold.")

    # Billing: reserve, ledger, payments
    BILLING_NOT_CONFIGURED = _code(
        "BILLING_NOT_CONFIGURED", BILLING, "Payments are not set up on this server (no STRIPE_SECRET_KEY)."
    )
    PAYMENT_PROVIDER_ERROR = _code(
        "PAYMENT_PROVIDER_ERROR", BILLING, "Stripe could not be reached, refused, or returned no page."
    )
    INVALID_SESSION_ID = _code("INVALID_SESSION_ID", BILLING, "A Checkout Session id does not start with cs_.")
    INVALID_AMOUNT = _code(
        "INVALID_AMOUNT", BILLING, "An amount is not a whole, positive (or for adjustments non-zero) number of cents."
    )
    AMOUNT_TOO_SMALL = _code("AMOUNT_TOO_SMALL", BILLING, "A top-up is below the minimum.")
    AMOUNT_TOO_LARGE = _code("AMOUNT_TOO_LARGE", BILLING, "A top-up, adjustment or movement is above the maximum.")
    REASON_REQUIRED = _code("REASON_REQUIRED", BILLING, "A reserve adjustment needs a reason.")
    REASON_TOO_LONG = _code("REASON_TOO_LONG", BILLING, "A reason is longer than the maximum.")
    INSUFFICIENT_BALANCE = _code(
        "INSUFFICIENT_BALANCE", BILLING, "The reserve does not cover the amount under its policy."
    )
    BALANCE_LIMIT_EXCEEDED = _code(
        "BALANCE_LIMIT_EXCEEDED", BILLING, "The movement would take the reserve past the largest balance allowed."
    )
    JOB_TOO_EXPENSIVE_FOR_POLICY = _code(
        "JOB_TOO_EXPENSIVE_FOR_POLICY",
        BILLING,
        ("The reserve is low and its LIMITED policy runs only inexpensive jobs."),
    )
    CURRENCY_MISMATCH = _code("CURRENCY_MISMATCH", BILLING, "The movement's currency is not the reserve's.")
    IDEMPOTENCY_KEY_REUSED = _code(
        "IDEMPOTENCY_KEY_REUSED", BILLING, "The idempotency key was used for a different movement."
    )
    INVALID_IDEMPOTENCY_KEY = _code(
        "INVALID_IDEMPOTENCY_KEY", BILLING, "An idempotency key is missing or longer than allowed."
    )
    INVALID_ENTRY_TYPE = _code("INVALID_ENTRY_TYPE", BILLING, "A ledger entry type filter is unknown.")
    HOLD_EXISTS = _code("HOLD_EXISTS", BILLING, "The job already holds part of the reserve.")
    HOLD_NOT_OPEN = _code("HOLD_NOT_OPEN", BILLING, "The job's hold is already settled or released.")

    # Metrics: the operators' dashboard
    UNKNOWN_TENANT = _code("UNKNOWN_TENANT", METRICS, "The tenant filter names no tenant.")
    UNKNOWN_PLAN = _code("UNKNOWN_PLAN", METRICS, "The plan filter names no plan any subscription has had.")
    UNKNOWN_METRIC = _code("UNKNOWN_METRIC", METRICS, "The metric name is not one of the charted series.")
    INVALID_INTERVAL = _code("INVALID_INTERVAL", METRICS, "The interval is not DAY, WEEK or MONTH.")
    # Jobs and reports: generating, estimating, cancelling
    NO_ENTRIES = _code("NO_ENTRIES", JOBS, "The report's window holds no entries; nothing was queued or charged.")
    NOTHING_TO_REPORT = _code(
        "NOTHING_TO_REPORT",
        JOBS,
        "The window's entries gave no statement for this kind of report; the job failed and nothing was charged.",
    )
    JOB_ALREADY_FINISHED = _code("JOB_ALREADY_FINISHED", JOBS, "The job already succeeded, failed or was cancelled.")
    JOB_CANCEL_PENDING = _code(
        "JOB_CANCEL_PENDING", JOBS, "A cancellation was already requested; the running job stops at its next step."
    )
    USER_HAS_UNFINISHED_JOBS = _code(
        "USER_HAS_UNFINISHED_JOBS",
        JOBS,
        "The user has queued or running jobs; a move to another tenant waits for them.",
    )

    # Jobs and reports: why text generation failed (a job's error code; server/llm's ProviderFailure)
    PROVIDER_UNAVAILABLE = _code(
        "PROVIDER_UNAVAILABLE",
        JOBS,
        "The text generator could not be reached, timed out or failed (5xx) after retries.",
    )
    PROVIDER_RATE_LIMITED = _code(
        "PROVIDER_RATE_LIMITED", JOBS, "The text generator kept refusing for too many requests (429) after retries."
    )
    PROVIDER_REFUSED = _code(
        "PROVIDER_REFUSED", JOBS, "The text generator refused the request or gave an answer that cannot be used."
    )
    PROVIDER_MISCONFIGURED = _code(
        "PROVIDER_MISCONFIGURED", JOBS, "The text generator is not usable as configured (provider, key, model price)."
    )
    # Profile: positions and confidential terms
    EMPLOYER_REQUIRED = _code("EMPLOYER_REQUIRED", PROFILE, "A position's employer is empty.")
    EMPLOYER_TOO_LONG = _code("EMPLOYER_TOO_LONG", PROFILE, "A position's employer is longer than 200 characters.")
    TITLE_TOO_LONG = _code("TITLE_TOO_LONG", PROFILE, "A position's title is longer than 200 characters.")
    TOO_MANY_POSITIONS = _code(
        "TOO_MANY_POSITIONS", PROFILE, "The employment history has the maximum of 100 positions."
    )
    TOO_MANY_TERMS = _code("TOO_MANY_TERMS", PROFILE, "More than 200 confidential terms.")
    TERM_REQUIRED = _code("TERM_REQUIRED", PROFILE, "A confidential term is empty.")
    TERM_TOO_LONG = _code("TERM_TOO_LONG", PROFILE, "A confidential term is longer than 100 characters.")

    # Reports: editing, sharing, regenerating
    REPORT_NOT_READY = _code(
        "REPORT_NOT_READY",
        REPORTS,
        "The report is still being written or did not finish; it cannot be edited, shared or regenerated yet.",
    )
    STATEMENT_REQUIRED = _code("STATEMENT_REQUIRED", REPORTS, "A statement's text is empty.")
    STATEMENT_TOO_LONG = _code("STATEMENT_TOO_LONG", REPORTS, "A statement is longer than 1 000 characters.")
    INVALID_POSITION = _code("INVALID_POSITION", REPORTS, "A statement's new position is outside its section.")
    INVALID_SHARE_EXPIRY = _code("INVALID_SHARE_EXPIRY", REPORTS, "A share link's lifetime is outside 1-90 days.")
    SHARE_ALREADY_REVOKED = _code("SHARE_ALREADY_REVOKED", REPORTS, "The share link was already revoked.")
    TOO_MANY_SHARES = _code(
        "TOO_MANY_SHARES", REPORTS, "The report already has 20 live share links; revoke one before making another."
    )

    # Jobs and reports: following a job live
    INVALID_AFTER_SEQ = _code(
        "INVALID_AFTER_SEQ", JOBS, "`afterSeq` is below 0; it is a job event's seq, or 0 for all."
    )

    # Recovery: password reset links, emergency lockdown
    PASSWORD_RESET_INVALID = _code(
        "PASSWORD_RESET_INVALID",
        RECOVERY,
        "No password-reset link matches (mistyped, forged, or its account is disabled).",
    )
    PASSWORD_RESET_USED = _code("PASSWORD_RESET_USED", RECOVERY, "The password-reset link was used already.")
    PASSWORD_RESET_EXPIRED = _code("PASSWORD_RESET_EXPIRED", RECOVERY, "The password-reset link has expired.")
    LOCKDOWN = _code("LOCKDOWN", RECOVERY, "The service is locked down: logins and sign-ups are refused for now.")
    LOCKDOWN_ALLOW_INVALID = _code(
        "LOCKDOWN_ALLOW_INVALID", RECOVERY, "Command line: the user a lockdown lets in is not an active superuser."
    )
    LOCKDOWN_MESSAGE_TOO_LONG = _code(
        "LOCKDOWN_MESSAGE_TOO_LONG", RECOVERY, "Command line: a lockdown's message is longer than the maximum."
    )


def domain_of(code: ErrorCode) -> str:
    """The domain a code belongs to: the start of its description."""
    return description_of(code).split(": ", 1)[0]


def meaning_of(code: ErrorCode) -> str:
    return description_of(code).split(": ", 1)[1]


def description_of(code: ErrorCode) -> str:
    definition: StrawberryEnumDefinition = ErrorCode.__strawberry_definition__  # type: ignore[attr-defined]
    # Every value is made by _code, so every value has a description.
    return cast(str, next(v.description for v in definition.values if v.name == code.name))


DECLARED_CODES = frozenset(code.value for code in ErrorCode)
