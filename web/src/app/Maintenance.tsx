// The maintenance notice on every page, signed in or not: while the service is locked down, the operator's
// message says why sign-in is refused. Read again every minute, when the live connection drops or comes back
// (a lockdown closes the sockets of everyone locked out) and when a sign-in is refused for it, so it comes and
// goes with the lockdown.
import { signal } from "@preact/signals";
import { useQuery } from "@urql/preact";
import { useEffect } from "preact/hooks";
import { graphql } from "../gql";
import { socketState } from "./client";

const SystemStatusOp = graphql(`
  query SystemStatus {
    systemStatus { lockdown message }
  }
`);

const checks = signal(0);

/** Read the system status again now (a refusal said LOCKDOWN). */
export function recheckSystemStatus(): void {
  checks.value += 1;
}

export function MaintenanceNotice() {
  const [{ data }, refetch] = useQuery({ query: SystemStatusOp });
  useEffect(() => {
    const timer = setInterval(() => { if (!document.hidden) refetch({ requestPolicy: "network-only" }); }, 60_000);
    return () => clearInterval(timer);
  }, []);
  const socket = socketState.value;
  const asked = checks.value;
  useEffect(() => {
    if (asked || socket !== "idle") refetch({ requestPolicy: "network-only" });
  }, [asked, socket]);
  const status = data?.systemStatus;
  if (!status?.lockdown) return null;
  return (
    <div class="maintenance" role="alert" data-testid="maintenance">
      <strong>Maintenance:</strong> {status.message || "AfterResume is closed for maintenance; sign-in is paused."}
    </div>
  );
}
