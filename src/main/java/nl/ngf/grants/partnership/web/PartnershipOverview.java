package nl.ngf.grants.partnership.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.web.Search;

/**
 * The PPSs the user may see, narrowed to one programme and to those matching what the user searches for (every
 * word of it in the name, lead institution, region, sector, lead applicant or programme reference, ignoring case).
 * Both are in the address ({@code ?programme=…&q=…}), so a narrowed list can be bookmarked or sent on.
 */
@Named
@ViewScoped
public class PartnershipOverview implements Serializable {

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    private List<PartnershipView> list;
    private List<PartnershipView> shown;
    private Map<Long, ProgrammeSummary> programmesById;
    private Long programme;
    private String query;

    private void load() {
        if (list == null) {
            list = partnerships.partnerships(currentUser.actor());
            Set<Long> ids = list.stream().map(PartnershipView::programmeId).collect(Collectors.toSet());
            programmesById = programmes.programmes(currentUser.actor()).stream().filter(p -> ids.contains(p.id()))
                    .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
        }
    }

    /** Every PPS the user may see. */
    public List<PartnershipView> getPartnerships() {
        load();
        return list;
    }

    /**
     * The PPSs of the chosen programme that match the search; of every programme when none is chosen or the
     * address names one that has none of the user's PPSs (the menu then says "all programmes", as shown).
     */
    public List<PartnershipView> getShown() {
        load();
        if (shown == null) {
            Long chosen = programme != null && programmesById.containsKey(programme) ? programme : null;
            shown = list.stream().filter(p -> chosen == null || p.programmeId() == chosen)
                    .filter(p -> matches(p, referenceOf(p), query)).toList();
        }
        return shown;
    }

    /** The programmes the user's PPSs belong to, newest reference first, to narrow the list to one. */
    public List<ProgrammeSummary> getProgrammes() {
        load();
        return programmesById.values().stream().sorted(ProgrammeSummary.NEWEST_FIRST).toList();
    }

    /** The KPIs, in the order the download gives each one's baseline and target. */
    public List<nl.ngf.grants.partnership.Kpi> getKpis() {
        return List.of(nl.ngf.grants.partnership.Kpi.values());
    }

    /** The reference of the programme a PPS belongs to (NGF-2026-001). */
    public String referenceOf(PartnershipView p) {
        load();
        ProgrammeSummary summary = programmesById.get(p.programmeId());
        return summary == null ? "" : summary.reference();
    }

    /**
     * Whether every word of the query occurs, ignoring case, in the PPS's name, lead institution, region,
     * sector, lead applicant or programme reference; an empty query matches every PPS.
     */
    static boolean matches(PartnershipView p, String programmeReference, String query) {
        return Search.matches(query, p.name(), p.leadInstitution(), p.region(), p.sector(), p.organisationName(), programmeReference);
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
        shown = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
        shown = null;
    }
}
