package nl.ngf.grants.funding;

import java.util.List;
import nl.ngf.grants.identity.Actor;

/**
 * The tranche-release workflow as users drive it. Each call is one transaction: the domain rows and
 * the workflow step commit together. Refusals are {@link nl.ngf.grants.shared.DomainException}s and
 * change nothing.
 */
public interface FundingService {

    /** The tranche a task of the trancheRelease model is about, if this actor may work on that task. */
    TrancheView trancheOfTask(Actor actor, String taskId, String taskKey);

    /** The PPS's applicant reports progress, completing submitProgressReport. */
    void submitProgressReport(Actor applicant, String taskId, ProgressReportSubmission report);

    /** A grant officer verifies the report, completing verifyProgressReport; the decision table decides next. */
    TrancheStatus verify(Actor officer, String taskId, Verification verification);

    /** A second grant officer, never the verifier, approves or refuses the release (approveRelease). */
    void approve(Actor officer, String taskId, SecondApproval approval);

    /** The applicant submits a corrective-action plan for a withheld tranche (submitCorrectiveActionPlan). */
    void submitCorrectiveActionPlan(Actor applicant, String taskId, CorrectiveActionPlan plan);

    /** A grant officer extends an overdue report's deadline or cancels the tranche (decideOnOverdueReport). */
    void decideOnOverdueReport(Actor officer, String taskId, OverdueDecision decision);

    /** A grant officer extends an overdue corrective-action plan's deadline or cancels the tranche (decideOnOverduePlan). */
    void decideOnOverduePlan(Actor officer, String taskId, OverdueDecision decision);

    /** A PPS's allocation, releases, tranches and change requests, if this actor may see the PPS. */
    PartnershipFunding fundingOf(Actor actor, long partnershipId);

    /**
     * Per PPS this actor may see (by id): allocated and released so far, and its latest reported figures; PPSs
     * without an allocation are left out.
     */
    java.util.Map<Long, PartnershipTotals> totals(Actor actor);

    /**
     * A PPS's allocation and what is paid of it, and the figures of its latest progress report and when it was
     * submitted (both null before the first), for lists.
     */
    record PartnershipTotals(nl.ngf.grants.shared.Money allocated, nl.ngf.grants.shared.Money released,
                             nl.ngf.grants.partnership.Kpis latest, java.time.Instant reportedAt) implements java.io.Serializable {
    }

    /**
     * Per programme this actor may see (by id): what is allocated over its PPSs and what is paid to them; programmes
     * not yet allocated are left out.
     */
    java.util.Map<Long, ProgrammeTotals> programmeTotals(Actor actor);

    /** A programme's allocated and paid amounts, for lists. */
    record ProgrammeTotals(nl.ngf.grants.shared.Money allocated, nl.ngf.grants.shared.Money released) implements java.io.Serializable {
    }

    /**
     * {@code size} of the tranches of the allocated PPSs this actor may see (an applicant: their organisation's) that the
     * selection names, from number {@code first} (0 the first) by planned date, PPS and number, each with its status and
     * when it was paid, read from the database as a page, with how many the whole selection has and what they add up to.
     */
    TrancheExtract tranchePage(Actor actor, TrancheSelection selection, int first, int size);

    /** The programmes of the tranches this actor may see (to narrow the list of tranches to one). */
    List<Long> programmesWithTranches(Actor actor);

    /** A programme's awarded, allocated and released amounts, if this actor may see the programme. */
    ProgrammeFunding programmeFunding(Actor actor, long programmeId);

    /**
     * What the programme's PPSs that this actor may see have reported against their baselines and
     * targets, if this actor may see the programme.
     */
    ProgrammeResults programmeResults(Actor actor, long programmeId);

    /**
     * The PPS's applicant asks to change a tranche whose progress report is not in yet. A delay or a new milestone, or a
     * budget shift that takes either tranche more than the configured share away from the amount a grant officer
     * set for it (at the allocation or by approving a shift), waits for a grant officer; a smaller shift applies at
     * once. Returns the request's id.
     */
    long requestChange(Actor applicant, ChangeRequestSubmission request);

    /** The share (percent) a budget shift may take a tranche away from the amount an officer set before one must approve it. */
    int changeApprovalThresholdPercent();

    /** The change request a decideOnChangeRequest task is about, if this actor may work on it. */
    ChangeRequestView changeRequestOfTask(Actor actor, String taskId);

    /**
     * A grant officer approves (the schedule changes) or rejects (nothing changes) a change request. Approving a delay
     * of a report that is overdue also extends the report to the new date, as the overdue decision would.
     */
    void decideOnChangeRequest(Actor officer, String taskId, ChangeRequestDecision decision);

    /** The change requests of this PPS, newest first, if this actor may see the PPS. */
    List<ChangeRequestView> changeRequestsOf(Actor actor, long partnershipId);

    /** Administrators: the approved tranches whose payment failed on the job executor, retrying or given up. */
    List<StalledRelease> stalledReleases(Actor administrator);

    /**
     * Administrators: one more attempt to pay a stalled tranche, now. Safe to repeat: the ledger pays a
     * tranche at most once. Refuses a tranche whose payment has not failed.
     */
    void retryRelease(Actor administrator, long trancheId);

    /** Administrators: every line of the disbursement ledger, newest first. */
    List<LedgerLine> ledger(Actor administrator);

    /**
     * Administrators: {@code size} lines of the disbursement ledger from line {@code first} (0 the newest), read
     * from the database as a page, with the number of lines and the total of the whole ledger.
     */
    LedgerExtract ledgerPage(Actor administrator, int first, int size);

    /** Administrators: reconciles every ledger line with its tranche, allocation, award, decisions and audit entry. */
    LedgerCheck checkLedger(Actor administrator);

    /**
     * Administrators: runs the release step of a paid tranche once more, as a retried or duplicated job
     * would, and says what it changed (nothing: the ledger pays a tranche once). Audited. Refuses a
     * tranche that is not paid.
     */
    ReleaseReplay replayRelease(Actor administrator, long trancheId);
}
