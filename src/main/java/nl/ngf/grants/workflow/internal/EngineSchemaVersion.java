package nl.ngf.grants.workflow.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the engine's tables are as new as the engine. The engine creates its tables in a new database but never
 * brings existing ones up to date: after Camunda is raised to a newer minor version in the build, the new engine would
 * run against the old tables until a statement on something new failed.
 * So a server does not start on tables older than its engine, and says which of the engine's upgrade scripts to run
 * (Camunda's update guide). Each script, like each creation, records its version in the engine's schema log; newer
 * tables than the engine (during a rolling update, the nodes not yet updated) are what Camunda allows.
 */
final class EngineSchemaVersion {

    /** Where the engine's jar holds its upgrade scripts, per database type and minor step. */
    static final String SCRIPTS = "org/camunda/bpm/engine/db/upgrade/";

    private static final Pattern MINOR = Pattern.compile("(\\d+)\\.(\\d+)(?:\\..*)?");

    private EngineSchemaVersion() {
    }

    /**
     * Why the server must not start on these tables: empty when they are as new as the engine or newer, or when there
     * are none yet (the engine creates them). Otherwise which upgrade scripts take them there, in order, as far as the
     * engine's jar has them ({@code scriptExists}).
     */
    static Optional<String> refusal(Collection<String> schemaLog, String engineVersion, String databaseType, Predicate<String> scriptExists) {
        Minor engine = Minor.of(engineVersion).orElseThrow(() -> new IllegalArgumentException("Not a version: " + engineVersion));
        Optional<Minor> tables = schemaLog.stream().map(Minor::of).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (tables.isEmpty() || tables.get().compareTo(engine) >= 0) {
            return Optional.empty();
        }
        Minor from = tables.get();
        List<String> scripts = new ArrayList<>();
        if (from.major() == engine.major()) {
            for (int minor = from.minor(); minor < engine.minor(); minor++) {
                String script = SCRIPTS + databaseType + "_engine_" + from.major() + "." + minor + "_to_" + from.major() + "." + (minor + 1) + ".sql";
                scripts.add(scriptExists.test(script) ? script : script + " (not in the engine's jar: see Camunda's update guide)");
            }
        }
        return Optional.of("The process engine's tables in the database are those of Camunda " + from.major() + "." + from.minor()
                + ", the engine is " + engineVersion + ": the engine does not update its own tables. Run "
                + (scripts.isEmpty() ? "the upgrade scripts Camunda's update guide names" : "on the database, in this order, "
                + String.join(", ", scripts) + " (in camunda-engine-" + engineVersion + ".jar; with their patch scripts, if"
                + " any, as Camunda's update guide says)") + ", and start this server again.");
    }

    /** A version as far as the tables go: its major and minor number (a patch release changes none that matter here). */
    private record Minor(int major, int minor) implements Comparable<Minor> {

        static Optional<Minor> of(String version) {
            Matcher matcher = version == null ? null : MINOR.matcher(version.strip());
            return matcher != null && matcher.matches()
                    ? Optional.of(new Minor(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                    : Optional.empty();
        }

        @Override
        public int compareTo(Minor other) {
            return Comparator.comparingInt(Minor::major).thenComparingInt(Minor::minor).compare(this, other);
        }
    }
}
