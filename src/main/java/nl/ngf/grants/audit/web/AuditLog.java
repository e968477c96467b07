package nl.ngf.grants.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.audit.AuditVerification;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.web.Tables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log for administrators: search by user, action, object and period; verify the chain; export. The entries a
 * search finds are read from the database a page at a time, newest first, however many there are; the exports read
 * every page. Each count fixes the newest entry it found, and the pages read after it (the table's next ones, an
 * export's) stop there: an export holds exactly the entries counted, even while new ones are recorded. An entry the
 * verification names is shown with the entry before and after it ({@code around}), however old it is.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Tables tables;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate until;
    private Long around;
    private AuditVerification verification;

    /** What the last count found: how many entries match, and the newest of them, where the pages read stop. */
    private long count;
    private Long newestSeq;
    /** A count made before the page rendered ({@link #prepare}), which the table takes instead of asking again. */
    private transient boolean prepared;

    /**
     * Where the page after the last one read starts (its position, -1 for none) and the entry it starts below: an
     * export reads page after page, and each next one is then found from the entry it follows rather than by skipping
     * every entry before it, so reading the whole trail takes as long as its length.
     */
    private int nextFirst = -1;
    private long nextBelow;

    private final LazyDataModel<AuditEntryView> entries = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long found = prepared ? count : countNow();
            prepared = false;
            return (int) Math.min(Integer.MAX_VALUE, found);
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (count == 0) {
                return List.of();
            }
            try {
                boolean next = first == nextFirst;
                List<AuditEntryView> page = audit.search(currentUser.actor(), next ? asked().upTo(nextBelow - 1) : asked().upTo(newestSeq),
                        next ? 0 : first, pageSize);
                nextFirst = page.isEmpty() ? -1 : first + page.size();
                nextBelow = page.isEmpty() ? 0 : page.get(page.size() - 1).seq();
                return page;
            } catch (DomainException e) {
                messages.refused(e);
                return List.of();
            }
        }
    };

    private long countNow() {
        try {
            AuditTrail.Matches matches = audit.count(currentUser.actor(), asked());
            count = matches.count();
            newestSeq = matches.newestSeq();
            nextFirst = -1;
        } catch (DomainException e) {
            count = 0;
            newestSeq = null;
            messages.refused(e);
        }
        return count;
    }

    /** What the form asks for; null fields match everything. */
    private AuditTrail.AuditSearch asked() {
        return new AuditTrail.AuditSearch(actor, action, objectType, objectId,
                from == null ? null : from.atStartOfDay(Deadlines.ZONE).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant(),
                around == null ? null : around - 1, around == null ? null : around + 1);
    }

    /** A search made in the form looks at the whole trail again, not only around an entry, from its newest entries on. */
    public void search() {
        around = null;
        tables.firstPage("audit:entries");
        prepare();
    }

    /**
     * Counts what is asked for before the page shows it, so that a search refused (a period that ends before it starts)
     * is said at the top of the page, above the fields it is about, rather than only found empty.
     */
    public void prepare() {
        countNow();
        prepared = true;
    }

    public void verify() {
        try {
            verification = audit.verify(currentUser.actor());
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    /** The entries the search finds, a page at a time, as the table shows them and the exports read them. */
    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    /** How many entries the search finds, all pages together. */
    public long getCount() {
        return count;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public Long getAround() {
        return around;
    }

    public void setAround(Long around) {
        this.around = around;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
