package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import nl.ngf.grants.testsupport.ServerDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application on PostgreSQL when the database drops its connections, as it does when it is restarted or fails
 * over to a standby: the connections the server keeps in its pool are gone, and the next user must be served all the
 * same, not shown "Er ging iets mis".
 */
@EnabledIf(value = "onPostgres", disabledReason = "the embedded H2 runs inside the server and never drops its connections")
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(DatabaseOutageIT.class, ItDatabase.class, LoggedInHttp.class);
    }

    /** The PostgreSQL run, as failsafe's execution names it; inside the server, which has no such property, as its database says. */
    static boolean onPostgres() throws Exception {
        String database = System.getProperty("ngf.it.db");
        return database != null ? database.equals("postgres") : ServerDatabase.postgres();
    }

    @Inject
    IdentityService identity;

    @Inject
    HistoryService history;

    /**
     * Right after the database has ended every connection the server held (each page a user opens, the engine's job
     * executor), an administrator's next page is shown whole, and the engine reads its history: the server found its
     * pooled connections dead before handing them out, and opened new ones.
     */
    @Test
    void afterTheDatabaseDroppedEveryConnectionTheNextPageIsServed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("storing-" + run, "Beheerder " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        LoggedInHttp administrator = LoggedInHttp.as("storing-" + run, "geheim-" + run);
        assertThat(administrator.get("admin/users.xhtml").statusCode()).as("before").isEqualTo(200);

        long dropped = ServerDatabase.number("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'");
        assertThat(dropped).as("the connections the server held, ended by the database").isPositive();

        var page = administrator.get("admin/users.xhtml");
        assertThat(page.statusCode()).as("the next page, right after").isEqualTo(200);
        assertThat(page.body()).contains("storing-" + run).doesNotContain("Er ging iets mis");
        assertThat(history.createHistoricProcessInstanceQuery().count()).as("the engine reads its history").isNotNegative();
    }
}
