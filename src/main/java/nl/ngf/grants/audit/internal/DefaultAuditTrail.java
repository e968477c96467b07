package nl.ngf.grants.audit.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.audit.AuditVerification;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.shared.AccessRefused;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.IdentityChanged;
import nl.ngf.grants.shared.LoginFailed;
import nl.ngf.grants.shared.PasswordCheckFailed;

@ApplicationScoped
public class DefaultAuditTrail implements AuditTrail {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** Where the transaction keeps its entries until it commits. */
    private static final Object PENDING = PendingEntries.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The database the persistence context writes to; in a transaction, the same connection. */
    @Resource(lookup = "jdbc/ngf")
    DataSource dataSource;

    /**
     * Takes the entry with the time of the action; it joins the chain, after every entry already in it, when the
     * transaction commits (see {@link PendingEntries}), and not at all when it rolls back. The change it records is
     * written now: a change the database refuses fails here, with the database's own reason, not later as a commit
     * that failed (which is all a stalled step would then show the administrator).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, Object objectId, String details) {
        String text = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS - 1) + "…";
        em.flush();
        pendingEntries().add(new PendingEntries.Entry(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, action, objectType,
                String.valueOf(objectId), text));
    }

    private PendingEntries pendingEntries() {
        PendingEntries pending = (PendingEntries) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new PendingEntries(this::chain);
            transactions.putResource(PENDING, pending);
            // Interposed: it runs after the persistence context and the engine have written their changes, so that
            // the lock on the chain's head is the last the transaction takes.
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /**
     * Appends the transaction's entries to the chain, in the order they were recorded, under the lock on its head. The
     * persistence context has written its changes by then: the entries go in over the transaction's connection.
     */
    private void chain(List<PendingEntries.Entry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            long seq;
            String hash;
            try (PreparedStatement head = connection.prepareStatement("select last_seq, last_hash from audit_head where id = 1 for update");
                 ResultSet rs = head.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                hash = rs.getString(2);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (seq, recorded_at, actor, action, object_type,"
                    + " object_id, details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PendingEntries.Entry e : entries) {
                    seq++;
                    String previous = hash;
                    hash = AuditChain.hash(seq, e.recordedAt(), e.actor(), e.action(), e.objectType(), e.objectId(), e.details(), previous);
                    insert.setLong(1, seq);
                    insert.setTimestamp(2, Timestamp.from(e.recordedAt()));
                    insert.setString(3, e.actor());
                    insert.setString(4, e.action());
                    insert.setString(5, e.objectType());
                    insert.setString(6, e.objectId());
                    insert.setString(7, e.details());
                    insert.setString(8, previous);
                    insert.setString(9, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = connection.prepareStatement("update audit_head set last_seq = ?, last_hash = ? where id = 1")) {
                head.setLong(1, seq);
                head.setString(2, hash);
                head.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not take the transaction's entries; the transaction rolls back", e);
        }
    }

    /** A refusal is kept even though the refused request's own work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void accessRefused(@Observes AccessRefused refused) {
        record(refused.username() == null ? "-" : refused.username(), "access.refused", "request", truncate(refused.what(), 64),
                "reason=" + refused.reason() + "; request=" + refused.what());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void loginFailed(@Observes LoginFailed failed) {
        if (failed.username() == null) {
            // A name that is no account's is not kept: it may be a password typed into the name field.
            record("-", "login.failed", "user", "-", "from=" + failed.remoteAddress() + "; name=no account's, not kept");
            return;
        }
        record(truncate(failed.username().isEmpty() ? "-" : failed.username(), 60), "login.failed", "user",
                truncate(failed.username(), 64), "from=" + failed.remoteAddress());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void passwordCheckFailed(@Observes PasswordCheckFailed failed) {
        record(failed.username(), "user.password.checkFailed", "user", failed.username(),
                failed.lockedOut() ? "own password change refused: locked out" : "own password change: current password wrong");
    }

    /** Identity changes are recorded in the changing transaction: both commit or neither does. */
    @Transactional(Transactional.TxType.MANDATORY)
    void identityChanged(@Observes IdentityChanged change) {
        record(change.actor(), change.action(), change.objectType(), change.objectId(), change.details());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    @Transactional
    public List<AuditEntryView> search(Actor reader, AuditSearch search, int first, int size) {
        reader.require(Role.ADMINISTRATOR);
        requirePeriod(search);
        if (size <= 0) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(search, parameters) + " order by e.seq desc",
                AuditEntry.class).setFirstResult(Math.max(0, first)).setMaxResults(size);
        parameters.forEach(query::setParameter);
        return query.getResultStream().map(DefaultAuditTrail::view).toList();
    }

    @Override
    @Transactional
    public Matches count(Actor reader, AuditSearch search) {
        reader.require(Role.ADMINISTRATOR);
        requirePeriod(search);
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery("select count(e), max(e.seq) from AuditEntry e" + where(search, parameters), Object[].class);
        parameters.forEach(query::setParameter);
        Object[] found = query.getSingleResult();
        return new Matches(((Number) found[0]).longValue(), found[1] == null ? null : ((Number) found[1]).longValue());
    }

    /**
     * A period that ends before it starts (from 31 December until 1 January) is a slip, not a search for nothing: it is
     * refused, so that the auditor is told rather than shown an empty log as if nothing had happened.
     */
    private static void requirePeriod(AuditSearch search) {
        if (search.from() != null && search.until() != null && !search.from().isBefore(search.until())) {
            throw new DomainException("audit.period.reversed");
        }
    }

    /** The search as a where clause, its values put in {@code parameters}. */
    private static String where(AuditSearch search, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        like(jpql, parameters, "actor", search.actor());
        like(jpql, parameters, "action", search.action());
        like(jpql, parameters, "objectType", search.objectType());
        if (search.objectId() != null && !search.objectId().isBlank()) {
            jpql.append(" and e.objectId = :objectId");
            parameters.put("objectId", search.objectId().strip());
        }
        if (search.from() != null) {
            jpql.append(" and e.recordedAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.until() != null) {
            jpql.append(" and e.recordedAt < :until");
            parameters.put("until", search.until());
        }
        if (search.firstSeq() != null) {
            jpql.append(" and e.seq >= :firstSeq");
            parameters.put("firstSeq", search.firstSeq());
        }
        if (search.lastSeq() != null) {
            jpql.append(" and e.seq <= :lastSeq");
            parameters.put("lastSeq", search.lastSeq());
        }
        return jpql.toString();
    }

    @Override
    @Transactional
    public List<AuditEntryView> about(Actor reader, String objectType, java.util.Collection<String> objectIds) {
        reader.require(Role.ADMINISTRATOR);
        if (objectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AuditEntry e where e.objectType = :type and e.objectId in :ids order by e.seq",
                        AuditEntry.class)
                .setParameter("type", objectType).setParameter("ids", List.copyOf(objectIds))
                .getResultStream().map(DefaultAuditTrail::view).toList();
    }

    @Override
    public List<AuditEntryView> withAction(Actor reader, String action) {
        reader.require(Role.ADMINISTRATOR);
        return em.createQuery("select e from AuditEntry e where e.action = :action order by e.seq", AuditEntry.class)
                .setParameter("action", action).getResultStream().map(DefaultAuditTrail::view).toList();
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.seq, e.recordedAt, e.actor, e.action, e.objectType, e.objectId, e.details, e.hash);
    }

    /**
     * Narrows to entries whose field holds what was typed, as typed (case aside): a per cent sign or an underscore is
     * itself, not a wildcard (user names may hold underscores: {@code j_smit}).
     */
    private static void like(StringBuilder jpql, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            jpql.append(" and lower(e.").append(field).append(") like :").append(field).append(" escape '\\'");
            parameters.put(field, "%" + literally(value.strip().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    /** The text with LIKE's wildcards, and its escape character, escaped. */
    static String literally(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    @Transactional
    public AuditVerification verify(Actor reader) {
        reader.require(Role.ADMINISTRATOR);
        ChainWalk walk = new ChainWalk();
        boolean more = true;
        while (more) {
            List<AuditEntry> page = new ArrayList<>(em.createQuery("select e from AuditEntry e where e.seq >= :from order by e.seq",
                    AuditEntry.class).setParameter("from", walk.expectedSeq()).setMaxResults(PAGE).getResultList());
            more = page.size() == PAGE;
            for (AuditEntry e : page) {
                if (!walk.next(e.seq, e.recordedAt, e.actor, e.action, e.objectType, e.objectId, e.details, e.previousHash, e.hash)) {
                    more = false;
                    break;
                }
            }
            em.clear();
        }
        AuditHead head = em.find(AuditHead.class, 1);
        return walk.end(head.lastSeq, head.lastHash);
    }
}
