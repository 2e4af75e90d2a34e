// A job's events as they happen: the `jobEvents` subscription replays what is stored, then streams. When the
// socket drops the subscription is let go, and once it is back it resumes after the last seq held, so nothing
// is missed and nothing shows twice (merged by seq).
import { useClient } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { socketState } from "../app/client";
import { messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { Badge, ErrorNote } from "../app/ui";
import { graphql } from "../gql";
import { isFinished, mergeEvents, resumeAfter, TERMINAL, type TimelineEvent } from "./events";

const JobEventsOp = graphql(`
  subscription JobEvents($jobId: ID!, $afterSeq: Int) {
    jobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }
  }
`);

// Staff follow any tenant's job the same way.
const AdminJobEventsOp = graphql(`
  subscription AdminJobEvents($jobId: ID!, $afterSeq: Int) {
    adminJobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }
  }
`);

export function eventTone(type: string): "ok" | "bad" | "warn" | "info" | "neutral" {
  if (type === "FINISHED" || type === "SETTLED") return "ok";
  if (type === "FAILED") return "bad";
  if (type === "CANCELLED" || type === "WARNING" || type === "RETRY" || type === "CANCEL_REQUESTED") return "warn";
  return "neutral";
}

/** Follows a job live (staff: any tenant's); `onEvent` hears every new event once, in seq order. */
export function useJobEvents(jobId: string, onEvent?: (e: TimelineEvent) => void, staff = false) {
  const client = useClient();
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const held = useRef<TimelineEvent[]>([]);
  const listener = useRef(onEvent);
  listener.current = onEvent;
  const online = socketState.value !== "offline";

  useEffect(() => { held.current = []; setEvents([]); }, [jobId]);

  useEffect(() => {
    if (!online || isFinished(held.current)) return;
    const afterSeq = resumeAfter(held.current);
    const source = staff
      ? client.subscription(AdminJobEventsOp, { jobId, afterSeq })
      : client.subscription(JobEventsOp, { jobId, afterSeq });
    const { unsubscribe } = source.subscribe((result) => {
      if (result.error) return setError(messageOfError(result.error));
      const data = result.data;
      const event = data && ("adminJobEvents" in data ? data.adminJobEvents : data.jobEvents);
      if (!event) return;
      const next = mergeEvents(held.current, [event]);
      if (next === held.current) return;
      held.current = next;
      setError(null);
      setEvents(next);
      listener.current?.(event);
    });
    return unsubscribe;
  }, [client, jobId, online, staff]);

  return { events, error, finished: isFinished(events) };
}

export function EventList({ events, label }: { events: readonly TimelineEvent[]; label: string }) {
  return (
    <ol class="events" aria-label={label} tabIndex={0}>
      {events.map((e) => (
        <li key={e.seq}>
          <span class="seq">#{e.seq}</span>
          <span><Badge tone={eventTone(e.type)}>{e.type.toLowerCase().replace(/_/g, " ")}</Badge></span>
          <span>{e.message}<br /><small class="muted when">{dateTime(e.at)}</small></span>
        </li>
      ))}
    </ol>
  );
}

/** The live timeline of one job, with an honest note when the connection is down. */
export function LiveTimeline({ jobId, onEvent, staff }: { jobId: string; onEvent?: (e: TimelineEvent) => void; staff?: boolean }) {
  const { events, error, finished } = useJobEvents(jobId, onEvent, staff);
  const offline = socketState.value === "offline";
  return (
    <section class="card" aria-labelledby={`timeline-${jobId}`}>
      <h2 id={`timeline-${jobId}`}>Progress</h2>
      <p role="status" class="muted" data-testid="timeline-state">
        {finished ? "Done." : offline ? "Connection lost; reconnecting to follow the job…" : events.length ? "Following the job live…" : "Waiting for the job to start…"}
      </p>
      <ErrorNote text={error} />
      <EventList events={events} label="Job events" />
    </section>
  );
}

export { TERMINAL };
