package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static RuntimeException failedWrite(SQLException cause) {
        // As EclipseLink hands it on: the driver's exception some causes down.
        return new RuntimeException("flush failed", new IllegalStateException("internal", cause));
    }

    @Test
    void postgresqlNamesTheConstraint() {
        SQLException unique = new SQLException("ERROR: duplicate key value violates unique constraint \"uq_partnership_name_key\"\n"
                + "  Detail: Key (programme_id, name_key)=(1, pps zorg) already exists.", "23505");
        assertThat(Constraints.violates(failedWrite(unique), "uq_partnership_name_key")).isTrue();
        assertThat(Constraints.violates(failedWrite(unique), "uq_allocation_partnership")).isFalse();
    }

    @Test
    void h2NamesTheConstraintsIndexInCapitals() {
        SQLException unique = new SQLException("Unique index or primary key violation: \"PUBLIC.UQ_PARTNERSHIP_NAME_KEY_INDEX_E ON "
                + "PUBLIC.PARTNERSHIP(PROGRAMME_ID NULLS FIRST, NAME_KEY NULLS FIRST) VALUES ( /* 1 */ CAST(1 AS BIGINT), 'pps zorg' )\"",
                "23505");
        assertThat(Constraints.violates(failedWrite(unique), "uq_partnership_name_key")).isTrue();
    }

    @Test
    void onlyAnIntegrityViolationCounts() {
        SQLException timeout = new SQLException("Timeout trying to lock table \"UQ_PARTNERSHIP_NAME_KEY\"", "HYT00");
        assertThat(Constraints.violates(failedWrite(timeout), "uq_partnership_name_key")).isFalse();
        assertThat(Constraints.violates(new RuntimeException("uq_partnership_name_key"), "uq_partnership_name_key")).isFalse();
        assertThat(Constraints.violates(new SQLException("uq_partnership_name_key"), "uq_partnership_name_key")).as("no SQL state").isFalse();
    }
}
