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
        Builder timeline = new Builder();
        timeline.engine(ProcessKeys.GRANT_AWARD, programme.summary().reference(),
                workflow.cases(ProcessKeys.GRANT_AWARD, String.valueOf(programmeId)));
        timeline.audit(audit.about(auditor, "programme", List.of(String.valueOf(programmeId))));
        List<PartnershipView> ppss = partnerships.partnershipsOf(auditor, programmeId);
        // The programme's PPSs, and those removed from it (the trail names the programme first in what it kept of each).
        List<String> ppsIds = Stream.concat(ppss.stream().map(p -> String.valueOf(p.id())),
                audit.withAction(auditor, "partnership.removed").stream()
                        .filter(removed -> removed.details().startsWith("programme=" + programmeId + ";"))
                        .map(AuditEntryView::objectId)).toList();
        timeline.audit(audit.about(auditor, "partnership", ppsIds));
        if (whole) {
            // A PPS removed from the programme had no share of it, so no tranche and no change request.
            for (PartnershipView pps : ppss) {
                timeline.casesOf(auditor, funding.fundingOf(auditor, pps.id()), ", " + pps.name());
            }
        }
        return timeline.build(programme.summary().reference() + " " + programme.summary().title(),
                ppss.stream().map(p -> new Timeline.Related("pps", p.id(), p.name())).toList());
    }

    @Override
    public Timeline ofPartnership(Actor auditor, long partnershipId) {
        auditor.require(Role.ADMINISTRATOR);
        PartnershipView partnership = partnerships.partnership(auditor, partnershipId);
        PartnershipFunding money = funding.fundingOf(auditor, partnershipId);
        Builder timeline = new Builder();
        timeline.casesOf(auditor, money, "");
        timeline.audit(audit.about(auditor, "partnership", List.of(String.valueOf(partnershipId))));
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
         * programme's timeline), and the audit entries about its tranches and change requests.
         */
        void casesOf(Actor auditor, PartnershipFunding money, String suffix) {
            for (TrancheView tranche : money.tranches()) {
                engine(ProcessKeys.TRANCHE_RELEASE, tranche.sequence() + suffix,
                        workflow.cases(ProcessKeys.TRANCHE_RELEASE, String.valueOf(tranche.id())));
            }
            for (ChangeRequestView change : money.changeRequests()) {
                // By the number the audit trail records it under, and the tranche it asks to change.
                engine(ProcessKeys.CHANGE_REQUEST, change.id() + " (tranche " + change.trancheSequence() + ")" + suffix,
                        workflow.cases(ProcessKeys.CHANGE_REQUEST, String.valueOf(change.id())));
            }
            audit(audit.about(auditor, "tranche", money.tranches().stream().map(t -> String.valueOf(t.id())).toList()));
            audit(audit.about(auditor, "changeRequest", money.changeRequests().stream().map(c -> String.valueOf(c.id())).toList()));
        }

        void audit(List<AuditEntryView> entries) {
            for (AuditEntryView entry : entries) {
                moments.add(new Moment(entry.recordedAt(), Timeline.Source.AUDIT, null, null, entry.action(), entry.actor(),
                        entry.objectType() + " " + entry.objectId(), entry.objectType(), entry.details(), entry.seq()));
            }
        }

        Timeline build(String subject, List<Timeline.Related> related) {
            moments.sort(Comparator.comparing(Moment::at)
                    .thenComparing(m -> m.auditSeq() == null ? Long.MIN_VALUE : m.auditSeq()));
            return new Timeline(subject, moments, cases, related);
        }
    }
}
