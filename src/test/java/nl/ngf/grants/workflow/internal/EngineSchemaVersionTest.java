package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;

/**
 * What an operator is told when Camunda was raised in the build and the database's engine tables were not brought along:
 * the server does not start, and names the upgrade scripts to run, in order, which the engine's jar holds.
 */
class EngineSchemaVersionTest {

    private static final Predicate<String> IN_THE_ENGINE_JAR = script -> ProcessEngine.class.getClassLoader().getResource(script) != null;

    @Test
    void aNewDatabaseHasNoEngineTablesYetAndTheEngineCreatesThem() {
        assertThat(EngineSchemaVersion.refusal(List.of(), "7.24.0", "postgres", IN_THE_ENGINE_JAR)).isEmpty();
    }

    @Test
    void tablesOfTheEnginesMinorVersionOrNewerStart() {
        assertThat(EngineSchemaVersion.refusal(List.of("7.23.0", "7.24.0"), "7.24.0", "postgres", IN_THE_ENGINE_JAR)).isEmpty();
        // A patch release changes no tables that need a minor step.
        assertThat(EngineSchemaVersion.refusal(List.of("7.24.0"), "7.24.3", "h2", IN_THE_ENGINE_JAR)).isEmpty();
        // Newer tables than this engine: a rolling update, the nodes not yet updated still running.
        assertThat(EngineSchemaVersion.refusal(List.of("7.24.0", "7.25.0"), "7.24.0", "postgres", IN_THE_ENGINE_JAR)).isEmpty();
    }

    @Test
    void tablesAMinorVersionBehindStopTheStartNamingTheScriptInTheEnginesJar() {
        String engine = ProductPropertiesUtil.getProductVersion();
        String[] parts = engine.split("\\.");
        String previous = parts[0] + "." + (Integer.parseInt(parts[1]) - 1);
        String current = parts[0] + "." + parts[1];
        for (String database : List.of("postgres", "h2")) {
            Optional<String> refusal = EngineSchemaVersion.refusal(List.of(previous + ".0"), engine, database, IN_THE_ENGINE_JAR);
            assertThat(refusal).as(database).hasValueSatisfying(message -> assertThat(message)
                    .contains("Camunda " + previous, "the engine is " + engine)
                    .contains("org/camunda/bpm/engine/db/upgrade/" + database + "_engine_" + previous + "_to_" + current + ".sql")
                    .doesNotContain("not in the engine's jar"));
        }
    }

    @Test
    void tablesSeveralMinorVersionsBehindNameEachStepInOrder() {
        Optional<String> refusal = EngineSchemaVersion.refusal(List.of("7.21.0", "7.22.1"), "7.24.0", "postgres", IN_THE_ENGINE_JAR);
        assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
                .containsSubsequence("postgres_engine_7.22_to_7.23.sql", "postgres_engine_7.23_to_7.24.sql")
                .doesNotContain("7.21_to_7.22"));
    }

    @Test
    void aScriptTheJarDoesNotHaveIsSaidToBeMissing() {
        Optional<String> refusal = EngineSchemaVersion.refusal(List.of("7.24.0"), "7.26.0", "postgres", script -> script.contains("7.24_to"));
        assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
                .contains("postgres_engine_7.24_to_7.25.sql,", "postgres_engine_7.25_to_7.26.sql (not in the engine's jar"));
    }
}
