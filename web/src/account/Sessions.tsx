// The viewer's signed-in browsers: the current one marked, sign out one, or every other one.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { Badge, ErrorNote, Loading, toast } from "../app/ui";
import { graphql } from "../gql";
import { browserName } from "./agent";

const SessionsOp = graphql(`
  query Sessions {
    me { id sessions { id createdAt lastUsedAt expiresAt userAgent ip current } }
  }
`);

const RevokeSessionOp = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) { session { id } errors { field message code } }
  }
`);

const RevokeOtherSessionsOp = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions { revokedCount errors { field message code } }
  }
`);

export function Sessions() {
  const [{ data, fetching, error }] = useQuery({ query: SessionsOp });
  const [revoking, revoke] = useMutation(RevokeSessionOp);
  const [others, revokeOthers] = useMutation(RevokeOtherSessionsOp);
  const [failure, setFailure] = useState<string | null>(null);
  // This browser first, then the others as the server orders them (most recently used first).
  const sessions = data?.me?.sessions && [...data.me.sessions].sort((a, b) => Number(b.current) - Number(a.current));

  async function signOut(id: string, name: string) {
    const result = await revoke({ id });
    const err = messageOfError(result.error) ?? (result.data?.revokeSession.errors[0] ? messageFor(result.data.revokeSession.errors[0].code) : null);
    setFailure(err);
    if (!err) toast(`${name} was signed out.`);
  }

  async function signOutOthers() {
    const result = await revokeOthers({});
    const err = messageOfError(result.error) ?? (result.data?.revokeOtherSessions.errors[0] ? messageFor(result.data.revokeOtherSessions.errors[0].code) : null);
    setFailure(err);
    if (!err) {
      const n = result.data!.revokeOtherSessions.revokedCount;
      toast(n === 1 ? "1 other session was signed out." : `${n} other sessions were signed out.`);
    }
  }

  const hasOthers = (sessions ?? []).some((s) => !s.current);
  return (
    <section class="card" aria-labelledby="sessions-head">
      <div class="section-head">
        <h2 id="sessions-head">Sessions</h2>
        <button type="button" class="secondary small" disabled={!hasOthers || others.fetching} onClick={() => void signOutOthers()}>
          Sign out everywhere else
        </button>
      </div>
      <p class="muted">Browsers signed in to your account. Sign out any you do not recognise.</p>
      <ErrorNote text={failure ?? messageOfError(error)} />
      {!sessions ? (fetching ? <Loading /> : null) : (
        <table class="responsive" aria-label="Sessions">
          <thead><tr><th scope="col">Browser</th><th scope="col">Address</th><th scope="col">Signed in</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {sessions.map((s) => {
              const name = browserName(s.userAgent);
              return (
                <tr key={s.id}>
                  <td data-label="Browser"><span><span title={s.userAgent}>{name}</span> {s.current && <Badge tone="ok">this browser</Badge>}</span></td>
                  <td data-label="Address">{s.ip || "—"}</td>
                  <td data-label="Signed in">{dateTime(s.createdAt)}</td>
                  <td data-label="Last used">{dateTime(s.lastUsedAt)}</td>
                  <td data-label="">
                    {!s.current && (
                      <button type="button" class="secondary small" aria-label={`Sign out ${name}, signed in ${dateTime(s.createdAt)}`}
                        disabled={revoking.fetching} onClick={() => void signOut(s.id, name)}>Sign out</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
