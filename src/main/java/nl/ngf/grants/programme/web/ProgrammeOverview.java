package nl.ngf.grants.programme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;

/** The programmes the user may see, with status and amounts, filtered by status (?status=AWARDED). */
@Named
@RequestScoped
public class ProgrammeOverview {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    private String status;
    private List<ProgrammeSummary> all;

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

    public List<ProgrammeSummary> getProgrammes() {
        ProgrammeStatus selected = getSelected();
        return selected == null ? all() : all().stream().filter(p -> p.status() == selected).toList();
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
    }
}
