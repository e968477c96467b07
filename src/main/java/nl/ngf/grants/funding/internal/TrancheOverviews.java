package nl.ngf.grants.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.funding.TrancheExtract;
import nl.ngf.grants.funding.TrancheOverview;
import nl.ngf.grants.funding.TrancheSelection;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Money;

/**
 * The list of tranches an actor may see (an applicant: those of their organisation's PPSs; a committee member: none),
 * read from the database view {@code tranche_overview} a page at a time: chosen, counted, added up and put in order
 * by planned date, PPS and number in the database, whatever the number of tranches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrancheOverviews {

    private static final String ORDER = " order by r.plannedDate, r.partnershipName, r.sequence, r.trancheId";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    /** The conditions of a selection for this actor and their parameters; none when the actor may see no tranche. */
    private record Where(String clause, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** {@code size} tranches of the selection from number {@code first} (0 the first), with the whole selection's count and total. */
    public TrancheExtract page(Actor actor, TrancheSelection selection, int first, int size) {
        Where where = where(actor, selection);
        if (where == null) {
            return new TrancheExtract(List.of(), 0, Money.ZERO);
        }
        Object[] whole = where.bind(em.createQuery("select count(r), coalesce(sum(r.amountCents), 0) from TrancheOverviewRow r"
                + where.clause(), Object[].class)).getSingleResult();
        List<TrancheOverviewRow> rows = size <= 0 ? List.of()
                : where.bind(em.createQuery("select r from TrancheOverviewRow r" + where.clause() + ORDER, TrancheOverviewRow.class))
                        .setFirstResult(Math.max(first, 0)).setMaxResults(size).getResultList();
        return new TrancheExtract(lines(actor, rows), ((Number) whole[0]).longValue(), Money.ofCents(((Number) whole[1]).longValue()));
    }

    /** The programmes of the tranches this actor may see. */
    public List<Long> programmeIds(Actor actor) {
        Where where = where(actor, TrancheSelection.all());
        return where == null ? List.of()
                : where.bind(em.createQuery("select distinct r.programmeId from TrancheOverviewRow r" + where.clause(), Long.class))
                        .getResultList();
    }

    private static Where where(Actor actor, TrancheSelection selection) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!actor.readsAllOrganisations()) {
            if (actor.organisationId() == null) {
                return null;
            }
            conditions.add("r.organisationId = :organisation");
            parameters.put("organisation", actor.organisationId());
        }
        if (selection.programmeId() != null) {
            conditions.add("r.programmeId = :programme");
            parameters.put("programme", selection.programmeId());
        }
        if (!selection.statuses().isEmpty()) {
            conditions.add("r.status in :statuses");
            parameters.put("statuses", List.copyOf(selection.statuses()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private List<TrancheOverview> lines(Actor actor, List<TrancheOverviewRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // A PPS's programme may be another organisation's file: its reference only where the actor may see it.
        Map<Long, String> references = programmes.programmes(actor).stream()
                .collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::reference));
        return rows.stream().map(r -> new TrancheOverview(r.trancheId, r.programmeId, references.get(r.programmeId), r.partnershipId,
                r.partnershipName, r.sequence, Money.ofCents(r.amountCents), r.plannedDate, r.milestone,
                KpiTarget.stored(r.milestoneKpi, r.milestoneTarget), r.status, r.paidAt)).toList();
    }
}
