package nl.ngf.grants.testsupport;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waiting inside the server for what happens after a commit: the job executor's work, a mail the
 * mail server takes. Returns as soon as the condition holds and fails, naming what it waited for,
 * when it does not within the time given. The condition is evaluated on the test's own thread, the
 * one that has the container's context (JNDI, CDI, transactions); Awaitility's own polling thread has none.
 */
public final class Waiting {

    private Waiting() {
    }

    public static ConditionFactory upTo(Duration atMost, String what) {
        return Awaitility.await(what).atMost(atMost).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100));
    }
}
