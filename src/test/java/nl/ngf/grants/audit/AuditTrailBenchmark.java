package nl.ngf.grants.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.ngf.grants.testsupport.BenchmarkOutput.bestMs;
import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.testsupport.BenchmarkOutput;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the audit trail takes entries (every state change writes one, behind one lock on the chain's
 * head) and how long the auditor's "verify" takes as the trail grows. Not part of {@code mvn verify};
 * run on H2 and PostgreSQL with
 * {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditTrailBenchmark}.
 * It prints its figures as {@code [benchmark]} lines and asserts only that the chain stays intact.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AuditTrailBenchmark {

    private static final int SINGLE_COMMITS = 2_000;
    private static final int[] TRAIL_SIZES = {10_000, 50_000, 100_000};
    private static final int BATCH = 1_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AuditTrailBenchmark.class, ItDatabase.class, BenchmarkOutput.class, LoggedInHttp.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    IdentityService identity;

    @Inject
    UserTransaction transaction;

    @Test
    void appendingAndVerifyingTheChain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Actor auditor = administrator("bench-beheer-" + run, "geheim-" + run);
        String database = database();

        append(200, 1);
        long[] commits = new long[SINGLE_COMMITS];
        for (int i = 0; i < SINGLE_COMMITS; i++) {
            long start = System.nanoTime();
            append(1, 1);
            commits[i] = System.nanoTime() - start;
        }
        Arrays.sort(commits);
        long total = Arrays.stream(commits).sum();
        print("%s: %,d entries, one per transaction: p50 %.2f ms, p95 %.2f ms, max %.2f ms, %.0f entries/s", database,
                SINGLE_COMMITS, ms(commits[SINGLE_COMMITS / 2]), ms(commits[SINGLE_COMMITS * 95 / 100]), ms(commits[SINGLE_COMMITS - 1]),
                SINGLE_COMMITS / (total / 1e9));

        for (int size : TRAIL_SIZES) {
            long present = audit.verify(auditor).entriesChecked();
            if (present < size) {
                long start = System.nanoTime();
                int missing = (int) (size - present);
                append(missing, BATCH);
                print("%s: %,d entries in transactions of %,d: %.0f entries/s", database, missing, BATCH,
                        missing / ((System.nanoTime() - start) / 1e9));
            }
            long best = Long.MAX_VALUE;
            AuditVerification verification = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                verification = audit.verify(auditor);
                best = Math.min(best, System.nanoTime() - start);
            }
            assertThat(verification.intact()).isTrue();
            print("%s: verify %,d entries: %.0f ms (best of 3), %.0f entries/s", database, verification.entriesChecked(), ms(best),
                    verification.entriesChecked() / (best / 1e9));
            searching(auditor, database, verification.entriesChecked());
            exporting(auditor.username(), "geheim-" + run, database, verification.entriesChecked());
        }
    }

    /**
     * The audit log's exports of every entry over HTTP, as the auditor's browser downloads them: how long each takes
     * (best of 3), how large it is, and how much of the server's heap was in use at most while it was written (sampled
     * every 10 ms, over the least in use after a collection before it; the server's heap is at most 1.5 GB).
     */
    private void exporting(String username, String password, String database, long entries) throws Exception {
        LoggedInHttp auditorsBrowser = LoggedInHttp.as(username, password);
        for (String button : List.of("audit:exportCsv", "audit:exportXlsx")) {
            long best = Long.MAX_VALUE;
            long peak = 0;
            int bytes = 0;
            for (int attempt = 0; attempt < 3; attempt++) {
                System.gc();
                long before = heapInUse();
                HeapSampler sampler = new HeapSampler();
                sampler.start();
                long start = System.nanoTime();
                bytes = auditorsBrowser.download("audit/log.xhtml", "audit", button).body().length;
                best = Math.min(best, System.nanoTime() - start);
                peak = Math.max(peak, sampler.stopAndGetPeak() - before);
            }
            print("%s: audit log of %,d entries, %s export: %,d KB in %.0f ms (best of 3), heap in use up to %,d MB more than before",
                    database, entries, button.endsWith("Csv") ? "CSV" : "XLSX", bytes / 1024, ms(best), peak / (1024 * 1024));
        }
    }

    private static long heapInUse() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use while it runs, looked at every 10 ms. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, heapInUse());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stopAndGetPeak() throws InterruptedException {
            running = false;
            join();
            return Math.max(peak, heapInUse());
        }
    }

    /**
     * What the audit log reads for a search: how many match and the first page of 50 (the newest), the last page, the
     * same for a search by a user who is in few entries, and an export of every entry, read a thousand at a time.
     */
    private void searching(Actor auditor, String database, long entries) {
        AuditTrail.AuditSearch everything = new AuditTrail.AuditSearch(null, null, null, null, null, null);
        AuditTrail.AuditSearch oneUser = new AuditTrail.AuditSearch(auditor.username(), null, null, null, null, null);
        AuditTrail.Matches all = audit.count(auditor, everything);
        assertThat(all.count()).isEqualTo(entries);
        print("%s: audit log of %,d entries: first page %.1f ms, last page %.1f ms, a user's entries %.1f ms, export of all %.0f ms"
                + " by position, %.0f ms from each page's last entry (best of 3)", database, entries,
                bestMs(3, () -> audit.search(auditor, everything.upTo(audit.count(auditor, everything).newestSeq()), 0, 50)),
                bestMs(3, () -> audit.search(auditor, everything.upTo(all.newestSeq()), (int) ((all.count() - 1) / 50 * 50), 50)),
                bestMs(3, () -> audit.search(auditor, oneUser.upTo(audit.count(auditor, oneUser).newestSeq()), 0, 50)),
                bestMs(3, () -> exportReading(auditor, everything, all, false)),
                bestMs(3, () -> exportReading(auditor, everything, all, true)));
    }

    /**
     * Every entry counted, read a thousand at a time as an export does: each page by its position (skipping those
     * before it), or, as the audit log reads the page after the one it read last, from the entry that page ended with.
     */
    private void exportReading(Actor auditor, AuditTrail.AuditSearch search, AuditTrail.Matches counted, boolean fromTheLastEntry) {
        long read = 0;
        Long below = null;
        for (int first = 0; first < counted.count(); first += 1000) {
            List<AuditEntryView> page = fromTheLastEntry && below != null ? audit.search(auditor, search.upTo(below - 1), 0, 1000)
                    : audit.search(auditor, search.upTo(counted.newestSeq()), first, 1000);
            read += page.size();
            below = page.isEmpty() ? below : page.get(page.size() - 1).seq();
        }
        assertThat(read).isEqualTo(counted.count());
    }

    private static final int THREADS = 4;
    private static final int ACTIONS_PER_THREAD = 250;

    /**
     * Actions of several users at the same moment, each recording its entry first and then going on with its work (here
     * a read of the trail, a search by one user: a few milliseconds) before it commits: how many go through per second,
     * and how long one takes, as the chain's head is locked for the whole action or only while it commits.
     */
    @Test
    void actionsAtTheSameMoment() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Actor auditor = administrator("bench-samen-" + run, "geheim-" + run);
        String database = database();
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        AuditTrail.AuditSearch work = new AuditTrail.AuditSearch(auditor.username(), null, null, null, null, null);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(executor.submit(() -> {
                UserTransaction own = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                long[] took = new long[ACTIONS_PER_THREAD];
                start.await();
                for (int i = 0; i < ACTIONS_PER_THREAD; i++) {
                    long begun = System.nanoTime();
                    own.begin();
                    audit.record("benchmark", "benchmark.concurrent", "benchmark", thread + "-" + i, null);
                    audit.search(auditor, work, 0, 20);
                    own.commit();
                    took[i] = System.nanoTime() - begun;
                }
                return took;
            }));
        }
        long begun = System.nanoTime();
        start.countDown();
        long[] all = new long[0];
        for (Future<long[]> thread : threads) {
            long[] took = thread.get(10, TimeUnit.MINUTES);
            long[] joined = Arrays.copyOf(all, all.length + took.length);
            System.arraycopy(took, 0, joined, all.length, took.length);
            all = joined;
        }
        long elapsed = System.nanoTime() - begun;
        Arrays.sort(all);
        print("%s: %d users at once, %,d actions that record and then read: %.0f actions/s, one action p50 %.2f ms, p95 %.2f ms",
                database, THREADS, all.length, all.length / (elapsed / 1e9), ms(all[all.length / 2]), ms(all[all.length * 95 / 100]));
        assertThat(audit.verify(auditor).intact()).isTrue();
    }

    private Actor administrator(String username, String password) {
        identity.createUser(username, "Beheerder", password, null, Set.of(Role.ADMINISTRATOR));
        return identity.actor(username).orElseThrow();
    }

    /** {@code count} entries, {@code perTransaction} to a transaction. */
    private void append(int count, int perTransaction) throws Exception {
        for (int written = 0; written < count; ) {
            transaction.begin();
            int end = Math.min(count, written + perTransaction);
            for (; written < end; written++) {
                audit.record("benchmark", "benchmark.append", "benchmark", written, "entry " + written + " of " + count);
            }
            transaction.commit();
        }
    }
}
