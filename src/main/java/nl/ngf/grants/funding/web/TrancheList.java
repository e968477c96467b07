package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.TrancheExtract;
import nl.ngf.grants.funding.TrancheOverview;
import nl.ngf.grants.funding.TrancheSelection;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Every tranche the user may see, by planned date: by default the open ones (to be reported, verified, approved or
 * paid), or all, or those in one status; of every programme or of one. Read a page at a time (the table's, and the
 * exports' page by page): the view keeps one page, not every tranche.
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

    private List<ProgrammeSummary> programmesShown;
    private String show = OPEN;
    private Long programme;

    /** The selection's count and total, as the last page read found them, and the selection it read. */
    private TrancheExtract whole;
    private TrancheSelection wholeSelection;

    private final LazyDataModel<TrancheOverview> shown = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, extract(0, 0).count());
        }

        @Override
        public List<TrancheOverview> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return extract(first, pageSize).lines();
        }
    };

    private TrancheExtract extract(int first, int size) {
        wholeSelection = selection();
        try {
            whole = funding.tranchePage(currentUser.actor(), wholeSelection, first, size);
        } catch (DomainException e) {
            whole = new TrancheExtract(List.of(), 0, Money.ZERO);
            messages.refused(e);
        }
        return whole;
    }

    /** What the filters choose. A programme none of the user's tranches belong to (typed into the address) narrows nothing, as the menu shows. */
    private TrancheSelection selection() {
        Long chosen = programme != null && getProgrammes().stream().anyMatch(p -> p.id() == programme) ? programme : null;
        TrancheSelection statuses = switch (show) {
            case ALL -> TrancheSelection.all();
            case OPEN -> TrancheSelection.open();
            default -> TrancheSelection.in(TrancheStatus.valueOf(show));
        };
        return statuses.ofProgramme(chosen);
    }

    /** The tranches shown, a page at a time. */
    public LazyDataModel<TrancheOverview> getShown() {
        return shown;
    }

    /** How many tranches the filters choose, all pages together. */
    public long getShownCount() {
        return current().count();
    }

    /** What the tranches the filters choose add up to, all pages together. */
    public Money getShownTotal() {
        return current().total();
    }

    /** The count and total of what the filters choose now (read again when they changed since the last page). */
    private TrancheExtract current() {
        return whole != null && selection().equals(wholeSelection) ? whole : extract(0, 0);
    }

    /** The programmes the user's tranches belong to, newest reference first, to narrow the list to one. */
    public List<ProgrammeSummary> getProgrammes() {
        if (programmesShown == null) {
            Set<Long> ids = Set.copyOf(funding.programmesWithTranches(currentUser.actor()));
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

    public TrancheStatus[] getStatuses() {
        return TrancheStatus.values();
    }

    public String getShow() {
        return show;
    }

    /** OPEN, ALL or a status's name; anything else shows the open tranches. */
    public void setShow(String show) {
        boolean known = OPEN.equals(show) || ALL.equals(show) || Arrays.stream(TrancheStatus.values()).anyMatch(s -> s.name().equals(show));
        this.show = known ? show : OPEN;
    }
}
