package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.LedgerCheck;
import nl.ngf.grants.funding.LedgerLine;
import nl.ngf.grants.funding.ReleaseReplay;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.web.Formats;
import nl.ngf.grants.web.Messages;

/**
 * The administrator's view of the disbursement ledger: every line, a reconciliation of the whole
 * ledger, and the release step of a paid tranche run again to show that it pays nothing twice.
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Formats fmt;

    private List<LedgerLine> lines;
    private LedgerCheck check;
    private ReleaseReplay replay;

    public void load() {
        try {
            lines = funding.ledger(currentUser.actor());
        } catch (DomainException e) {
            lines = List.of();
            messages.refused(e);
        }
    }

    public void check() {
        try {
            check = funding.checkLedger(currentUser.actor());
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    public void replay(long trancheId) {
        try {
            replay = funding.replayRelease(currentUser.actor(), trancheId);
        } catch (DomainException e) {
            replay = null;
            messages.refused(e);
        }
        load();
    }

    /** A finding's compared value in words: amounts and statuses formatted, anything else as recorded, none as a dash. */
    public String value(Object value) {
        if (value == null || "".equals(value)) {
            return "–";
        }
        if (value instanceof Money money) {
            return fmt.money(money);
        }
        return value instanceof Enum<?> status ? fmt.text(status) : value.toString();
    }

    public List<LedgerLine> getLines() {
        if (lines == null) {
            load();
        }
        return lines;
    }

    public Money getTotal() {
        return getLines().stream().map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public LedgerCheck getCheck() {
        return check;
    }

    public ReleaseReplay getReplay() {
        return replay;
    }
}
