package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.funding.ProgrammeFunding;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.shared.Money;

/**
 * What a programme's page shows a page at a time, its lines of the disbursement ledger and its course (the
 * award's steps with what happened to its money): taken from what the page reads when it opens and kept
 * while it is open, so that turning a page reads nothing again and shows what the page opened with (a
 * programme of a hundred PPSs of ten tranches has a thousand payments).
 */
@Named
@ViewScoped
public class ProgrammeLists implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The programme's money as the page reads it when it opens. */
    @Inject
    ProgrammeMoney money;

    /** The programme's money as the page opened with it; null when the page shows none. */
    private ProgrammeFunding funding;
    private boolean loaded;
    private List<ProgrammeDetails.TimelineEntry> course;

    /**
     * Whether the page shows the programme's money (it is awarded and the user may see it), as it was when the page
     * opened: a page turned by Ajax does not carry the address the programme's money is read from.
     */
    public boolean isFunded() {
        return opened() != null;
    }

    public List<ProgrammeFunding.Payment> getLines() {
        return opened() == null ? List.of() : funding.payments();
    }

    /** What the lines add up to: what is paid of the programme. */
    public Money getTotal() {
        return opened() == null ? null : funding.released();
    }

    /**
     * The programme's course: the award's steps given, with what happened to its money added in order. The first
     * call's course is kept: a page turned later shows the course the page opened with.
     */
    public List<ProgrammeDetails.TimelineEntry> course(List<ProgrammeDetails.TimelineEntry> award) {
        if (course == null) {
            course = money.timeline(award);
        }
        return course;
    }

    private ProgrammeFunding opened() {
        if (!loaded) {
            loaded = true;
            funding = money.getFunding();
        }
        return funding;
    }
}
