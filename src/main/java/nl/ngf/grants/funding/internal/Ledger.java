package nl.ngf.grants.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.funding.LedgerCheck;
import nl.ngf.grants.funding.LedgerCheck.Finding;
import nl.ngf.grants.funding.LedgerExtract;
import nl.ngf.grants.funding.LedgerLine;
import nl.ngf.grants.funding.ReleaseDecision;
import nl.ngf.grants.funding.ReleaseReplay;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.partnership.TrancheSchedule;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;

/**
 * The disbursement ledger as a whole, for administrators and auditors: its lines, a reconciliation of
 * every line against what allowed it, and the release step of a paid tranche run once more. The
 * caller has checked the actor's role and holds the transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    /** What the decision table decided on a tranche (null: an output unknown here), and on which amount. */
    private record RuleDecided(ReleaseDecision decision, String output, Long amountCents) {
    }

    /** The amount a {@code tranche.released} audit entry records. */
    private static final Pattern AUDITED_AMOUNT = Pattern.compile("(?:^|; )amountCents=(\\d+)");

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    TrancheSchedule schedule;

    @Inject
    ProgrammeService programmes;

    @Inject
    TrancheOutcomes outcomes;

    @Inject
    AuditTrail audit;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** Every line of the ledger, newest first. */
    public List<LedgerLine> lines(Actor administrator) {
        List<Disbursement> disbursements = em.createQuery("select d from Disbursement d order by d.releasedAt desc, d.id desc",
                Disbursement.class).getResultList();
        Map<Long, ScheduledTranche> tranches = tranchesOf(disbursements.stream().map(d -> d.programmeId).collect(Collectors.toSet()));
        return lines(administrator, disbursements, tranches::get);
    }

    /**
     * A page of the ledger, newest first, read as a page from the database: one query for its lines, one for the
     * whole ledger's count and total, one for their tranches and PPSs, and the programmes' references.
     */
    public LedgerExtract page(Actor administrator, int first, int size) {
        Object[] whole = em.createQuery("select count(d), coalesce(sum(d.amountCents), 0) from Disbursement d", Object[].class)
                .getSingleResult();
        List<Disbursement> disbursements = size <= 0 ? List.of()
                : em.createQuery("select d from Disbursement d order by d.releasedAt desc, d.id desc", Disbursement.class)
                        .setFirstResult(Math.max(first, 0)).setMaxResults(size).getResultList();
        Map<Long, ScheduledTranche> tranches = schedule.tranches(disbursements.stream().map(d -> d.trancheId).toList());
        return new LedgerExtract(lines(administrator, disbursements, tranches::get), ((Number) whole[0]).longValue(),
                Money.ofCents(((Number) whole[1]).longValue()));
    }

    private List<LedgerLine> lines(Actor administrator, List<Disbursement> disbursements, Function<Long, ScheduledTranche> tranches) {
        if (disbursements.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgrammeSummary> programmesById = programmesById(administrator);
        return disbursements.stream().map(d -> {
            ScheduledTranche tranche = tranches.apply(d.trancheId);
            ProgrammeSummary programme = programmesById.get(d.programmeId);
            return new LedgerLine(d.trancheId, d.programmeId, programme == null ? String.valueOf(d.programmeId) : programme.reference(),
                    d.partnershipId, tranche == null ? String.valueOf(d.partnershipId) : tranche.partnershipName(),
                    tranche == null ? 0 : tranche.sequence(), Money.ofCents(d.amountCents), d.releasedAt, d.authorisedBy);
        }).toList();
    }

    /**
     * Reconciles the ledger: each line belongs to a released tranche of its own PPS and programme, for
     * exactly the tranche's amount, authorised by the officer who verified or approved it, recorded once
     * in the audit trail; each tranche is paid at most once and each released tranche is paid; no PPS
     * receives more than its allocation, whose tranches add up to it; no programme is paid before its
     * award or more than it.
     */
    public LedgerCheck check(Actor administrator) {
        Map<Long, ProgrammeSummary> programmesById = programmesById(administrator);
        List<Disbursement> disbursements = em.createQuery("select d from Disbursement d order by d.id", Disbursement.class).getResultList();
        List<TrancheRelease> releases = em.createQuery("select r from TrancheRelease r", TrancheRelease.class).getResultList();
        Set<Long> programmeIds = new HashSet<>();
        releases.forEach(r -> programmeIds.add(r.programmeId));
        disbursements.forEach(d -> programmeIds.add(d.programmeId));
        Map<Long, ScheduledTranche> tranches = tranchesOf(programmeIds);
        Map<Long, TrancheRelease> statuses = releases.stream().collect(Collectors.toMap(r -> r.trancheId, Function.identity()));
        Map<Long, Set<String>> deciders = new HashMap<>();
        // Per tranche, in the order they were taken: the decision table's last word, the last verifier, and who
        // approved since that word (a new verification asks the table again, and a new approval with it).
        Map<Long, RuleDecided> lastRule = new HashMap<>();
        Map<Long, String> lastVerifier = new HashMap<>();
        Map<Long, String> approvedBy = new HashMap<>();
        // The columns alone, not the decisions as entities: this reads every decision ever taken.
        em.createQuery("select d.trancheId, d.kind, d.outcome, d.decidedBy, d.inputAmountCents from TrancheDecision d"
                        + " where d.kind in :kinds order by d.decidedAt, d.id", Object[].class)
                .setParameter("kinds", List.of(TrancheDecision.VERIFICATION, TrancheDecision.APPROVAL, TrancheDecision.RULE)).getResultList()
                .forEach(row -> {
                    long trancheId = ((Number) row[0]).longValue();
                    String outcome = (String) row[2];
                    String decidedBy = (String) row[3];
                    switch ((String) row[1]) {
                        case TrancheDecision.RULE -> {
                            lastRule.put(trancheId, new RuleDecided(ReleaseDecision.of(outcome), outcome,
                                    row[4] == null ? null : ((Number) row[4]).longValue()));
                            approvedBy.remove(trancheId);
                        }
                        case TrancheDecision.VERIFICATION -> {
                            lastVerifier.put(trancheId, decidedBy);
                            deciders.computeIfAbsent(trancheId, k -> new HashSet<>()).add(decidedBy);
                        }
                        default -> {
                            if (TrancheDecision.APPROVED.equals(outcome)) {
                                approvedBy.put(trancheId, decidedBy);
                            }
                            deciders.computeIfAbsent(trancheId, k -> new HashSet<>()).add(decidedBy);
                        }
                    }
                });
        Map<Long, List<Long>> audited = auditedReleases(administrator);

        List<Finding> findings = new ArrayList<>();
        Map<Long, Long> linesPerTranche = disbursements.stream().collect(Collectors.groupingBy(d -> d.trancheId, Collectors.counting()));
        linesPerTranche.forEach((trancheId, lines) -> {
            if (lines > 1) {
                findings.add(finding(LedgerCheck.PAID_TWICE, programmesById, tranches.get(trancheId), trancheId, 1L, lines));
            }
        });
        Map<Long, Money> paidPerPartnership = new HashMap<>();
        Map<Long, Money> paidPerProgramme = new HashMap<>();
        for (Disbursement line : disbursements) {
            Money amount = Money.ofCents(line.amountCents);
            paidPerPartnership.merge(line.partnershipId, amount, Money::plus);
            paidPerProgramme.merge(line.programmeId, amount, Money::plus);
            ScheduledTranche tranche = tranches.get(line.trancheId);
            if (tranche == null || tranche.partnershipId() != line.partnershipId || tranche.programmeId() != line.programmeId) {
                findings.add(finding(LedgerCheck.WRONG_PARTNERSHIP, programmesById, tranche, line.trancheId,
                        tranche == null ? null : tranche.partnershipName(), line.partnershipId + "/" + line.programmeId));
                continue;
            }
            TrancheRelease release = statuses.get(line.trancheId);
            if (release == null || release.status != TrancheStatus.RELEASED) {
                findings.add(finding(LedgerCheck.NOT_RELEASED, programmesById, tranche, line.trancheId, TrancheStatus.RELEASED,
                        release == null ? null : release.status));
            }
            if (!tranche.amount().equals(amount)) {
                findings.add(finding(LedgerCheck.AMOUNT, programmesById, tranche, line.trancheId, tranche.amount(), amount));
            }
            RuleDecided rule = lastRule.get(line.trancheId);
            if (rule == null || rule.decision() == null || !rule.decision().releases()) {
                findings.add(finding(LedgerCheck.NOT_DECIDED, programmesById, tranche, line.trancheId, ReleaseDecision.RELEASE,
                        rule == null ? null : rule.decision() == null ? rule.output() : rule.decision()));
            } else {
                if (rule.amountCents() == null || rule.amountCents() != line.amountCents) {
                    findings.add(finding(LedgerCheck.DECIDED_AMOUNT, programmesById, tranche, line.trancheId,
                            rule.amountCents() == null ? null : Money.ofCents(rule.amountCents()), amount));
                }
                String approver = approvedBy.get(line.trancheId);
                String verifier = lastVerifier.get(line.trancheId);
                if (rule.decision() == ReleaseDecision.RELEASE_AFTER_SECOND_APPROVAL && (approver == null || approver.equals(verifier))) {
                    findings.add(finding(LedgerCheck.FOUR_EYES, programmesById, tranche, line.trancheId, verifier, approver));
                }
            }
            if (!deciders.getOrDefault(line.trancheId, Set.of()).contains(line.authorisedBy)) {
                findings.add(finding(LedgerCheck.NOT_AUTHORISED, programmesById, tranche, line.trancheId,
                        String.join(", ", deciders.getOrDefault(line.trancheId, Set.of()).stream().sorted().toList()), line.authorisedBy));
            }
            List<Long> auditedAmounts = audited.getOrDefault(line.trancheId, List.of());
            if (auditedAmounts.size() != 1 || auditedAmounts.get(0) != line.amountCents) {
                // Found: the one amount recorded when it differs, else how many entries there are.
                findings.add(finding(LedgerCheck.AUDIT, programmesById, tranche, line.trancheId, amount, auditedAmounts.size() == 1
                        ? Money.ofCents(Math.max(0, auditedAmounts.get(0))) : (Serializable) Long.valueOf(auditedAmounts.size())));
            }
        }
        audited.forEach((trancheId, amounts) -> {
            if (!linesPerTranche.containsKey(trancheId)) {
                findings.add(finding(LedgerCheck.AUDITED_NOT_PAID, programmesById, tranches.get(trancheId), trancheId, (long) amounts.size(), 0L));
            }
        });
        for (TrancheRelease release : releases) {
            if (release.status == TrancheStatus.RELEASED && !linesPerTranche.containsKey(release.trancheId)) {
                findings.add(finding(LedgerCheck.PAYMENT_MISSING, programmesById, tranches.get(release.trancheId), release.trancheId, 1L, 0L));
            }
        }

        Map<Long, List<ScheduledTranche>> byPartnership = tranches.values().stream()
                .collect(Collectors.groupingBy(ScheduledTranche::partnershipId));
        Map<Long, Money> allocations = schedule.allocationsOf(byPartnership.keySet());
        byPartnership.forEach((pps, ofPps) -> {
            String name = reference(programmesById, ofPps.get(0).programmeId()) + " " + ofPps.get(0).partnershipName();
            Money allocation = allocations.getOrDefault(pps, Money.ZERO);
            Money scheduled = sum(ofPps.stream().map(ScheduledTranche::amount).toList());
            if (!scheduled.equals(allocation)) {
                findings.add(new Finding(LedgerCheck.SCHEDULE, "partnership", pps, name, allocation, scheduled));
            }
            Money paid = paidPerPartnership.getOrDefault(pps, Money.ZERO);
            if (paid.isGreaterThan(allocation)) {
                findings.add(new Finding(LedgerCheck.OVER_ALLOCATION, "partnership", pps, name, allocation, paid));
            }
        });
        for (Long programmeId : programmeIds) {
            ProgrammeSummary programme = programmesById.get(programmeId);
            String subject = programme == null ? String.valueOf(programmeId) : programme.reference() + " " + programme.title();
            Money paid = paidPerProgramme.getOrDefault(programmeId, Money.ZERO);
            boolean awarded = programme != null && programme.status() == ProgrammeStatus.AWARDED && programme.awarded() != null;
            if (paid.isPositive() && !awarded) {
                findings.add(new Finding(LedgerCheck.NOT_AWARDED, "programme", programmeId, subject, ProgrammeStatus.AWARDED,
                        programme == null ? null : programme.status()));
            } else if (awarded && paid.isGreaterThan(programme.awarded())) {
                findings.add(new Finding(LedgerCheck.OVER_AWARD, "programme", programmeId, subject, programme.awarded(), paid));
            }
        }
        return new LedgerCheck(clock.instant(), programmeIds.size(), byPartnership.size(), disbursements.size(),
                sum(disbursements.stream().map(d -> Money.ofCents(d.amountCents)).toList()), findings);
    }

    /**
     * Runs the release step of a paid tranche once more, exactly as the engine's job does, and reports
     * the tranche's ledger lines and its PPS's payments before and after. Refuses a tranche not paid.
     */
    public ReleaseReplay replay(Actor administrator, long trancheId) {
        long linesBefore = Disbursement.linesOf(em, trancheId);
        if (linesBefore == 0) {
            throw new DomainException("ledger.replay.notPaid");
        }
        ScheduledTranche tranche = schedule.tranche(trancheId);
        Money before = Money.ofCents(Disbursement.releasedToPartnership(em, tranche.partnershipId()));
        outcomes.release(trancheId);
        em.flush();
        ReleaseReplay replay = new ReleaseReplay(trancheId, tranche.partnershipName(), tranche.sequence(), linesBefore,
                Disbursement.linesOf(em, trancheId), before, Money.ofCents(Disbursement.releasedToPartnership(em, tranche.partnershipId())));
        audit.record(administrator.username(), "tranche.releaseReplayed", "tranche", trancheId, "ledgerLines " + replay.linesBefore()
                + " -> " + replay.linesAfter() + "; paidToPpsCents " + before.cents() + " -> " + replay.paidToPartnershipAfter().cents());
        return replay;
    }

    /** Every tranche of these programmes, by id. */
    private Map<Long, ScheduledTranche> tranchesOf(Set<Long> programmeIds) {
        Map<Long, ScheduledTranche> tranches = new HashMap<>();
        programmeIds.forEach(p -> schedule.tranchesOfProgramme(p).forEach(t -> tranches.put(t.id(), t)));
        return tranches;
    }

    /** Per tranche, the amounts its {@code tranche.released} audit entries record (one query: every payment's entry). */
    private Map<Long, List<Long>> auditedReleases(Actor reader) {
        Map<Long, List<Long>> amounts = new HashMap<>();
        for (AuditEntryView entry : audit.withAction(reader, "tranche.released")) {
            if ("tranche".equals(entry.objectType())) {
                Matcher amount = AUDITED_AMOUNT.matcher(entry.details() == null ? "" : entry.details());
                amounts.computeIfAbsent(Long.valueOf(entry.objectId()), k -> new ArrayList<>()).add(amount.find() ? Long.parseLong(amount.group(1)) : -1L);
            }
        }
        return amounts;
    }

    private Map<Long, ProgrammeSummary> programmesById(Actor administrator) {
        return programmes.programmes(administrator).stream().collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
    }

    /** A finding about a tranche, named by its programme's reference, its PPS and its sequence. */
    private static Finding finding(String code, Map<Long, ProgrammeSummary> programmes, ScheduledTranche tranche, long trancheId,
                                   Serializable expected, Serializable found) {
        String subject = tranche == null ? "tranche " + trancheId : reference(programmes, tranche.programmeId()) + " "
                + tranche.partnershipName() + " – tranche " + tranche.sequence();
        return new Finding(code, "tranche", trancheId, subject, expected, found);
    }

    private static String reference(Map<Long, ProgrammeSummary> programmes, long programmeId) {
        ProgrammeSummary programme = programmes.get(programmeId);
        return programme == null ? String.valueOf(programmeId) : programme.reference();
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
