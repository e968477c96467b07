package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.web.Search;

/**
 * The programmes the user may see, with status and amounts, narrowed to one status ({@code ?status=AWARDED}) and to
 * what is searched for ({@code ?q=…}: every word in the reference, title or applicant organisation).
 */
@Named
@ViewScoped
public class ProgrammeOverview implements Serializable {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    private String status;
    private String query;
    private List<ProgrammeSummary> all;
    private List<ProgrammeSummary> shown;

    private List<ProgrammeSummary> all() {
        if (all == null) {
            all = programmes.programmes(currentUser.actor());
        }
        return all;
    }

    /** The chosen status, or null for all; an unknown value counts as all. */
    public ProgrammeStatus getSelected() {
        return Arrays.stream(ProgrammeStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    /** The programmes of the chosen status that match the search, worked out once per choice. */
    public List<ProgrammeSummary> getProgrammes() {
        if (shown == null) {
            ProgrammeStatus selected = getSelected();
            shown = all().stream().filter(p -> selected == null || p.status() == selected).filter(p -> matches(p, query)).toList();
        }
        return shown;
    }

    /** Whether every word of the query occurs, ignoring case, in the programme's reference, title or organisation. */
    static boolean matches(ProgrammeSummary programme, String query) {
        return Search.matches(query, programme.reference(), programme.title(), programme.organisationName());
    }

    public int getTotal() {
        return all().size();
    }

    /** Every status with how many of the user's programmes have it. */
    public Map<ProgrammeStatus, Long> getCounts() {
        Map<ProgrammeStatus, Long> counts = all().stream()
                .collect(Collectors.groupingBy(ProgrammeSummary::status, Collectors.counting()));
        return Arrays.stream(ProgrammeStatus.values())
                .collect(Collectors.toMap(Function.identity(), s -> counts.getOrDefault(s, 0L), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<ProgrammeStatus> getStatuses() {
        return List.of(ProgrammeStatus.values());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
        shown = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
        shown = null;
    }
}
