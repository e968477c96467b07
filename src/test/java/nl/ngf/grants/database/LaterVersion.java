package nl.ngf.grants.database;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The schema as a later version of the application leaves it: this version's migrations and one more (V9999). */
final class LaterVersion {

    private LaterVersion() {
    }

    /** This version's configuration ({@link SchemaMigrations#configure}) with the later version's migration beside its own. */
    static FluentConfiguration of(FluentConfiguration ours) {
        return ours.locations(Stream.concat(Arrays.stream(ours.getLocations()), Stream.of(new Location("classpath:db/later-version")))
                .toArray(Location[]::new));
    }
}
