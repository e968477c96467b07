package nl.ngf.grants.shared;

import java.time.Instant;

/**
 * Event: a programme's final settlement, when every tranche of every PPS is released or cancelled.
 * Fired inside the closing transaction; each module that ran cases for the programme has their history
 * kept from {@code closedAt} on.
 */
public record ProgrammeClosed(long programmeId, Instant closedAt) {
}
