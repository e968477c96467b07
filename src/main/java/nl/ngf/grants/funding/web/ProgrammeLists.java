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

    private List<ProgrammeFunding.Payment> lines;
    private Money total;
    private boolean funded;
    private List<ProgrammeDetails.TimelineEntry> course;

    /**
     * Whether the page shows the programme's money (it is awarded and the user may see it), as it was when the page
     * opened: a page turned by Ajax does not carry the address the programme's money is read from.
     */
    public boolean isFunded() {
        load();
        return funded;
    }

    public List<ProgrammeFunding.Payment> getLines() {
        load();
        return lines;
    }

    /** What the lines add up to: what is paid of the programme. */
    public Money getTotal() {
        load();
        return total;
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

    private void load() {
        if (lines != null) {
            return;
        }
        ProgrammeFunding funding = money.getFunding();
        funded = funding != null;
        lines = funding == null ? List.of() : funding.payments();
        total = funding == null ? null : funding.released();
    }
}
