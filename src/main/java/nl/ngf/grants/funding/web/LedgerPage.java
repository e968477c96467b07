package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.LedgerCheck;
import nl.ngf.grants.funding.LedgerExtract;
import nl.ngf.grants.funding.LedgerLine;
import nl.ngf.grants.funding.ReleaseReplay;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.web.Formats;
import nl.ngf.grants.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's view of the disbursement ledger: every line, read a page at a time, a reconciliation
 * of the whole ledger, and the release step of a paid tranche run again to show that it pays nothing twice.
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

    /** The ledger a page at a time, as the table shows it and the exports read it. */
    private final LazyDataModel<LedgerLine> lines = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, extract(0, 0).count());
        }

        @Override
        public List<LedgerLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return extract(first, pageSize).lines();
        }
    };

    /** The whole ledger's number of lines and total, as the last page read found them. */
    private LedgerExtract whole;
    private LedgerCheck check;
    private ReleaseReplay replay;

    private LedgerExtract extract(int first, int size) {
        try {
            whole = funding.ledgerPage(currentUser.actor(), first, size);
        } catch (DomainException e) {
            whole = new LedgerExtract(List.of(), 0, Money.ZERO);
            messages.refused(e);
        }
        return whole;
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

    public LazyDataModel<LedgerLine> getLines() {
        return lines;
    }

    /** How many lines the whole ledger has. */
    public long getCount() {
        return whole == null ? extract(0, 0).count() : whole.count();
    }

    /** What the whole ledger adds up to. */
    public Money getTotal() {
        return whole == null ? extract(0, 0).total() : whole.total();
    }

    public LedgerCheck getCheck() {
        return check;
    }

    public ReleaseReplay getReplay() {
        return replay;
    }
}
