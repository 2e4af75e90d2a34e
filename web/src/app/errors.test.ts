import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { MESSAGES, messageFor, messageOfError } from "./errors";

describe("error messages", () => {
  it("maps codes, with field-specific sentences first and the server's text for unknown codes", () => {
    expect(messageFor("PASSKEY_USED")).toBe("That invite passkey has already been used.");
    expect(messageFor("INVALID_CREDENTIALS", null, "oldPassword")).toBe("Your current password is incorrect.");
    expect(messageFor("SOMETHING_NEW", "Server says so.")).toBe("Server says so.");
    expect(messageFor(undefined)).toBe(MESSAGES.INTERNAL);
  });
  it("reads a rule's code from BAD_REQUEST's reason", () => {
    const error = new CombinedError({ graphQLErrors: [{ message: "x", extensions: { code: "BAD_REQUEST", reason: "INVALID_CURSOR" } }] });
    expect(messageOfError(error)).toBe(MESSAGES.INVALID_CURSOR);
    expect(messageOfError(new CombinedError({ graphQLErrors: [{ message: "x", extensions: { code: "FORBIDDEN" } }] }))).toBe(MESSAGES.FORBIDDEN);
  });
});
