package nl.ngf.grants.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.audit.AuditVerification;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.Role;
import org.junit.jupiter.api.Test;

/** The audit log read as its export reads it: page after page, every entry counted once, however the trail grows. */
class AuditLogTest {

    /** A trail in memory that answers searches as the database does (newest first, up to lastSeq) and notes what was skipped. */
    static final class Trail implements AuditTrail {

        final List<AuditEntryView> entries = new ArrayList<>();
        final List<Integer> skipped = new ArrayList<>();

        void append(long count) {
            long next = entries.size() + 1;
            LongStream.range(next, next + count).forEach(seq -> entries.add(
                    new AuditEntryView(seq, Instant.EPOCH.plusSeconds(seq), "adviseur", "test.recorded", "test", String.valueOf(seq), "", "")));
        }

        private List<AuditEntryView> matching(AuditSearch search) {
            return entries.stream().filter(e -> search.lastSeq() == null || e.seq() <= search.lastSeq())
                    .sorted(Comparator.comparingLong(AuditEntryView::seq).reversed()).toList();
        }

        @Override
        public List<AuditEntryView> search(Actor reader, AuditSearch search, int first, int size) {
            skipped.add(first);
            return matching(search).stream().skip(first).limit(size).toList();
        }

        @Override
        public Matches count(Actor reader, AuditSearch search) {
            List<AuditEntryView> found = matching(search);
            return new Matches(found.size(), found.isEmpty() ? null : found.get(0).seq());
        }

        @Override
        public void record(String actor, String action, String objectType, Object objectId, String details) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntryView> about(Actor reader, String objectType, Collection<String> objectIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntryView> withAction(Actor reader, String action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditVerification verify(Actor reader) {
            throw new UnsupportedOperationException();
        }
    }

    private static AuditLog logOver(Trail trail) {
        AuditLog log = new AuditLog();
        log.audit = trail;
        log.currentUser = new CurrentUser() {
            @Override
            public Actor actor() {
                return new Actor("beheerder", "Beheerder", Set.of(Role.ADMINISTRATOR), null, null, null);
            }
        };
        return log;
    }

    /** Every page, a thousand at a time, as PrimeFaces' exporter reads a lazy table after its count. */
    private static List<Long> exported(AuditLog log, int rowCount) {
        List<Long> seqs = new ArrayList<>();
        for (int first = 0; first < rowCount; first += 1000) {
            log.getEntries().load(first, 1000, Map.of(), Map.of()).forEach(e -> seqs.add(e.seq()));
        }
        return seqs;
    }

    @Test
    void anExportHoldsEveryEntryCountedOnceNewestFirstAndNoneRecordedSince() {
        Trail trail = new Trail();
        trail.append(3_500);
        AuditLog log = logOver(trail);
        int counted = log.getEntries().count(Map.of());
        log.getEntries().load(0, 50, Map.of(), Map.of());
        trail.append(7);

        List<Long> seqs = exported(log, counted);
        assertThat(counted).isEqualTo(3_500);
        assertThat(seqs).hasSize(3_500).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder()).startsWith(3_500L).endsWith(1L);
        assertThat(trail.skipped).as("after its first page, each page is found from the entry the one before ended with, skipping none")
                .containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void aPageAskedForOutOfOrderIsFoundByItsPosition() {
        Trail trail = new Trail();
        trail.append(300);
        AuditLog log = logOver(trail);
        log.getEntries().count(Map.of());
        assertThat(log.getEntries().load(100, 50, Map.of(), Map.of())).extracting(AuditEntryView::seq).startsWith(200L).endsWith(151L);
        assertThat(log.getEntries().load(0, 50, Map.of(), Map.of())).extracting(AuditEntryView::seq).startsWith(300L).endsWith(251L);
        assertThat(log.getEntries().load(50, 50, Map.of(), Map.of())).extracting(AuditEntryView::seq).startsWith(250L).endsWith(201L);
        assertThat(trail.skipped).containsExactly(100, 0, 0);
    }
}
