/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { user { id } errors { field message code } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ApiTokens {\n    me { id apiTokens { id name prefix createdAt lastUsedAt expiresAt } }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresDays: Int) {\n    createApiToken(name: $name, expiresDays: $expiresDays) {\n      token apiToken { id name prefix createdAt lastUsedAt expiresAt } errors { field message code }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { apiToken { id } errors { field message code } }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ConfidentialTerms {\n    me { id confidentialTerms }\n  }\n": typeof types.ConfidentialTermsDocument,
    "\n  mutation SetConfidentialTerms($terms: [String!]!) {\n    setConfidentialTerms(terms: $terms) { confidentialTerms errors { field message code } }\n  }\n": typeof types.SetConfidentialTermsDocument,
    "\n  query Positions {\n    me { id positions { id employer title start end current } }\n  }\n": typeof types.PositionsDocument,
    "\n  mutation CreatePosition($input: PositionInput!) {\n    createPosition(input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: PositionInput!) {\n    updatePosition(id: $id, input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) { deletedId errors { field message code } }\n  }\n": typeof types.DeletePositionDocument,
    "\n  query Sessions {\n    me { id sessions { id createdAt lastUsedAt expiresAt userAgent ip current } }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { session { id } errors { field message code } }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions { revokedCount errors { field message code } }\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query AuditEvents($prefix: String, $since: DateTime, $until: DateTime, $target: String, $after: String) {\n    admin {\n      auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target, first: 50, after: $after) {\n        edges { cursor node { id eventType actorUsername targetType targetId targetName ip message before after createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query BillingSummary {\n    admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } }\n  }\n": typeof types.BillingSummaryDocument,
    "\n  query BillingAccounts($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $after: String) {\n    admin {\n      billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: 25, after: $after) {\n        edges { cursor node { tenantId tenantName user { id username email } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.BillingAccountsDocument,
    "\n  query TenantLedger($tenantId: ID!, $after: String) {\n    admin {\n      tenantReserve(tenantId: $tenantId) {\n        tenantId balanceCents currency\n        ledger(first: 25, after: $after) {\n          edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n          pageInfo { hasNextPage endCursor }\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.TenantLedgerDocument,
    "\n  mutation AdjustReserve($input: AdjustReserveInput!) {\n    adjustReserve(input: $input) { reserve { tenantId balanceCents } entry { id } errors { field message code } }\n  }\n": typeof types.AdjustReserveDocument,
    "\n  query AdminMetrics($startDate: Date, $endDate: Date, $tenantId: ID, $plan: String) {\n    admin {\n      metrics(startDate: $startDate, endDate: $endDate, tenantId: $tenantId, plan: $plan) {\n        startDate endDate tenantId plan computedAt fromSnapshot\n        revenue {\n          mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers\n          newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents\n          newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers\n          customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention\n          subscriptionsByStatus { status count } failedPayments\n        }\n        credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents accountsInCredit }\n        engagement {\n          dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate\n          cohorts { weekStart size week1 week4 week12 }\n        }\n        system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive jobsQueued oldestQueuedSeconds }\n        jobs {\n          finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d\n          usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars }\n        }\n        alerts { code message value threshold }\n      }\n    }\n  }\n": typeof types.AdminMetricsDocument,
    "\n  query AdminMetricsSeries($startDate: Date, $endDate: Date, $tenantId: ID, $interval: String!) {\n    admin {\n      mrr: metricsSeries(metric: \"mrr_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      topups: metricsSeries(metric: \"topup_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      consumed: metricsSeries(metric: \"credit_consumed_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      daily: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"DAY\", tenantId: $tenantId) { start value }\n      weekly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"WEEK\", tenantId: $tenantId) { start value }\n      monthly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"MONTH\", tenantId: $tenantId) { start value }\n      requests: metricsSeries(metric: \"requests\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      errors: metricsSeries(metric: \"errors\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n    }\n  }\n": typeof types.AdminMetricsSeriesDocument,
    "\n  query AdminMetricsTenants {\n    admin { tenants(first: 100) { edges { node { id name } } } }\n  }\n": typeof types.AdminMetricsTenantsDocument,
    "\n  mutation RefreshMetrics {\n    refreshMetrics { metrics { computedAt } errors { field message code } }\n  }\n": typeof types.RefreshMetricsDocument,
    "\n  query AdminSystemHealth {\n    admin {\n      systemHealth {\n        status checkedAt\n        checks { name status reason latencyMs value }\n        workers { pid host startedAt lastBeatAt currentJobId }\n        queueLength queuePending schedulerLastTickAt oldestQueuedJobSeconds\n      }\n    }\n  }\n": typeof types.AdminSystemHealthDocument,
    "\n  query AdminJobs($status: JobStatus, $tenantId: ID, $first: Int!, $after: String) {\n    admin {\n      jobs(status: $status, tenantId: $tenantId, first: $first, after: $after) {\n        edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage username tenantId } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n      tenants(first: 100) { edges { node { id name } } }\n    }\n  }\n": typeof types.AdminJobsDocument,
    "\n  query AdminJobTimeline($id: ID!) {\n    admin { job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } } }\n  }\n": typeof types.AdminJobTimelineDocument,
    "\n  query AdminPasskeys($status: PasskeyStatus, $first: Int!, $after: String) {\n    admin {\n      passkeys(status: $status, first: $first, after: $after) {\n        edges { cursor node { id prefix status notes createdAt expiresAt usedAt revokedAt createdBy { id username } usedBy { id username } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.AdminPasskeysDocument,
    "\n  mutation CreateInvitePasskey($input: CreateInvitePasskeyInput!) {\n    createInvitePasskey(input: $input) { passkey invite { id prefix expiresAt } errors { field message code } }\n  }\n": typeof types.CreateInvitePasskeyDocument,
    "\n  mutation RevokeInvitePasskey($id: ID!) {\n    revokeInvitePasskey(id: $id) { invite { id status revokedAt } errors { field message code } }\n  }\n": typeof types.RevokeInvitePasskeyDocument,
    "\n  query AdminUsers($search: String, $isActive: Boolean, $role: UserRole, $sort: UserSort!, $descending: Boolean!, $first: Int!, $after: String) {\n    admin {\n      users(search: $search, isActive: $isActive, role: $role, sort: $sort, descending: $descending, first: $first, after: $after) {\n        edges { cursor node { id username email fullName isActive isStaff isSuperuser dateJoined lastLogin tenant { id name balanceCents currency } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation SetUserActive($userId: ID!, $isActive: Boolean!) {\n    setUserActive(userId: $userId, isActive: $isActive) { user { id isActive } errors { field message code } }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) { user { id username email fullName isStaff } errors { field message code } }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query AdminTenants {\n    admin { tenants(first: 100) { edges { node { id name } } totalCount } }\n  }\n": typeof types.AdminTenantsDocument,
    "\n  query TenantMovePreview($userId: ID!, $tenantId: ID!) {\n    admin { tenantMovePreview(userId: $userId, tenantId: $tenantId) { worklogs evidence ledgerEntries tokens fromTenant { id name } toTenant { id name } } }\n  }\n": typeof types.TenantMovePreviewDocument,
    "\n  mutation MoveUserToTenant($userId: ID!, $tenantId: ID!) {\n    moveUserToTenant(userId: $userId, tenantId: $tenantId) { user { id tenant { id name } } errors { field message code } }\n  }\n": typeof types.MoveUserToTenantDocument,
    "\n  mutation Logout {\n    logout { ok errors { message code } }\n  }\n": typeof types.LogoutDocument,
    "\n  query SystemStatus {\n    systemStatus { lockdown message }\n  }\n": typeof types.SystemStatusDocument,
    "\n  query StatusReserve {\n    reserve { tenantId balanceCents currency isLow }\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n": typeof types.StatusReserveDocument,
    "\n  subscription StatusBarLive {\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n": typeof types.StatusBarLiveDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { user { id } errors { field message code } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) { ok errors { field message code } }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { user { id } errors { field message code } }\n  }\n": typeof types.SignupDocument,
    "\n  query Viewer {\n    me { id username email fullName isStaff isSuperuser tenant { id name } }\n  }\n": typeof types.ViewerDocument,
    "\n  query Reserve($first: Int!, $after: String) {\n    reserve {\n      tenantId balanceCents heldCents currency isLow lowBalanceThresholdCents policy lastActivityAt\n      ledger(first: $first, after: $after) {\n        edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.ReserveDocument,
    "\n  mutation SetLowBalancePolicy($policy: LowBalancePolicy!) {\n    setLowBalancePolicy(policy: $policy) { reserve { tenantId policy } errors { field message code } }\n  }\n": typeof types.SetLowBalancePolicyDocument,
    "\n  mutation CreateTopupSession($amountCents: Int!) {\n    createTopupSession(amountCents: $amountCents) { checkoutUrl errors { field message code } }\n  }\n": typeof types.CreateTopupSessionDocument,
    "\n  query TopupBalance {\n    reserve { tenantId balanceCents currency ledger(first: 1) { edges { node { id type createdAt } } } }\n  }\n": typeof types.TopupBalanceDocument,
    "\n  query ReserveUsage($startDate: Date!, $endDate: Date!, $bucket: UsageBucket!) {\n    reserve { tenantId usage(startDate: $startDate, endDate: $endDate, bucket: $bucket) { date creditsCents spentCents balanceCents } }\n  }\n": typeof types.ReserveUsageDocument,
    "\n  subscription JobEvents($jobId: ID!, $afterSeq: Int) {\n    jobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n": typeof types.JobEventsDocument,
    "\n  subscription AdminJobEvents($jobId: ID!, $afterSeq: Int) {\n    adminJobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n": typeof types.AdminJobEventsDocument,
    "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query JobTimeline($id: ID!) {\n    job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } }\n  }\n": typeof types.JobTimelineDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt finishedAt } errors { field message code } }\n  }\n": typeof types.CancelJobDocument,
    "\n  query ReportFormats($id: ID!) {\n    report(id: $id) { id revision formats { format includeCitations bytes url } }\n  }\n": typeof types.ReportFormatsDocument,
    "\n  query ReportShares($id: ID!) {\n    report(id: $id) { id shares { id includeCitations expiresAt revokedAt createdAt } }\n  }\n": typeof types.ReportSharesDocument,
    "\n  mutation ShareReport($id: ID!, $expiresDays: Int!, $includeCitations: Boolean!) {\n    shareReport(id: $id, expiresDays: $expiresDays, includeCitations: $includeCitations) {\n      share { id url includeCitations expiresAt revokedAt createdAt }\n      errors { field message code }\n    }\n  }\n": typeof types.ShareReportDocument,
    "\n  mutation RevokeReportShare($id: ID!) {\n    revokeReportShare(id: $id) { share { id revokedAt } errors { field message code } }\n  }\n": typeof types.RevokeReportShareDocument,
    "\n  mutation RegenerateReport($id: ID!) {\n    regenerateReport(id: $id) { report { id status version } job { id status } estimateCents warnings errors { field message code } }\n  }\n": typeof types.RegenerateReportDocument,
    "\n  query ReportView($id: ID!) {\n    report(id: $id) {\n      id kind title status version revision createdAt updatedAt\n      verification { statements flagged }\n      versions { id version status createdAt }\n      period { startDate endDate }\n      filters { employer project tags }\n      job { id status estimateCents costCents tokensIn tokensOut errorCode errorMessage cancelRequestedAt }\n      sections {\n        id heading position\n        statements {\n          id text position checkStatus unsupported\n          citations { id worklog { id date content metadata { employer project tags } } }\n        }\n      }\n    }\n  }\n": typeof types.ReportViewDocument,
    "\n  mutation CancelReportJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt } errors { field message code } }\n  }\n": typeof types.CancelReportJobDocument,
    "\n  query Reports($first: Int!, $after: String) {\n    reports(first: $first, after: $after) {\n      edges { cursor node { id kind title status version createdAt period { startDate endDate } job { id status costCents } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  query EstimateReport($input: GenerateReportInput!) {\n    estimateReport(input: $input) { estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings }\n    reserve { tenantId balanceCents currency }\n  }\n": typeof types.EstimateReportDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) { report { id status } job { id status } estimateCents warnings errors { field message code } }\n  }\n": typeof types.GenerateReportDocument,
    "\n  query CheckReportStatement($id: ID!, $text: String!) {\n    checkReportStatement(id: $id, text: $text) { status unsupported }\n  }\n": typeof types.CheckReportStatementDocument,
    "\n  mutation UpdateReportStatement($id: ID!, $text: String!) {\n    updateReportStatement(id: $id, text: $text) {\n      statement { id text position checkStatus unsupported }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateReportStatementDocument,
    "\n  mutation DeleteReportStatement($id: ID!) {\n    deleteReportStatement(id: $id) { deletedId errors { field message code } }\n  }\n": typeof types.DeleteReportStatementDocument,
    "\n  mutation MoveReportStatement($id: ID!, $position: Int!) {\n    moveReportStatement(id: $id, position: $position) { statement { id position } errors { field message code } }\n  }\n": typeof types.MoveReportStatementDocument,
    "\n  query Worklog($id: ID!) {\n    worklog(id: $id) { ...WorklogFields }\n  }\n": typeof types.WorklogDocument,
    "\n  query EvidenceDownloadLink($id: ID!) {\n    worklog(id: $id) { id evidence { id downloadUrl } }\n  }\n": typeof types.EvidenceDownloadLinkDocument,
    "\n  mutation UpdateWorklog($id: ID!, $input: WorklogPatch!) {\n    updateWorklog(id: $id, input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n": typeof types.UpdateWorklogDocument,
    "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id) { deletedId errors { field message code } }\n  }\n": typeof types.DeleteEvidenceDocument,
    "\n  mutation CreateWorklog($input: WorklogInput!) {\n    createWorklog(input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n": typeof types.CreateWorklogDocument,
    "\n  query Worklogs($first: Int!, $after: String, $filter: WorklogFilter) {\n    worklogs(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...WorklogFields } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.WorklogsDocument,
    "\n  query ExportWorklogs($format: WorklogFormat!, $filter: WorklogFilter) {\n    exportWorklogs(format: $format, filter: $filter)\n  }\n": typeof types.ExportWorklogsDocument,
    "\n  mutation ImportWorklogs($input: ImportWorklogsInput!) {\n    importWorklogs(input: $input) { created skipped errors { field message code } }\n  }\n": typeof types.ImportWorklogsDocument,
    "\n  fragment WorklogFields on Worklog {\n    id date content source draft highlight createdAt updatedAt\n    metadata { employer project tags workType outcome }\n    evidence { id originalName size contentType createdAt }\n  }\n": typeof types.WorklogFieldsFragmentDoc,
    "\n  query WorklogSuggestions {\n    worklogSuggestions {\n      employers { value uses lastUsed }\n      projects { value uses lastUsed }\n      tags { value uses }\n      workTypes { value uses }\n    }\n  }\n": typeof types.WorklogSuggestionsDocument,
    "\n  mutation DeleteWorklog($id: ID!) {\n    deleteWorklog(id: $id) { deletedId errors { field message code } }\n  }\n": typeof types.DeleteWorklogDocument,
    "\n  mutation UploadEvidence($worklogId: ID!, $file: Upload!) {\n    uploadEvidence(worklogId: $worklogId, file: $file) {\n      evidence { id originalName size contentType createdAt }\n      errors { field message code }\n    }\n  }\n": typeof types.UploadEvidenceDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { user { id } errors { field message code } }\n  }\n": types.ChangePasswordDocument,
    "\n  query ApiTokens {\n    me { id apiTokens { id name prefix createdAt lastUsedAt expiresAt } }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresDays: Int) {\n    createApiToken(name: $name, expiresDays: $expiresDays) {\n      token apiToken { id name prefix createdAt lastUsedAt expiresAt } errors { field message code }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { apiToken { id } errors { field message code } }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ConfidentialTerms {\n    me { id confidentialTerms }\n  }\n": types.ConfidentialTermsDocument,
    "\n  mutation SetConfidentialTerms($terms: [String!]!) {\n    setConfidentialTerms(terms: $terms) { confidentialTerms errors { field message code } }\n  }\n": types.SetConfidentialTermsDocument,
    "\n  query Positions {\n    me { id positions { id employer title start end current } }\n  }\n": types.PositionsDocument,
    "\n  mutation CreatePosition($input: PositionInput!) {\n    createPosition(input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n": types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: PositionInput!) {\n    updatePosition(id: $id, input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n": types.UpdatePositionDocument,
    "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) { deletedId errors { field message code } }\n  }\n": types.DeletePositionDocument,
    "\n  query Sessions {\n    me { id sessions { id createdAt lastUsedAt expiresAt userAgent ip current } }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { session { id } errors { field message code } }\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions { revokedCount errors { field message code } }\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query AuditEvents($prefix: String, $since: DateTime, $until: DateTime, $target: String, $after: String) {\n    admin {\n      auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target, first: 50, after: $after) {\n        edges { cursor node { id eventType actorUsername targetType targetId targetName ip message before after createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query BillingSummary {\n    admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } }\n  }\n": types.BillingSummaryDocument,
    "\n  query BillingAccounts($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $after: String) {\n    admin {\n      billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: 25, after: $after) {\n        edges { cursor node { tenantId tenantName user { id username email } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.BillingAccountsDocument,
    "\n  query TenantLedger($tenantId: ID!, $after: String) {\n    admin {\n      tenantReserve(tenantId: $tenantId) {\n        tenantId balanceCents currency\n        ledger(first: 25, after: $after) {\n          edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n          pageInfo { hasNextPage endCursor }\n          totalCount\n        }\n      }\n    }\n  }\n": types.TenantLedgerDocument,
    "\n  mutation AdjustReserve($input: AdjustReserveInput!) {\n    adjustReserve(input: $input) { reserve { tenantId balanceCents } entry { id } errors { field message code } }\n  }\n": types.AdjustReserveDocument,
    "\n  query AdminMetrics($startDate: Date, $endDate: Date, $tenantId: ID, $plan: String) {\n    admin {\n      metrics(startDate: $startDate, endDate: $endDate, tenantId: $tenantId, plan: $plan) {\n        startDate endDate tenantId plan computedAt fromSnapshot\n        revenue {\n          mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers\n          newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents\n          newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers\n          customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention\n          subscriptionsByStatus { status count } failedPayments\n        }\n        credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents accountsInCredit }\n        engagement {\n          dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate\n          cohorts { weekStart size week1 week4 week12 }\n        }\n        system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive jobsQueued oldestQueuedSeconds }\n        jobs {\n          finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d\n          usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars }\n        }\n        alerts { code message value threshold }\n      }\n    }\n  }\n": types.AdminMetricsDocument,
    "\n  query AdminMetricsSeries($startDate: Date, $endDate: Date, $tenantId: ID, $interval: String!) {\n    admin {\n      mrr: metricsSeries(metric: \"mrr_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      topups: metricsSeries(metric: \"topup_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      consumed: metricsSeries(metric: \"credit_consumed_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      daily: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"DAY\", tenantId: $tenantId) { start value }\n      weekly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"WEEK\", tenantId: $tenantId) { start value }\n      monthly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"MONTH\", tenantId: $tenantId) { start value }\n      requests: metricsSeries(metric: \"requests\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      errors: metricsSeries(metric: \"errors\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n    }\n  }\n": types.AdminMetricsSeriesDocument,
    "\n  query AdminMetricsTenants {\n    admin { tenants(first: 100) { edges { node { id name } } } }\n  }\n": types.AdminMetricsTenantsDocument,
    "\n  mutation RefreshMetrics {\n    refreshMetrics { metrics { computedAt } errors { field message code } }\n  }\n": types.RefreshMetricsDocument,
    "\n  query AdminSystemHealth {\n    admin {\n      systemHealth {\n        status checkedAt\n        checks { name status reason latencyMs value }\n        workers { pid host startedAt lastBeatAt currentJobId }\n        queueLength queuePending schedulerLastTickAt oldestQueuedJobSeconds\n      }\n    }\n  }\n": types.AdminSystemHealthDocument,
    "\n  query AdminJobs($status: JobStatus, $tenantId: ID, $first: Int!, $after: String) {\n    admin {\n      jobs(status: $status, tenantId: $tenantId, first: $first, after: $after) {\n        edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage username tenantId } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n      tenants(first: 100) { edges { node { id name } } }\n    }\n  }\n": types.AdminJobsDocument,
    "\n  query AdminJobTimeline($id: ID!) {\n    admin { job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } } }\n  }\n": types.AdminJobTimelineDocument,
    "\n  query AdminPasskeys($status: PasskeyStatus, $first: Int!, $after: String) {\n    admin {\n      passkeys(status: $status, first: $first, after: $after) {\n        edges { cursor node { id prefix status notes createdAt expiresAt usedAt revokedAt createdBy { id username } usedBy { id username } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.AdminPasskeysDocument,
    "\n  mutation CreateInvitePasskey($input: CreateInvitePasskeyInput!) {\n    createInvitePasskey(input: $input) { passkey invite { id prefix expiresAt } errors { field message code } }\n  }\n": types.CreateInvitePasskeyDocument,
    "\n  mutation RevokeInvitePasskey($id: ID!) {\n    revokeInvitePasskey(id: $id) { invite { id status revokedAt } errors { field message code } }\n  }\n": types.RevokeInvitePasskeyDocument,
    "\n  query AdminUsers($search: String, $isActive: Boolean, $role: UserRole, $sort: UserSort!, $descending: Boolean!, $first: Int!, $after: String) {\n    admin {\n      users(search: $search, isActive: $isActive, role: $role, sort: $sort, descending: $descending, first: $first, after: $after) {\n        edges { cursor node { id username email fullName isActive isStaff isSuperuser dateJoined lastLogin tenant { id name balanceCents currency } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation SetUserActive($userId: ID!, $isActive: Boolean!) {\n    setUserActive(userId: $userId, isActive: $isActive) { user { id isActive } errors { field message code } }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) { user { id username email fullName isStaff } errors { field message code } }\n  }\n": types.UpdateUserDocument,
    "\n  query AdminTenants {\n    admin { tenants(first: 100) { edges { node { id name } } totalCount } }\n  }\n": types.AdminTenantsDocument,
    "\n  query TenantMovePreview($userId: ID!, $tenantId: ID!) {\n    admin { tenantMovePreview(userId: $userId, tenantId: $tenantId) { worklogs evidence ledgerEntries tokens fromTenant { id name } toTenant { id name } } }\n  }\n": types.TenantMovePreviewDocument,
    "\n  mutation MoveUserToTenant($userId: ID!, $tenantId: ID!) {\n    moveUserToTenant(userId: $userId, tenantId: $tenantId) { user { id tenant { id name } } errors { field message code } }\n  }\n": types.MoveUserToTenantDocument,
    "\n  mutation Logout {\n    logout { ok errors { message code } }\n  }\n": types.LogoutDocument,
    "\n  query SystemStatus {\n    systemStatus { lockdown message }\n  }\n": types.SystemStatusDocument,
    "\n  query StatusReserve {\n    reserve { tenantId balanceCents currency isLow }\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n": types.StatusReserveDocument,
    "\n  subscription StatusBarLive {\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n": types.StatusBarLiveDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { user { id } errors { field message code } }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) { ok errors { field message code } }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { user { id } errors { field message code } }\n  }\n": types.SignupDocument,
    "\n  query Viewer {\n    me { id username email fullName isStaff isSuperuser tenant { id name } }\n  }\n": types.ViewerDocument,
    "\n  query Reserve($first: Int!, $after: String) {\n    reserve {\n      tenantId balanceCents heldCents currency isLow lowBalanceThresholdCents policy lastActivityAt\n      ledger(first: $first, after: $after) {\n        edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.ReserveDocument,
    "\n  mutation SetLowBalancePolicy($policy: LowBalancePolicy!) {\n    setLowBalancePolicy(policy: $policy) { reserve { tenantId policy } errors { field message code } }\n  }\n": types.SetLowBalancePolicyDocument,
    "\n  mutation CreateTopupSession($amountCents: Int!) {\n    createTopupSession(amountCents: $amountCents) { checkoutUrl errors { field message code } }\n  }\n": types.CreateTopupSessionDocument,
    "\n  query TopupBalance {\n    reserve { tenantId balanceCents currency ledger(first: 1) { edges { node { id type createdAt } } } }\n  }\n": types.TopupBalanceDocument,
    "\n  query ReserveUsage($startDate: Date!, $endDate: Date!, $bucket: UsageBucket!) {\n    reserve { tenantId usage(startDate: $startDate, endDate: $endDate, bucket: $bucket) { date creditsCents spentCents balanceCents } }\n  }\n": types.ReserveUsageDocument,
    "\n  subscription JobEvents($jobId: ID!, $afterSeq: Int) {\n    jobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n": types.JobEventsDocument,
    "\n  subscription AdminJobEvents($jobId: ID!, $afterSeq: Int) {\n    adminJobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n": types.AdminJobEventsDocument,
    "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.JobsDocument,
    "\n  query JobTimeline($id: ID!) {\n    job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } }\n  }\n": types.JobTimelineDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt finishedAt } errors { field message code } }\n  }\n": types.CancelJobDocument,
    "\n  query ReportFormats($id: ID!) {\n    report(id: $id) { id revision formats { format includeCitations bytes url } }\n  }\n": types.ReportFormatsDocument,
    "\n  query ReportShares($id: ID!) {\n    report(id: $id) { id shares { id includeCitations expiresAt revokedAt createdAt } }\n  }\n": types.ReportSharesDocument,
    "\n  mutation ShareReport($id: ID!, $expiresDays: Int!, $includeCitations: Boolean!) {\n    shareReport(id: $id, expiresDays: $expiresDays, includeCitations: $includeCitations) {\n      share { id url includeCitations expiresAt revokedAt createdAt }\n      errors { field message code }\n    }\n  }\n": types.ShareReportDocument,
    "\n  mutation RevokeReportShare($id: ID!) {\n    revokeReportShare(id: $id) { share { id revokedAt } errors { field message code } }\n  }\n": types.RevokeReportShareDocument,
    "\n  mutation RegenerateReport($id: ID!) {\n    regenerateReport(id: $id) { report { id status version } job { id status } estimateCents warnings errors { field message code } }\n  }\n": types.RegenerateReportDocument,
    "\n  query ReportView($id: ID!) {\n    report(id: $id) {\n      id kind title status version revision createdAt updatedAt\n      verification { statements flagged }\n      versions { id version status createdAt }\n      period { startDate endDate }\n      filters { employer project tags }\n      job { id status estimateCents costCents tokensIn tokensOut errorCode errorMessage cancelRequestedAt }\n      sections {\n        id heading position\n        statements {\n          id text position checkStatus unsupported\n          citations { id worklog { id date content metadata { employer project tags } } }\n        }\n      }\n    }\n  }\n": types.ReportViewDocument,
    "\n  mutation CancelReportJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt } errors { field message code } }\n  }\n": types.CancelReportJobDocument,
    "\n  query Reports($first: Int!, $after: String) {\n    reports(first: $first, after: $after) {\n      edges { cursor node { id kind title status version createdAt period { startDate endDate } job { id status costCents } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.ReportsDocument,
    "\n  query EstimateReport($input: GenerateReportInput!) {\n    estimateReport(input: $input) { estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings }\n    reserve { tenantId balanceCents currency }\n  }\n": types.EstimateReportDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) { report { id status } job { id status } estimateCents warnings errors { field message code } }\n  }\n": types.GenerateReportDocument,
    "\n  query CheckReportStatement($id: ID!, $text: String!) {\n    checkReportStatement(id: $id, text: $text) { status unsupported }\n  }\n": types.CheckReportStatementDocument,
    "\n  mutation UpdateReportStatement($id: ID!, $text: String!) {\n    updateReportStatement(id: $id, text: $text) {\n      statement { id text position checkStatus unsupported }\n      errors { field message code }\n    }\n  }\n": types.UpdateReportStatementDocument,
    "\n  mutation DeleteReportStatement($id: ID!) {\n    deleteReportStatement(id: $id) { deletedId errors { field message code } }\n  }\n": types.DeleteReportStatementDocument,
    "\n  mutation MoveReportStatement($id: ID!, $position: Int!) {\n    moveReportStatement(id: $id, position: $position) { statement { id position } errors { field message code } }\n  }\n": types.MoveReportStatementDocument,
    "\n  query Worklog($id: ID!) {\n    worklog(id: $id) { ...WorklogFields }\n  }\n": types.WorklogDocument,
    "\n  query EvidenceDownloadLink($id: ID!) {\n    worklog(id: $id) { id evidence { id downloadUrl } }\n  }\n": types.EvidenceDownloadLinkDocument,
    "\n  mutation UpdateWorklog($id: ID!, $input: WorklogPatch!) {\n    updateWorklog(id: $id, input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n": types.UpdateWorklogDocument,
    "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id) { deletedId errors { field message code } }\n  }\n": types.DeleteEvidenceDocument,
    "\n  mutation CreateWorklog($input: WorklogInput!) {\n    createWorklog(input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n": types.CreateWorklogDocument,
    "\n  query Worklogs($first: Int!, $after: String, $filter: WorklogFilter) {\n    worklogs(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...WorklogFields } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.WorklogsDocument,
    "\n  query ExportWorklogs($format: WorklogFormat!, $filter: WorklogFilter) {\n    exportWorklogs(format: $format, filter: $filter)\n  }\n": types.ExportWorklogsDocument,
    "\n  mutation ImportWorklogs($input: ImportWorklogsInput!) {\n    importWorklogs(input: $input) { created skipped errors { field message code } }\n  }\n": types.ImportWorklogsDocument,
    "\n  fragment WorklogFields on Worklog {\n    id date content source draft highlight createdAt updatedAt\n    metadata { employer project tags workType outcome }\n    evidence { id originalName size contentType createdAt }\n  }\n": types.WorklogFieldsFragmentDoc,
    "\n  query WorklogSuggestions {\n    worklogSuggestions {\n      employers { value uses lastUsed }\n      projects { value uses lastUsed }\n      tags { value uses }\n      workTypes { value uses }\n    }\n  }\n": types.WorklogSuggestionsDocument,
    "\n  mutation DeleteWorklog($id: ID!) {\n    deleteWorklog(id: $id) { deletedId errors { field message code } }\n  }\n": types.DeleteWorklogDocument,
    "\n  mutation UploadEvidence($worklogId: ID!, $file: Upload!) {\n    uploadEvidence(worklogId: $worklogId, file: $file) {\n      evidence { id originalName size contentType createdAt }\n      errors { field message code }\n    }\n  }\n": types.UploadEvidenceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    me { id apiTokens { id name prefix createdAt lastUsedAt expiresAt } }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    me { id apiTokens { id name prefix createdAt lastUsedAt expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresDays: Int) {\n    createApiToken(name: $name, expiresDays: $expiresDays) {\n      token apiToken { id name prefix createdAt lastUsedAt expiresAt } errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresDays: Int) {\n    createApiToken(name: $name, expiresDays: $expiresDays) {\n      token apiToken { id name prefix createdAt lastUsedAt expiresAt } errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { apiToken { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { apiToken { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialTerms {\n    me { id confidentialTerms }\n  }\n"): (typeof documents)["\n  query ConfidentialTerms {\n    me { id confidentialTerms }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConfidentialTerms($terms: [String!]!) {\n    setConfidentialTerms(terms: $terms) { confidentialTerms errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation SetConfidentialTerms($terms: [String!]!) {\n    setConfidentialTerms(terms: $terms) { confidentialTerms errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Positions {\n    me { id positions { id employer title start end current } }\n  }\n"): (typeof documents)["\n  query Positions {\n    me { id positions { id employer title start end current } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosition($input: PositionInput!) {\n    createPosition(input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CreatePosition($input: PositionInput!) {\n    createPosition(input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($id: ID!, $input: PositionInput!) {\n    updatePosition(id: $id, input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($id: ID!, $input: PositionInput!) {\n    updatePosition(id: $id, input: $input) { position { id employer title start end current } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) { deletedId errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DeletePosition($id: ID!) {\n    deletePosition(id: $id) { deletedId errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    me { id sessions { id createdAt lastUsedAt expiresAt userAgent ip current } }\n  }\n"): (typeof documents)["\n  query Sessions {\n    me { id sessions { id createdAt lastUsedAt expiresAt userAgent ip current } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { session { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) { session { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions { revokedCount errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions { revokedCount errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($prefix: String, $since: DateTime, $until: DateTime, $target: String, $after: String) {\n    admin {\n      auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target, first: 50, after: $after) {\n        edges { cursor node { id eventType actorUsername targetType targetId targetName ip message before after createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($prefix: String, $since: DateTime, $until: DateTime, $target: String, $after: String) {\n    admin {\n      auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target, first: 50, after: $after) {\n        edges { cursor node { id eventType actorUsername targetType targetId targetName ip message before after createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSummary {\n    admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } }\n  }\n"): (typeof documents)["\n  query BillingSummary {\n    admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingAccounts($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $after: String) {\n    admin {\n      billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: 25, after: $after) {\n        edges { cursor node { tenantId tenantName user { id username email } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingAccounts($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $after: String) {\n    admin {\n      billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: 25, after: $after) {\n        edges { cursor node { tenantId tenantName user { id username email } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantLedger($tenantId: ID!, $after: String) {\n    admin {\n      tenantReserve(tenantId: $tenantId) {\n        tenantId balanceCents currency\n        ledger(first: 25, after: $after) {\n          edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n          pageInfo { hasNextPage endCursor }\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantLedger($tenantId: ID!, $after: String) {\n    admin {\n      tenantReserve(tenantId: $tenantId) {\n        tenantId balanceCents currency\n        ledger(first: 25, after: $after) {\n          edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n          pageInfo { hasNextPage endCursor }\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustReserve($input: AdjustReserveInput!) {\n    adjustReserve(input: $input) { reserve { tenantId balanceCents } entry { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AdjustReserve($input: AdjustReserveInput!) {\n    adjustReserve(input: $input) { reserve { tenantId balanceCents } entry { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMetrics($startDate: Date, $endDate: Date, $tenantId: ID, $plan: String) {\n    admin {\n      metrics(startDate: $startDate, endDate: $endDate, tenantId: $tenantId, plan: $plan) {\n        startDate endDate tenantId plan computedAt fromSnapshot\n        revenue {\n          mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers\n          newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents\n          newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers\n          customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention\n          subscriptionsByStatus { status count } failedPayments\n        }\n        credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents accountsInCredit }\n        engagement {\n          dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate\n          cohorts { weekStart size week1 week4 week12 }\n        }\n        system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive jobsQueued oldestQueuedSeconds }\n        jobs {\n          finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d\n          usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars }\n        }\n        alerts { code message value threshold }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMetrics($startDate: Date, $endDate: Date, $tenantId: ID, $plan: String) {\n    admin {\n      metrics(startDate: $startDate, endDate: $endDate, tenantId: $tenantId, plan: $plan) {\n        startDate endDate tenantId plan computedAt fromSnapshot\n        revenue {\n          mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers\n          newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents\n          newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers\n          customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention\n          subscriptionsByStatus { status count } failedPayments\n        }\n        credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents accountsInCredit }\n        engagement {\n          dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate\n          cohorts { weekStart size week1 week4 week12 }\n        }\n        system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive jobsQueued oldestQueuedSeconds }\n        jobs {\n          finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d\n          usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars }\n        }\n        alerts { code message value threshold }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMetricsSeries($startDate: Date, $endDate: Date, $tenantId: ID, $interval: String!) {\n    admin {\n      mrr: metricsSeries(metric: \"mrr_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      topups: metricsSeries(metric: \"topup_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      consumed: metricsSeries(metric: \"credit_consumed_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      daily: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"DAY\", tenantId: $tenantId) { start value }\n      weekly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"WEEK\", tenantId: $tenantId) { start value }\n      monthly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"MONTH\", tenantId: $tenantId) { start value }\n      requests: metricsSeries(metric: \"requests\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      errors: metricsSeries(metric: \"errors\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n    }\n  }\n"): (typeof documents)["\n  query AdminMetricsSeries($startDate: Date, $endDate: Date, $tenantId: ID, $interval: String!) {\n    admin {\n      mrr: metricsSeries(metric: \"mrr_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      topups: metricsSeries(metric: \"topup_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      consumed: metricsSeries(metric: \"credit_consumed_cents\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      daily: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"DAY\", tenantId: $tenantId) { start value }\n      weekly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"WEEK\", tenantId: $tenantId) { start value }\n      monthly: metricsSeries(metric: \"active_users\", startDate: $startDate, endDate: $endDate, interval: \"MONTH\", tenantId: $tenantId) { start value }\n      requests: metricsSeries(metric: \"requests\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n      errors: metricsSeries(metric: \"errors\", startDate: $startDate, endDate: $endDate, interval: $interval, tenantId: $tenantId) { start value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMetricsTenants {\n    admin { tenants(first: 100) { edges { node { id name } } } }\n  }\n"): (typeof documents)["\n  query AdminMetricsTenants {\n    admin { tenants(first: 100) { edges { node { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshMetrics {\n    refreshMetrics { metrics { computedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RefreshMetrics {\n    refreshMetrics { metrics { computedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSystemHealth {\n    admin {\n      systemHealth {\n        status checkedAt\n        checks { name status reason latencyMs value }\n        workers { pid host startedAt lastBeatAt currentJobId }\n        queueLength queuePending schedulerLastTickAt oldestQueuedJobSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSystemHealth {\n    admin {\n      systemHealth {\n        status checkedAt\n        checks { name status reason latencyMs value }\n        workers { pid host startedAt lastBeatAt currentJobId }\n        queueLength queuePending schedulerLastTickAt oldestQueuedJobSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobs($status: JobStatus, $tenantId: ID, $first: Int!, $after: String) {\n    admin {\n      jobs(status: $status, tenantId: $tenantId, first: $first, after: $after) {\n        edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage username tenantId } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n      tenants(first: 100) { edges { node { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query AdminJobs($status: JobStatus, $tenantId: ID, $first: Int!, $after: String) {\n    admin {\n      jobs(status: $status, tenantId: $tenantId, first: $first, after: $after) {\n        edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage username tenantId } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n      tenants(first: 100) { edges { node { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobTimeline($id: ID!) {\n    admin { job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } } }\n  }\n"): (typeof documents)["\n  query AdminJobTimeline($id: ID!) {\n    admin { job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPasskeys($status: PasskeyStatus, $first: Int!, $after: String) {\n    admin {\n      passkeys(status: $status, first: $first, after: $after) {\n        edges { cursor node { id prefix status notes createdAt expiresAt usedAt revokedAt createdBy { id username } usedBy { id username } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPasskeys($status: PasskeyStatus, $first: Int!, $after: String) {\n    admin {\n      passkeys(status: $status, first: $first, after: $after) {\n        edges { cursor node { id prefix status notes createdAt expiresAt usedAt revokedAt createdBy { id username } usedBy { id username } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitePasskey($input: CreateInvitePasskeyInput!) {\n    createInvitePasskey(input: $input) { passkey invite { id prefix expiresAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CreateInvitePasskey($input: CreateInvitePasskeyInput!) {\n    createInvitePasskey(input: $input) { passkey invite { id prefix expiresAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitePasskey($id: ID!) {\n    revokeInvitePasskey(id: $id) { invite { id status revokedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitePasskey($id: ID!) {\n    revokeInvitePasskey(id: $id) { invite { id status revokedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $isActive: Boolean, $role: UserRole, $sort: UserSort!, $descending: Boolean!, $first: Int!, $after: String) {\n    admin {\n      users(search: $search, isActive: $isActive, role: $role, sort: $sort, descending: $descending, first: $first, after: $after) {\n        edges { cursor node { id username email fullName isActive isStaff isSuperuser dateJoined lastLogin tenant { id name balanceCents currency } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $isActive: Boolean, $role: UserRole, $sort: UserSort!, $descending: Boolean!, $first: Int!, $after: String) {\n    admin {\n      users(search: $search, isActive: $isActive, role: $role, sort: $sort, descending: $descending, first: $first, after: $after) {\n        edges { cursor node { id username email fullName isActive isStaff isSuperuser dateJoined lastLogin tenant { id name balanceCents currency } } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $isActive: Boolean!) {\n    setUserActive(userId: $userId, isActive: $isActive) { user { id isActive } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $isActive: Boolean!) {\n    setUserActive(userId: $userId, isActive: $isActive) { user { id isActive } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {\n    resetUserPassword(userId: $userId, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) { user { id username email fullName isStaff } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) { user { id username email fullName isStaff } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTenants {\n    admin { tenants(first: 100) { edges { node { id name } } totalCount } }\n  }\n"): (typeof documents)["\n  query AdminTenants {\n    admin { tenants(first: 100) { edges { node { id name } } totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantMovePreview($userId: ID!, $tenantId: ID!) {\n    admin { tenantMovePreview(userId: $userId, tenantId: $tenantId) { worklogs evidence ledgerEntries tokens fromTenant { id name } toTenant { id name } } }\n  }\n"): (typeof documents)["\n  query TenantMovePreview($userId: ID!, $tenantId: ID!) {\n    admin { tenantMovePreview(userId: $userId, tenantId: $tenantId) { worklogs evidence ledgerEntries tokens fromTenant { id name } toTenant { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUserToTenant($userId: ID!, $tenantId: ID!) {\n    moveUserToTenant(userId: $userId, tenantId: $tenantId) { user { id tenant { id name } } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation MoveUserToTenant($userId: ID!, $tenantId: ID!) {\n    moveUserToTenant(userId: $userId, tenantId: $tenantId) { user { id tenant { id name } } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok errors { message code } }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok errors { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus { lockdown message }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus { lockdown message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReserve {\n    reserve { tenantId balanceCents currency isLow }\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n"): (typeof documents)["\n  query StatusReserve {\n    reserve { tenantId balanceCents currency isLow }\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusBarLive {\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n"): (typeof documents)["\n  subscription StatusBarLive {\n    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) { ok errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) { ok errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { user { id } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { user { id } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me { id username email fullName isStaff isSuperuser tenant { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me { id username email fullName isStaff isSuperuser tenant { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reserve($first: Int!, $after: String) {\n    reserve {\n      tenantId balanceCents heldCents currency isLow lowBalanceThresholdCents policy lastActivityAt\n      ledger(first: $first, after: $after) {\n        edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reserve($first: Int!, $after: String) {\n    reserve {\n      tenantId balanceCents heldCents currency isLow lowBalanceThresholdCents policy lastActivityAt\n      ledger(first: $first, after: $after) {\n        edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLowBalancePolicy($policy: LowBalancePolicy!) {\n    setLowBalancePolicy(policy: $policy) { reserve { tenantId policy } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation SetLowBalancePolicy($policy: LowBalancePolicy!) {\n    setLowBalancePolicy(policy: $policy) { reserve { tenantId policy } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTopupSession($amountCents: Int!) {\n    createTopupSession(amountCents: $amountCents) { checkoutUrl errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CreateTopupSession($amountCents: Int!) {\n    createTopupSession(amountCents: $amountCents) { checkoutUrl errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopupBalance {\n    reserve { tenantId balanceCents currency ledger(first: 1) { edges { node { id type createdAt } } } }\n  }\n"): (typeof documents)["\n  query TopupBalance {\n    reserve { tenantId balanceCents currency ledger(first: 1) { edges { node { id type createdAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReserveUsage($startDate: Date!, $endDate: Date!, $bucket: UsageBucket!) {\n    reserve { tenantId usage(startDate: $startDate, endDate: $endDate, bucket: $bucket) { date creditsCents spentCents balanceCents } }\n  }\n"): (typeof documents)["\n  query ReserveUsage($startDate: Date!, $endDate: Date!, $bucket: UsageBucket!) {\n    reserve { tenantId usage(startDate: $startDate, endDate: $endDate, bucket: $bucket) { date creditsCents spentCents balanceCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobEvents($jobId: ID!, $afterSeq: Int) {\n    jobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n"): (typeof documents)["\n  subscription JobEvents($jobId: ID!, $afterSeq: Int) {\n    jobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminJobEvents($jobId: ID!, $afterSeq: Int) {\n    adminJobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n"): (typeof documents)["\n  subscription AdminJobEvents($jobId: ID!, $afterSeq: Int) {\n    adminJobEvents(jobId: $jobId, afterSeq: $afterSeq) { seq type message at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobTimeline($id: ID!) {\n    job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } }\n  }\n"): (typeof documents)["\n  query JobTimeline($id: ID!) {\n    job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt finishedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt finishedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFormats($id: ID!) {\n    report(id: $id) { id revision formats { format includeCitations bytes url } }\n  }\n"): (typeof documents)["\n  query ReportFormats($id: ID!) {\n    report(id: $id) { id revision formats { format includeCitations bytes url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportShares($id: ID!) {\n    report(id: $id) { id shares { id includeCitations expiresAt revokedAt createdAt } }\n  }\n"): (typeof documents)["\n  query ReportShares($id: ID!) {\n    report(id: $id) { id shares { id includeCitations expiresAt revokedAt createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareReport($id: ID!, $expiresDays: Int!, $includeCitations: Boolean!) {\n    shareReport(id: $id, expiresDays: $expiresDays, includeCitations: $includeCitations) {\n      share { id url includeCitations expiresAt revokedAt createdAt }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ShareReport($id: ID!, $expiresDays: Int!, $includeCitations: Boolean!) {\n    shareReport(id: $id, expiresDays: $expiresDays, includeCitations: $includeCitations) {\n      share { id url includeCitations expiresAt revokedAt createdAt }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReportShare($id: ID!) {\n    revokeReportShare(id: $id) { share { id revokedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RevokeReportShare($id: ID!) {\n    revokeReportShare(id: $id) { share { id revokedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateReport($id: ID!) {\n    regenerateReport(id: $id) { report { id status version } job { id status } estimateCents warnings errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation RegenerateReport($id: ID!) {\n    regenerateReport(id: $id) { report { id status version } job { id status } estimateCents warnings errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportView($id: ID!) {\n    report(id: $id) {\n      id kind title status version revision createdAt updatedAt\n      verification { statements flagged }\n      versions { id version status createdAt }\n      period { startDate endDate }\n      filters { employer project tags }\n      job { id status estimateCents costCents tokensIn tokensOut errorCode errorMessage cancelRequestedAt }\n      sections {\n        id heading position\n        statements {\n          id text position checkStatus unsupported\n          citations { id worklog { id date content metadata { employer project tags } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportView($id: ID!) {\n    report(id: $id) {\n      id kind title status version revision createdAt updatedAt\n      verification { statements flagged }\n      versions { id version status createdAt }\n      period { startDate endDate }\n      filters { employer project tags }\n      job { id status estimateCents costCents tokensIn tokensOut errorCode errorMessage cancelRequestedAt }\n      sections {\n        id heading position\n        statements {\n          id text position checkStatus unsupported\n          citations { id worklog { id date content metadata { employer project tags } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReportJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CancelReportJob($id: ID!) {\n    cancelJob(id: $id) { job { id status cancelRequestedAt } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($first: Int!, $after: String) {\n    reports(first: $first, after: $after) {\n      edges { cursor node { id kind title status version createdAt period { startDate endDate } job { id status costCents } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Reports($first: Int!, $after: String) {\n    reports(first: $first, after: $after) {\n      edges { cursor node { id kind title status version createdAt period { startDate endDate } job { id status costCents } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateReport($input: GenerateReportInput!) {\n    estimateReport(input: $input) { estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings }\n    reserve { tenantId balanceCents currency }\n  }\n"): (typeof documents)["\n  query EstimateReport($input: GenerateReportInput!) {\n    estimateReport(input: $input) { estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings }\n    reserve { tenantId balanceCents currency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) { report { id status } job { id status } estimateCents warnings errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) { report { id status } job { id status } estimateCents warnings errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckReportStatement($id: ID!, $text: String!) {\n    checkReportStatement(id: $id, text: $text) { status unsupported }\n  }\n"): (typeof documents)["\n  query CheckReportStatement($id: ID!, $text: String!) {\n    checkReportStatement(id: $id, text: $text) { status unsupported }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportStatement($id: ID!, $text: String!) {\n    updateReportStatement(id: $id, text: $text) {\n      statement { id text position checkStatus unsupported }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReportStatement($id: ID!, $text: String!) {\n    updateReportStatement(id: $id, text: $text) {\n      statement { id text position checkStatus unsupported }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportStatement($id: ID!) {\n    deleteReportStatement(id: $id) { deletedId errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteReportStatement($id: ID!) {\n    deleteReportStatement(id: $id) { deletedId errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReportStatement($id: ID!, $position: Int!) {\n    moveReportStatement(id: $id, position: $position) { statement { id position } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation MoveReportStatement($id: ID!, $position: Int!) {\n    moveReportStatement(id: $id, position: $position) { statement { id position } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Worklog($id: ID!) {\n    worklog(id: $id) { ...WorklogFields }\n  }\n"): (typeof documents)["\n  query Worklog($id: ID!) {\n    worklog(id: $id) { ...WorklogFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceDownloadLink($id: ID!) {\n    worklog(id: $id) { id evidence { id downloadUrl } }\n  }\n"): (typeof documents)["\n  query EvidenceDownloadLink($id: ID!) {\n    worklog(id: $id) { id evidence { id downloadUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorklog($id: ID!, $input: WorklogPatch!) {\n    updateWorklog(id: $id, input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation UpdateWorklog($id: ID!, $input: WorklogPatch!) {\n    updateWorklog(id: $id, input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id) { deletedId errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteEvidence($id: ID!) {\n    deleteEvidence(id: $id) { deletedId errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorklog($input: WorklogInput!) {\n    createWorklog(input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation CreateWorklog($input: WorklogInput!) {\n    createWorklog(input: $input) { worklog { ...WorklogFields } errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Worklogs($first: Int!, $after: String, $filter: WorklogFilter) {\n    worklogs(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...WorklogFields } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Worklogs($first: Int!, $after: String, $filter: WorklogFilter) {\n    worklogs(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...WorklogFields } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportWorklogs($format: WorklogFormat!, $filter: WorklogFilter) {\n    exportWorklogs(format: $format, filter: $filter)\n  }\n"): (typeof documents)["\n  query ExportWorklogs($format: WorklogFormat!, $filter: WorklogFilter) {\n    exportWorklogs(format: $format, filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWorklogs($input: ImportWorklogsInput!) {\n    importWorklogs(input: $input) { created skipped errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ImportWorklogs($input: ImportWorklogsInput!) {\n    importWorklogs(input: $input) { created skipped errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklogFields on Worklog {\n    id date content source draft highlight createdAt updatedAt\n    metadata { employer project tags workType outcome }\n    evidence { id originalName size contentType createdAt }\n  }\n"): (typeof documents)["\n  fragment WorklogFields on Worklog {\n    id date content source draft highlight createdAt updatedAt\n    metadata { employer project tags workType outcome }\n    evidence { id originalName size contentType createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorklogSuggestions {\n    worklogSuggestions {\n      employers { value uses lastUsed }\n      projects { value uses lastUsed }\n      tags { value uses }\n      workTypes { value uses }\n    }\n  }\n"): (typeof documents)["\n  query WorklogSuggestions {\n    worklogSuggestions {\n      employers { value uses lastUsed }\n      projects { value uses lastUsed }\n      tags { value uses }\n      workTypes { value uses }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorklog($id: ID!) {\n    deleteWorklog(id: $id) { deletedId errors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteWorklog($id: ID!) {\n    deleteWorklog(id: $id) { deletedId errors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadEvidence($worklogId: ID!, $file: Upload!) {\n    uploadEvidence(worklogId: $worklogId, file: $file) {\n      evidence { id originalName size contentType createdAt }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadEvidence($worklogId: ID!, $file: Upload!) {\n    uploadEvidence(worklogId: $worklogId, file: $file) {\n      evidence { id originalName size contentType createdAt }\n      errors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;