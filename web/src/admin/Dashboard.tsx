// The executive metrics dashboard for staff: every figure of docs/metrics.md with its definition, alerts first,
// charts with their tables, filters in the URL, refreshed every minute while the tab is visible.
import { useMutation, useQuery } from "@urql/preact";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { query, setQuery } from "../app/router";
import { Badge, ErrorNote, FormErrors, Loading, toast } from "../app/ui";
import { graphql } from "../gql";
import type { AdminMetricsQuery, AdminMetricsSeriesQuery } from "../gql/graphql";
import { BarList, Defined, TimeChart, Waterfall } from "./charts";
import { DEFINITIONS, type Figure } from "./definitions";
import {
  age, count, daysBefore, DEFAULT_DAYS, dollars, filtersFromQuery, intervalFor, microcentsToDollars, milliseconds, percent, queryOfFilters,
  ratePerPeriod, utcToday, waterfall, WINDOW_DAYS, windowDates, type Filters,
} from "./metricsFormat";

const MetricsOp = graphql(`
  query AdminMetrics($startDate: Date, $endDate: Date, $tenantId: ID, $plan: String) {
    admin {
      metrics(startDate: $startDate, endDate: $endDate, tenantId: $tenantId, plan: $plan) {
        startDate endDate tenantId plan computedAt fromSnapshot
        revenue {
          mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers
          newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents
          newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers
          customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention
          subscriptionsByStatus { status count } failedPayments
        }
        credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents accountsInCredit }
        engagement {
          dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate
          cohorts { weekStart size week1 week4 week12 }
        }
        system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive jobsQueued oldestQueuedSeconds }
        jobs {
          finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d
          usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars }
        }
        alerts { code message value threshold }
      }
    }
  }
`);

const SeriesOp = graphql(`
  query AdminMetricsSeries($startDate: Date, $endDate: Date, $tenantId: ID, $interval: String!) {
    admin {
      mrr: metricsSeries(metric: "mrr_cents", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }
      topups: metricsSeries(metric: "topup_cents", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }
      consumed: metricsSeries(metric: "credit_consumed_cents", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }
      daily: metricsSeries(metric: "active_users", startDate: $startDate, endDate: $endDate, interval: "DAY", tenantId: $tenantId) { start value }
      weekly: metricsSeries(metric: "active_users", startDate: $startDate, endDate: $endDate, interval: "WEEK", tenantId: $tenantId) { start value }
      monthly: metricsSeries(metric: "active_users", startDate: $startDate, endDate: $endDate, interval: "MONTH", tenantId: $tenantId) { start value }
      requests: metricsSeries(metric: "requests", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }
      errors: metricsSeries(metric: "errors", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }
    }
  }
`);

const TenantsOp = graphql(`
  query AdminMetricsTenants {
    admin { tenants(first: 100) { edges { node { id name } } } }
  }
`);

const RefreshOp = graphql(`
  mutation RefreshMetrics {
    refreshMetrics { metrics { computedAt } errors { field message code } }
  }
`);

const REFRESH_MS = 60_000;
type M = AdminMetricsQuery["admin"]["metrics"];
type S = AdminMetricsSeriesQuery["admin"];

/** Calls `refresh` every `ms` while the page is visible, and at once on coming back after a longer absence. */
function useAutoRefresh(refresh: () => void, ms: number, lastAt: number | null): boolean {
  const [visible, setVisible] = useState(document.visibilityState === "visible");
  const latest = useRef({ refresh, lastAt });
  latest.current = { refresh, lastAt };
  useEffect(() => {
    const timer = setInterval(() => { if (document.visibilityState === "visible") latest.current.refresh(); }, ms);
    const onVisibility = () => {
      const now = document.visibilityState === "visible";
      setVisible(now);
      const last = latest.current.lastAt;
      if (now && last != null && Date.now() - last >= ms) latest.current.refresh();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => { clearInterval(timer); document.removeEventListener("visibilitychange", onVisibility); };
  }, [ms]);
  return visible;
}

/** Figure cards: [name, figure (its definition and test id), value, optional note]. */
function Stats({ items }: { items: [string, Figure, string, string?][] }) {
  return (
    <div class="cards metric-cards">
      {items.map(([label, figure, value, note]) => (
        <div key={figure} class="card stat metric">
          <Defined term={label} definition={DEFINITIONS[figure]} />
          <span class="big" data-testid={`figure-${figure}`}>{value}</span>
          {note && <span class="muted small">{note}</span>}
        </div>
      ))}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="metrics-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function FiltersForm({ filters, tenants, startDate, endDate }: { filters: Filters; tenants: { id: string; name: string }[]; startDate: string; endDate: string }) {
  const set = (next: Partial<Filters>) => setQuery(queryOfFilters({ ...filters, ...next }));
  const [plan, setPlan] = useState(filters.plan ?? "");
  useEffect(() => setPlan(filters.plan ?? ""), [filters.plan]);
  return (
    <form class="filters card" aria-label="Filters" onSubmit={(e) => { e.preventDefault(); set({ plan: plan.trim() || null }); }}>
      <div class="field">
        <label for="metrics-window">Window</label>
        <select id="metrics-window" value={filters.days ? String(filters.days) : "custom"}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set(v === "custom" ? { days: null, from: startDate, to: endDate } : { days: Number(v), from: null, to: null });
          }}>
          {WINDOW_DAYS.map((d) => <option key={d} value={String(d)}>Last {d} days</option>)}
          <option value="custom">Custom dates</option>
        </select>
      </div>
      {!filters.days && <>
        <div class="field">
          <label for="metrics-from">From</label>
          <input id="metrics-from" type="date" value={filters.from ?? ""} onChange={(e) => e.currentTarget.value && set({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="metrics-to">To</label>
          <input id="metrics-to" type="date" value={filters.to ?? ""} onChange={(e) => e.currentTarget.value && set({ to: e.currentTarget.value })} />
        </div>
      </>}
      <div class="field">
        <label for="metrics-tenant">Tenant</label>
        <select id="metrics-tenant" value={filters.tenant ?? ""} onChange={(e) => set({ tenant: e.currentTarget.value || null })}>
          <option value="">Every tenant</option>
          {filters.tenant && !tenants.some((t) => t.id === filters.tenant) && <option value={filters.tenant}>{filters.tenant}</option>}
          {tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="metrics-plan">Plan</label>
        <input id="metrics-plan" value={plan} placeholder="Any plan" onInput={(e) => setPlan(e.currentTarget.value)}
          onChange={(e) => set({ plan: e.currentTarget.value.trim() || null })} />
      </div>
      <button type="submit" class="secondary">Apply</button>
    </form>
  );
}

function Alerts({ alerts }: { alerts: M["alerts"] }) {
  return (
    <section aria-labelledby="alerts-head" class="alerts" data-testid="alerts">
      <h2 id="alerts-head" class={alerts.length ? "" : "visually-hidden"}>Alerts</h2>
      {alerts.length === 0 ? <p class="ok small">No alerts: every watched figure is within its threshold.</p> : (
        <ul class="plain">
          {alerts.map((a) => (
            <li key={a.code} class="alert-item"><Badge tone="bad">{a.code}</Badge> {a.message} <span class="muted small">(value {a.value}, threshold {a.threshold})</span></li>
          ))}
        </ul>
      )}
    </section>
  );
}

const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
const COLORS = { blue: "#2d4fc7", green: "#17693a", red: "#b3261e", amber: "#8a4b00", purple: "#6b2a91" };
const pts = (list: { start: string; value: number }[]) => list.map((p) => ({ start: p.start, value: p.value }));

function Figures({ m, s, interval }: { m: M; s: S | undefined; interval: string }) {
  const r = m.revenue, c = m.credit, e = m.engagement, sys = m.system, j = m.jobs;
  const period = interval === "DAY" ? "Day" : interval === "WEEK" ? "Week of" : "Month of";
  const steps = waterfall(r);
  const rates = s ? ratePerPeriod(s.errors, s.requests) : [];
  const tokensIn = j.usageByModel.reduce((t, u) => t + u.tokensIn, 0), tokensOut = j.usageByModel.reduce((t, u) => t + u.tokensOut, 0);
  const cost = j.usageByModel.reduce((t, u) => t + u.costMicrocents, 0);
  return (
    <>
      <Section id="revenue-head" title="Revenue">
        <Stats items={[
          ["MRR", "mrr", dollars(r.mrrCents)],
          ["ARR", "arr", dollars(r.arrCents)],
          ["ARPA", "arpa", dollars(r.arpaCents)],
          ["Start MRR", "startMrr", dollars(r.startMrrCents)],
          ["Net MRR movement", "netMovement", dollars(r.netMovementCents)],
          ["Paying customers", "payingCustomers", count(r.payingCustomers)],
          ["Customers at start", "customersAtStart", count(r.customersAtStart)],
          ["New customers", "newCustomers", count(r.newCustomers)],
          ["Churned customers", "churnedCustomers", count(r.churnedCustomers)],
          ["Customer churn", "customerChurnRate", percent(r.customerChurnRate)],
          ["Revenue churn", "revenueChurnRate", percent(r.revenueChurnRate)],
          ["NRR", "nrr", percent(r.netRevenueRetention)],
          ["GRR", "grr", percent(r.grossRevenueRetention)],
          ["Failed payments", "failedPayments", count(r.failedPayments)],
          ["Subscriptions", "subscriptionsByStatus", count(r.subscriptionsByStatus.reduce((t, x) => t + x.count, 0)),
            r.subscriptionsByStatus.filter((x) => x.count > 0).map((x) => `${x.count} ${x.status.replace("_", " ")}`).join(", ") || "none"],
        ]} />
        <div class="two-col">
          <div class="card">
            <Waterfall testid="chart-movements" title="MRR movement" steps={steps} format={dollars}
              summary={`From ${dollars(r.startMrrCents)} to ${dollars(r.mrrCents)}: new ${dollars(r.newCents)} (${r.newCustomers}), expansion ${dollars(r.expansionCents)} (${r.expansionCustomers}), reactivation ${dollars(r.reactivationCents)} (${r.reactivatedCustomers}), contraction ${dollars(r.contractionCents)} (${r.contractionCustomers}), churned ${dollars(r.churnedCents)} (${r.churnedCustomers}).`} />
            <p class="small"><Defined term="How movements are counted" definition={DEFINITIONS.movement} /></p>
          </div>
          <div class="card">
            {!s ? <Loading label="Loading the chart" /> : (
              <TimeChart testid="chart-revenue" title="Revenue and prepaid credit" startDate={m.startDate} endDate={m.endDate} periodLabel={period} format={dollars}
                series={[
                  { name: "Top-ups", color: COLORS.green, kind: "bar", points: pts(s.topups) },
                  { name: "Credit consumed", color: COLORS.amber, kind: "bar", points: pts(s.consumed) },
                  { name: "MRR", color: COLORS.blue, kind: "step", points: pts(s.mrr) },
                ]}
                summary={`MRR went from ${dollars(s.mrr[0]?.value ?? 0)} to ${dollars(s.mrr[s.mrr.length - 1]?.value ?? 0)}; top-ups ${dollars(s.topups.reduce((t, p) => t + p.value, 0))}, credit consumed by jobs ${dollars(s.consumed.reduce((t, p) => t + p.value, 0))}.`} />
            )}
          </div>
        </div>
      </Section>

      <Section id="credit-head" title="Prepaid credit">
        <Stats items={[
          ["Top-ups", "topups", dollars(c.topupCents), `${count(c.topups)} top-up${c.topups === 1 ? "" : "s"}`],
          ["Consumed by jobs", "consumed", dollars(c.consumedByJobsCents)],
          ["Promotional granted", "promotionalGranted", dollars(c.promotionalGrantedCents)],
          ["Promotional expired", "promotionalExpired", dollars(c.promotionalExpiredCents)],
          ["Outstanding credit", "outstanding", dollars(c.outstandingCents)],
          ["Accounts in credit", "accountsInCredit", count(c.accountsInCredit)],
        ]} />
      </Section>

      <Section id="engagement-head" title="Engagement">
        <Stats items={[
          ["DAU", "dau", count(e.dau)],
          ["WAU", "wau", count(e.wau)],
          ["MAU", "mau", count(e.mau)],
          ["DAU/MAU", "dauMau", percent(e.dauMau)],
          ["Signups", "signups", count(e.signups)],
          ["Activated: entry", "activatedEntry", count(e.activatedEntry)],
          ["Activated: evidence", "activatedEvidence", count(e.activatedEvidence)],
          ["Activated: report", "activatedReport", count(e.activatedReport)],
          ["Activated: any", "activatedAny", count(e.activatedAny)],
          ["Activation rate", "activationRate", percent(e.activationRate)],
        ]} />
        <div class="two-col">
          <div class="card">
            {!s ? <Loading label="Loading the chart" /> : (
              <TimeChart testid="chart-engagement" title="Active users per day, week and month" startDate={m.startDate} endDate={m.endDate} periodLabel="Period from" whole
                format={(v) => count(Math.round(v))}
                series={[
                  { name: "Daily", color: COLORS.blue, kind: "step", points: pts(s.daily) },
                  { name: "Weekly", color: COLORS.green, kind: "step", points: pts(s.weekly), dashed: true },
                  { name: "Monthly", color: COLORS.purple, kind: "step", points: pts(s.monthly) },
                ]}
                summary={`Most users active in a day: ${Math.max(0, ...s.daily.map((p) => p.value))}; in a calendar week: ${Math.max(0, ...s.weekly.map((p) => p.value))}; in a calendar month: ${Math.max(0, ...s.monthly.map((p) => p.value))}. Weeks start on Monday, months on the 1st, both cut to the window.`} />
            )}
          </div>
          <div class="card">
            <h3><Defined term="Cohort retention" definition={DEFINITIONS.cohorts} /></h3>
            {e.cohorts.length === 0 ? <p class="muted">No signups in this window.</p> : (
              <table class="compact" data-testid="cohorts">
                <thead><tr><th scope="col">Signup week</th><th scope="col" class="num">Size</th><th scope="col" class="num">Week 1</th><th scope="col" class="num">Week 4</th><th scope="col" class="num">Week 12</th></tr></thead>
                <tbody>
                  {e.cohorts.map((row) => (
                    <tr key={row.weekStart}>
                      <th scope="row"><time dateTime={row.weekStart}>{shortDate(row.weekStart)}</time></th>
                      <td class="num">{row.size}</td>
                      {[row.week1, row.week4, row.week12].map((v, i) => (
                        <td key={i} class="num retention" style={v == null || !row.size ? undefined : { background: `rgba(45, 79, 199, ${(0.05 + 0.25 * (v / row.size)).toFixed(2)})` }}>
                          {v == null ? "—" : <>{v}<span class="muted small">{percent(row.size ? v / row.size : null, 0)}</span></>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      </Section>

      <Section id="system-head" title="Requests and latency">
        <Stats items={[
          ["Requests", "requests", count(sys.requests)],
          ["Errors", "errors", count(sys.errors)],
          ["Error rate", "errorRate", percent(sys.errorRate, 2)],
          ["p50 latency", "p50", milliseconds(sys.p50Ms)],
          ["p95 latency", "p95", milliseconds(sys.p95Ms)],
          ["p99 latency", "p99", milliseconds(sys.p99Ms)],
        ]} />
        <div class="two-col">
          <div class="card">
            <BarList testid="chart-latency" title="Latency over the window" format={milliseconds}
              rows={[{ label: "p50", value: sys.p50Ms ?? 0 }, { label: "p95", value: sys.p95Ms ?? 0, color: COLORS.amber }, { label: "p99", value: sys.p99Ms ?? 0, color: COLORS.red }]}
              summary={sys.p50Ms == null ? "No requests were recorded in this window." : `Half the requests took at most ${milliseconds(sys.p50Ms)}, 95 % at most ${milliseconds(sys.p95Ms)}, 99 % at most ${milliseconds(sys.p99Ms)}.`} />
          </div>
          <div class="card">
            {!s ? <Loading label="Loading the chart" /> : (
              <TimeChart testid="chart-errors" title="Error rate" startDate={m.startDate} endDate={m.endDate} periodLabel={period} format={(v) => percent(v, 1)}
                series={[{ name: "Error rate", color: COLORS.red, kind: "step", points: rates }]}
                summary={`${count(sys.errors)} errors in ${count(sys.requests)} requests (${percent(sys.errorRate, 2)}); the worst period's rate was ${percent(Math.max(0, ...rates.map((p) => p.value ?? 0)), 2)}.`} />
            )}
          </div>
        </div>
      </Section>

      <Section id="queue-head" title="Queue and workers">
        <Stats items={[
          ["Jobs queued", "jobsQueued", count(sys.jobsQueued)],
          ["Oldest queued", "oldestQueued", age(sys.oldestQueuedSeconds)],
          ["Queue length", "queueLength", count(sys.queueLength)],
          ["Pending", "queuePending", count(sys.queuePending)],
          ["Workers alive", "workersAlive", count(sys.workersAlive)],
          ["Scheduler", "schedulerAlive", sys.schedulerAlive == null ? "—" : sys.schedulerAlive ? "alive" : "missing"],
        ]} />
        <p><a href="/admin/health">System health: every component and worker heartbeat</a></p>
      </Section>

      <Section id="jobs-head" title="Jobs">
        <Stats items={[
          ["Finished", "jobsFinished", count(j.finished), `${j.succeeded} succeeded, ${j.failed} failed, ${j.cancelled} cancelled`],
          ["Failure rate", "failureRate", percent(j.failureRate)],
          ["Average duration", "averageDuration", milliseconds(j.averageDurationMs)],
          ["Run in 24 h", "run24h", count(j.run24h)],
          ["Run in 7 days", "run7d", count(j.run7d)],
          ["Run in 30 days", "run30d", count(j.run30d)],
        ]} />
      </Section>

      <Section id="llm-head" title="LLM tokens and cost by model">
        <div class="card">
          <p><Defined term="Provider usage" definition={DEFINITIONS.usageByModel} />: {count(tokensIn)} tokens in, {count(tokensOut)} out, {microcentsToDollars(cost)}.</p>
          {j.usageByModel.length === 0 ? <p class="muted">No provider calls in this window.</p> : <>
            <table class="responsive" data-testid="usage-by-model">
              <thead><tr><th scope="col">Provider</th><th scope="col">Model</th><th scope="col" class="num">Calls</th><th scope="col" class="num">Tokens in</th><th scope="col" class="num">Tokens out</th><th scope="col" class="num">Cost</th></tr></thead>
              <tbody>
                {j.usageByModel.map((u) => (
                  <tr key={u.provider + u.model}>
                    <td data-label="Provider">{u.provider}</td><td data-label="Model">{u.model}</td>
                    <td data-label="Calls" class="num">{count(u.calls)}</td><td data-label="Tokens in" class="num">{count(u.tokensIn)}</td>
                    <td data-label="Tokens out" class="num">{count(u.tokensOut)}</td><td data-label="Cost" class="num">{microcentsToDollars(u.costMicrocents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <BarList testid="chart-cost" title="Cost by model" format={microcentsToDollars}
              rows={j.usageByModel.map((u) => ({ label: u.model, value: u.costMicrocents }))}
              summary={`${j.usageByModel.length} model${j.usageByModel.length === 1 ? "" : "s"} cost ${microcentsToDollars(cost)} in all.`} />
          </>}
        </div>
      </Section>
    </>
  );
}

export default function Dashboard() {
  const filters = filtersFromQuery(query.value);
  const today = utcToday();
  const { startDate, endDate } = windowDates(filters, today);
  const shownStart = startDate ?? daysBefore(today, DEFAULT_DAYS - 1);
  const interval = intervalFor(shownStart, endDate ?? today);
  const variables = { startDate, endDate, tenantId: filters.tenant, plan: filters.plan };
  const [metrics, refetchMetrics] = useQuery({ query: MetricsOp, variables, requestPolicy: "cache-and-network" });
  const [series, refetchSeries] = useQuery({ query: SeriesOp, variables: { startDate, endDate, tenantId: filters.tenant, interval }, requestPolicy: "cache-and-network" });
  const [tenants] = useQuery({ query: TenantsOp });
  const [recompute, runRecompute] = useMutation(RefreshOp);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const { fetching, stale, data, error } = metrics;
  useEffect(() => { if (data && !fetching && !stale && !error) setUpdatedAt(Date.now()); }, [data, fetching, stale, error]);

  const reload = () => {
    refetchMetrics({ requestPolicy: "network-only" });
    refetchSeries({ requestPolicy: "network-only" });
  };
  const visible = useAutoRefresh(reload, REFRESH_MS, updatedAt);
  const recomputeNow = async () => {
    const result = await runRecompute({});
    if (result.error || result.data?.refreshMetrics.errors.length) return;
    toast("Figures recomputed.");
    reload();
  };

  const m = data?.admin.metrics;
  const tenantList = tenants.data?.admin.tenants.edges.map((e) => e.node) ?? [];
  return (
    <>
      <div class="page-head">
        <h1>Metrics</h1>
        <div class="actions">
          <span class="muted small" aria-live="polite" data-testid="last-updated">
            {updatedAt ? <>Last updated <time dateTime={new Date(updatedAt).toISOString()}>{new Date(updatedAt).toLocaleTimeString("en-GB")}</time></> : "Loading…"}
            {visible ? " · refreshes every minute" : " · paused while the tab is hidden"}
          </span>
          <button type="button" class="secondary" disabled={recompute.fetching} onClick={() => void recomputeNow()}>
            {recompute.fetching ? "Recomputing…" : "Recompute now"}
          </button>
        </div>
      </div>
      <ErrorNote text={messageOfError(recompute.error)} />
      <FormErrors errors={recompute.data?.refreshMetrics.errors} />
      <FiltersForm filters={filters} tenants={tenantList} startDate={m?.startDate ?? shownStart} endDate={m?.endDate ?? endDate ?? today} />
      <ErrorNote text={messageOfError(error)} />
      {m && (
        <p class="muted small" data-testid="computed-at">
          {m.startDate} to {m.endDate} (UTC days){m.tenantId ? `, tenant ${tenantList.find((t) => t.id === m.tenantId)?.name ?? m.tenantId}` : ""}{m.plan ? `, plan ${m.plan}` : ""}.
          {" "}Figures computed <time dateTime={m.computedAt}>{dateTime(m.computedAt)}</time>{m.fromSnapshot ? " (stored snapshot)" : ""}.
          {m.plan ? " Charts over time are not filtered by plan." : ""}
        </p>
      )}
      {!m ? (fetching ? <Loading /> : null) : <>
        <Alerts alerts={m.alerts} />
        <ErrorNote text={messageOfError(series.error)} />
        <Figures m={m} s={series.data?.admin} interval={interval} />
      </>}
    </>
  );
}
