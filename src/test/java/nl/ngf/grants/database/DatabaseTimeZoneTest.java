package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The database keeps its times as UTC without a zone (the audit trail's among them, whose hashes cover them to the
 * millisecond): a server in another zone would read every one of them shifted, and the trail's check would call the
 * first entry tampered with. Such a server does not start.
 */
class DatabaseTimeZoneTest {

    @Test
    void aServerInUtcStarts() {
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("UTC"))).isEmpty();
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("Etc/UTC"))).isEmpty();
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("GMT"))).isEmpty();
    }

    @Test
    void aServerInDutchTimeOrAnyOtherZoneDoesNotStartAndSaysHowToSetIt() {
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("Europe/Amsterdam"))).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("Europe/Amsterdam", "-Duser.timezone=UTC", "liberty/jvm.options"));
        // No daylight saving time, but an hour off all the same.
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("GMT+01:00"))).isPresent();
        // UTC in winter, an hour off in summer.
        assertThat(DatabaseTimeZone.refusal(TimeZone.getTimeZone("Europe/London"))).isPresent();
    }
}
