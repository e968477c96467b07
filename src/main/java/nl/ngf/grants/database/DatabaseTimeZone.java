package nl.ngf.grants.database;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The server's clock zone, which must be UTC. The database keeps its times as timestamps without a zone, and the JDBC
 * drivers and the engine write and read them in the Java virtual machine's zone: {@code liberty/jvm.options} sets it
 * to UTC. A server in another zone would read every time written before shifted, among them the audit trail's, whose
 * hashes cover them to the millisecond, so that the trail's check would call its first entry tampered with. Users see
 * times in Dutch time whatever this zone ({@code Deadlines.ZONE}).
 */
final class DatabaseTimeZone {

    private DatabaseTimeZone() {
    }

    /** Why a server in this zone may not start, if it may not. */
    static Optional<String> refusal(TimeZone zone) {
        var rules = zone.toZoneId().getRules();
        if (rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).equals(ZoneOffset.UTC)) {
            return Optional.empty();
        }
        return Optional.of("The server runs in the time zone " + zone.getID() + ", not UTC: the database's times are kept in UTC"
                + " and would be read shifted (and the audit trail's check would fail). Start the Java virtual machine with"
                + " -Duser.timezone=UTC, as liberty/jvm.options does.");
    }
}
