// The maintenance notice on every page, signed in or not: while the service is locked down, the operator's
// message says why sign-in is refused. Read again every minute, so it goes when the lockdown ends.
import { useQuery } from "@urql/preact";
import { useEffect } from "preact/hooks";
import { graphql } from "../gql";

const SystemStatusOp = graphql(`
  query SystemStatus {
    systemStatus { lockdown message }
  }
`);

export function MaintenanceNotice() {
  const [{ data }, refetch] = useQuery({ query: SystemStatusOp });
  useEffect(() => {
    const timer = setInterval(() => { if (!document.hidden) refetch({ requestPolicy: "network-only" }); }, 60_000);
    return () => clearInterval(timer);
  }, []);
  const status = data?.systemStatus;
  if (!status?.lockdown) return null;
  return (
    <div class="maintenance" role="alert" data-testid="maintenance">
      <strong>Maintenance:</strong> {status.message || "AfterResume is closed for maintenance; sign-in is paused."}
    </div>
  );
}
