package nl.ngf.grants.testsupport;

import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;

/**
 * Two requests racing, made to meet where it matters: the first runs in a transaction held open until the second,
 * started meanwhile on another thread, waits for a lock the first holds (or has ended without); then the first commits.
 * For in-container tests of what the second is told and what the database holds afterwards.
 */
public final class HeldTransaction {

    private HeldTransaction() {
    }

    /** What each request answered. */
    public record Raced<A, B>(A first, B second) {
    }

    /** Runs both as described; an exception the second throws fails the test with it. */
    public static <A, B> Raced<A, B> race(Callable<A> first, Callable<B> second) throws Exception {
        InitialContext naming = new InitialContext();
        UserTransaction transaction = (UserTransaction) naming.lookup("java:comp/UserTransaction");
        ExecutorService executor = (ExecutorService) naming.lookup("java:comp/DefaultManagedExecutorService");
        A answered;
        Future<B> racing;
        transaction.begin();
        try {
            answered = first.call();
            racing = executor.submit(second);
            Waiting.upTo(Duration.ofSeconds(30), "the second request waiting for the first")
                    .until(() -> racing.isDone() || ServerDatabase.someoneWaitsForALock());
            transaction.commit();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
        return new Raced<>(answered, racing.get(60, TimeUnit.SECONDS));
    }
}
