package nl.ngf.grants.workflow.internal;

import java.util.ArrayList;
import java.util.Collection;
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
        int[] engine = minor(engineVersion).orElseThrow(() -> new IllegalArgumentException("Not a version: " + engineVersion));
        Optional<int[]> tables = schemaLog.stream().map(EngineSchemaVersion::minor).flatMap(Optional::stream)
                .max((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        if (tables.isEmpty() || tables.get()[0] > engine[0] || tables.get()[0] == engine[0] && tables.get()[1] >= engine[1]) {
            return Optional.empty();
        }
        int[] from = tables.get();
        List<String> scripts = new ArrayList<>();
        if (from[0] == engine[0]) {
            for (int minor = from[1]; minor < engine[1]; minor++) {
                String script = SCRIPTS + databaseType + "_engine_" + from[0] + "." + minor + "_to_" + from[0] + "." + (minor + 1) + ".sql";
                scripts.add(scriptExists.test(script) ? script : script + " (not in the engine's jar: see Camunda's update guide)");
            }
        }
        return Optional.of("The process engine's tables in the database are those of Camunda " + from[0] + "." + from[1]
                + ", the engine is " + engineVersion + ": the engine does not update its own tables. Run "
                + (scripts.isEmpty() ? "the upgrade scripts Camunda's update guide names" : "on the database, in this order, "
                + String.join(", ", scripts) + " (in camunda-engine-" + engineVersion + ".jar; with their patch scripts, if"
                + " any, as Camunda's update guide says)") + ", and start this server again.");
    }

    private static Optional<int[]> minor(String version) {
        Matcher matcher = version == null ? null : MINOR.matcher(version.strip());
        return matcher != null && matcher.matches()
                ? Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))})
                : Optional.empty();
    }
}
