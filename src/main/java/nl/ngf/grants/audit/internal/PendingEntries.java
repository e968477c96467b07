package nl.ngf.grants.audit.internal;

import jakarta.transaction.Synchronization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entries one transaction recorded, waiting to join the chain until it commits: an interposed synchronization, run
 * after the persistence context and the engine have written the transaction's changes. The chain's head is then locked
 * for no longer than the commit takes, and after every other record the transaction locks: no action holds the head
 * while it waits for a record another action holds (which, waiting for the head, would wait for ever), and a long action
 * (an allocation over many PPSs) does not hold up everyone else's while it runs. A transaction that rolls back never
 * reaches the chain.
 */
final class PendingEntries implements Synchronization {

    /** One entry as recorded: its number and hashes come when it joins the chain. */
    record Entry(Instant recordedAt, String actor, String action, String objectType, String objectId, String details) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Consumer<List<Entry>> chain;
    private boolean chained;

    PendingEntries(Consumer<List<Entry>> chain) {
        this.chain = chain;
    }

    void add(Entry entry) {
        if (chained) {
            throw new IllegalStateException("the transaction's entries have joined the chain; it is committing");
        }
        entries.add(entry);
    }

    @Override
    public void beforeCompletion() {
        chained = true;
        chain.accept(List.copyOf(entries));
    }

    @Override
    public void afterCompletion(int status) {
        // Committed with the transaction, or gone with it.
    }
}
