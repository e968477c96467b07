package nl.ngf.grants.history.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.PartnershipFunding;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.history.CaseHistory;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.history.Timeline.CaseDiagram;
import nl.ngf.grants.history.Timeline.Moment;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.workflow.CaseEvent;
import nl.ngf.grants.workflow.CaseRecord;
import nl.ngf.grants.workflow.CaseTrace;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkflowService;

@ApplicationScoped
@Transactional
public class DefaultCaseHistory implements CaseHistory {

    @Inject
    WorkflowService workflow;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeService programmes;

    @Inject
    PartnershipService partnerships;

    @Inject
    FundingService funding;

    @Override
    public Timeline ofProgramme(Actor auditor, long programmeId, boolean whole) {
        auditor.require(Role.ADMINISTRATOR);
        ProgrammeDetails programme = programmes.programme(auditor, programmeId);
        String reference = programme.summary().reference();
        Builder timeline = new Builder();
        timeline.engine(ProcessKeys.GRANT_AWARD, reference, workflow.cases(ProcessKeys.GRANT_AWARD, String.valueOf(programmeId)));
        timeline.audit(audit.about(auditor, "programme", List.of(String.valueOf(programmeId))), null, id -> reference);
        List<PartnershipView> ppss = partnerships.partnershipsOf(auditor, programmeId);
        // The programme's PPSs, and those removed from it (the trail names the programme first in what it kept of each).
        List<String> ppsIds = Stream.concat(ppss.stream().map(p -> String.valueOf(p.id())),
                audit.withAction(auditor, "partnership.removed").stream()
                        .filter(removed -> removed.details().startsWith("programme=" + programmeId + ";"))
                        .map(AuditEntryView::objectId)).toList();
        java.util.Map<String, String> ppsNames = ppss.stream().collect(java.util.stream.Collectors.toMap(p -> String.valueOf(p.id()),
                PartnershipView::name));
        timeline.audit(audit.about(auditor, "partnership", ppsIds), null, ppsNames::get);
        if (whole) {
            // A PPS removed from the programme had no share of it, so no tranche and no change request.
            for (PartnershipView pps : ppss) {
                timeline.casesOf(auditor, funding.fundingOf(auditor, pps.id()), ", " + pps.name());
            }
        }
        return timeline.build(reference + " " + programme.summary().title(),
                ppss.stream().map(p -> new Timeline.Related("pps", p.id(), p.name())).toList());
    }

    @Override
    public Timeline ofPartnership(Actor auditor, long partnershipId) {
        auditor.require(Role.ADMINISTRATOR);
        PartnershipView partnership = partnerships.partnership(auditor, partnershipId);
        PartnershipFunding money = funding.fundingOf(auditor, partnershipId);
        Builder timeline = new Builder();
        timeline.casesOf(auditor, money, "");
        timeline.audit(audit.about(auditor, "partnership", List.of(String.valueOf(partnershipId))), null, id -> partnership.name());
        ProgrammeSummary programme = programmes.summary(auditor, partnership.programmeId());
        return timeline.build(partnership.name(),
                List.of(new Timeline.Related("programme", programme.id(), programme.reference() + " " + programme.title())));
    }

    private final class Builder {
        private final List<Moment> moments = new ArrayList<>();
        private final List<CaseDiagram> cases = new ArrayList<>();

        void engine(String processKey, String caseRef, List<CaseRecord> records) {
            for (CaseRecord record : records) {
                CaseTrace trace = workflow.trace(record);
                for (CaseEvent event : trace.events()) {
                    moments.add(new Moment(event.at(), Timeline.Source.ENGINE, processKey, caseRef, event.kind().name(), event.who(),
                            event.element(), event.elementId(), event.detail(), null));
                }
                cases.add(new CaseDiagram(record.processInstanceId(), processKey, caseRef, record.started(), record.ended(),
                        record.state(), trace.path(), record.keptUntil()));
            }
        }

        /**
         * A PPS's tranche and change-request cases, each named by its number and then {@code suffix} (its PPS, on a
         * programme's timeline), and the audit entries about its tranches and change requests, each named as its case.
         */
        void casesOf(Actor auditor, PartnershipFunding money, String suffix) {
            java.util.Map<String, String> tranches = new java.util.HashMap<>();
            for (TrancheView tranche : money.tranches()) {
                String caseRef = tranche.sequence() + suffix;
                tranches.put(String.valueOf(tranche.id()), caseRef);
                engine(ProcessKeys.TRANCHE_RELEASE, caseRef, workflow.cases(ProcessKeys.TRANCHE_RELEASE, String.valueOf(tranche.id())));
            }
            java.util.Map<String, String> changes = new java.util.HashMap<>();
            for (ChangeRequestView change : money.changeRequests()) {
                // By the number the audit trail records it under, and the tranche it asks to change.
                String caseRef = change.id() + " (tranche " + change.trancheSequence() + ")" + suffix;
                changes.put(String.valueOf(change.id()), caseRef);
                engine(ProcessKeys.CHANGE_REQUEST, caseRef, workflow.cases(ProcessKeys.CHANGE_REQUEST, String.valueOf(change.id())));
            }
            audit(audit.about(auditor, "tranche", List.copyOf(tranches.keySet())), ProcessKeys.TRANCHE_RELEASE, tranches::get);
            audit(audit.about(auditor, "changeRequest", List.copyOf(changes.keySet())), ProcessKeys.CHANGE_REQUEST, changes::get);
        }

        /**
         * Audit entries, each named by the case of its record (a tranche's by its tranche-release case, {@code processKey}
         * and the case's reference) or, with no {@code processKey}, by the file it is about (a programme's reference, a
         * PPS's name), so that the timeline narrows to one case or file across both sources.
         */
        void audit(List<AuditEntryView> entries, String processKey, java.util.function.Function<String, String> caseRefOfRecord) {
            for (AuditEntryView entry : entries) {
                moments.add(new Moment(entry.recordedAt(), Timeline.Source.AUDIT, processKey, caseRefOfRecord.apply(entry.objectId()),
                        entry.action(), entry.actor(), entry.objectType() + " " + entry.objectId(), entry.objectType(), entry.details(),
                        entry.seq()));
            }
        }

        Timeline build(String subject, List<Timeline.Related> related) {
            moments.sort(Comparator.comparing(Moment::at)
                    .thenComparing(m -> m.auditSeq() == null ? Long.MIN_VALUE : m.auditSeq()));
            return new Timeline(subject, moments, cases, related);
        }
    }
}
