package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.TrancheOverview;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.web.Messages;

/**
 * Every tranche the user may see, by planned date: by default the open ones (to be reported,
 * verified, approved or paid), or all, or those in one status; of every programme or of one.
 */
@Named
@ViewScoped
public class TrancheList implements Serializable {

    /** The filter's value for every tranche not paid or cancelled. */
    public static final String OPEN = "OPEN";
    /** The filter's value for every tranche. */
    public static final String ALL = "ALL";

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProgrammeService programmes;

    @Inject
    Messages messages;

    private List<TrancheOverview> tranches;
    private List<ProgrammeSummary> programmesShown;
    private String show = OPEN;
    private Long programme;

    public void load() {
        try {
            tranches = funding.tranches(currentUser.actor());
        } catch (DomainException e) {
            tranches = List.of();
            messages.refused(e);
        }
    }

    public List<TrancheOverview> getShown() {
        if (tranches == null) {
            load();
        }
        // A programme none of the user's tranches belong to (typed into the address) narrows nothing, as the menu shows.
        Long chosen = programme != null && getProgrammes().stream().anyMatch(p -> p.id() == programme) ? programme : null;
        return tranches.stream().filter(t -> chosen == null || t.programmeId() == chosen).filter(t -> switch (show) {
            case ALL -> true;
            case OPEN -> t.isOpen();
            default -> t.status().name().equals(show);
        }).toList();
    }

    /** The programmes the user's tranches belong to, newest reference first, to narrow the list to one. */
    public List<ProgrammeSummary> getProgrammes() {
        if (programmesShown == null) {
            if (tranches == null) {
                load();
            }
            Set<Long> ids = tranches.stream().map(TrancheOverview::programmeId).collect(Collectors.toSet());
            programmesShown = programmes.programmes(currentUser.actor()).stream().filter(p -> ids.contains(p.id()))
                    .sorted(ProgrammeSummary.NEWEST_FIRST).toList();
        }
        return programmesShown;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public Money getShownTotal() {
        return getShown().stream().map(TrancheOverview::amount).reduce(Money.ZERO, Money::plus);
    }

    public TrancheStatus[] getStatuses() {
        return TrancheStatus.values();
    }

    public String getShow() {
        return show;
    }

    /** OPEN, ALL or a status's name; anything else shows the open tranches. */
    public void setShow(String show) {
        boolean known = OPEN.equals(show) || ALL.equals(show)
                || java.util.Arrays.stream(TrancheStatus.values()).anyMatch(s -> s.name().equals(show));
        this.show = known ? show : OPEN;
    }
}
