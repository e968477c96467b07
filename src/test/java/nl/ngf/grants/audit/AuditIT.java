package nl.ngf.grants.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.ngf.grants.audit.internal.VerifyAuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.ServerDatabase;
import nl.ngf.grants.testsupport.Waiting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail on a real database: written with the action, searchable, and tampering is found and named. */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String README = "nl/ngf/grants/audit/README.md";

    @Deployment
    static WebArchive deployment() {
        // The README, whose walk through an alteration of the demo's trail a test below runs as it stands there.
        return Deployments.application(AuditIT.class, ItDatabase.class).addAsResource(new java.io.File("README.md"), README);
    }

    @Inject
    AuditTrail audit;
    @Inject
    IdentityService identity;
    @Inject
    ProgrammeService programmes;
    @Inject
    jakarta.transaction.UserTransaction transaction;

    Actor auditor;
    Actor officer;
    OrganisationView organisation;

    @BeforeEach
    void users() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("audit-" + run, "Audit " + run);
        identity.createUser("audit-beheerder-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        identity.createUser("audit-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        auditor = identity.actor("audit-beheerder-" + run).orElseThrow();
        officer = identity.actor("audit-adviseur-" + run).orElseThrow();
    }

    private long register(String conditional) {
        return programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Audit " + UUID.randomUUID(), organisation.id(),
                new BigDecimal("1000000.00"), new BigDecimal(conditional), 3, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
    }

    private void awaitEntry(long programmeId, String actionStart) {
        Waiting.upTo(java.time.Duration.ofSeconds(30), "an entry " + actionStart + "… about programme " + programmeId)
                .until(() -> entriesOf(programmeId).stream().anyMatch(e -> e.action().startsWith(actionStart)));
    }

    private List<AuditEntryView> entriesOf(long programmeId) {
        return audit.search(auditor, new AuditTrail.AuditSearch(null, null, "programme", String.valueOf(programmeId), null, null), 100);
    }

    @Test
    void anActionLeavesAnEntryWithWhoWhatAndWhichRecordAndARefusedOneLeavesNone() throws Exception {
        long before = lastSeq();
        long id = register("900000.00");

        List<AuditEntryView> entries = entriesOf(id).stream().filter(e -> e.actor().equals(officer.username())).toList();
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("programme.conditionalAward");
        assertThat(entries.get(0).actor()).isEqualTo(officer.username());
        assertThat(entries.get(0).details()).contains("conditionalCents=90000000;").contains("requestedCents=100000000;");
        assertThat(audit.search(auditor, new AuditTrail.AuditSearch(officer.username().toUpperCase(), "CONDITIONALaward", null, null,
                null, null), 100)).extracting(AuditEntryView::seq).contains(entries.get(0).seq());

        // The mailing of the new revision task is recorded too, once the registration has committed: wait for it.
        awaitEntry(id, "taskWaiting.");
        long afterAction = lastSeq();
        assertThat(afterAction).isGreaterThan(before);
        assertThatThrownBy(() -> register("1000000.01")).isInstanceOf(DomainException.class);
        assertThat(lastSeq()).as("a refused action writes no entry").isEqualTo(afterAction);
    }

    /**
     * A search finds however many entries match, not only the newest thousand, and is read a page at a time, newest
     * first, as the audit log shows it and its exports read it; the pages read after a count hold exactly the entries
     * counted, even while new ones are recorded (an export page after page of a trail that grows meanwhile).
     */
    @Test
    void aSearchIsReadPageByPageAndThePagesHoldExactlyTheEntriesCountedWhileNewOnesAreRecorded() throws Exception {
        String actor = "audit-veel-" + UUID.randomUUID().toString().substring(0, 8);
        recordInOneTransaction(actor, 1_050);
        AuditTrail.AuditSearch search = new AuditTrail.AuditSearch(actor, null, null, null, null, null);
        AuditTrail.Matches counted = audit.count(auditor, search);
        assertThat(counted.count()).isEqualTo(1_050);

        recordInOneTransaction(actor, 3);
        List<AuditEntryView> read = new java.util.ArrayList<>();
        for (int first = 0; ; first += 400) {
            List<AuditEntryView> page = audit.search(auditor, search.upTo(counted.newestSeq()), first, 400);
            if (page.isEmpty()) {
                break;
            }
            read.addAll(page);
        }
        assertThat(read).as("every entry counted, once, newest first, and none recorded since").hasSize(1_050)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(actor))
                .extracting(AuditEntryView::seq).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .startsWith(counted.newestSeq());
        assertThat(read.get(0).details()).isEqualTo("regel 1050 van 1050");
        assertThat(read.get(read.size() - 1).details()).isEqualTo("regel 1 van 1050");
        assertThat(audit.count(auditor, search).count()).as("a new count finds the entries recorded since").isEqualTo(1_053);
        assertThat(audit.search(auditor, search, 0, 3)).extracting(AuditEntryView::details)
                .containsExactly("regel 3 van 3", "regel 2 van 3", "regel 1 van 3");
        assertThatThrownBy(() -> audit.count(officer, search)).isInstanceOf(NotAllowedException.class);
    }

    /**
     * A search finds what was typed, as typed: a user name with an underscore (which user names may hold) finds that
     * user's entries, and neither an underscore nor a per cent sign stands for any character.
     */
    @Test
    void aSearchTakesAnUnderscoreOrAPerCentSignAsItself() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        recordInOneTransaction("j_smit-" + run, 2);
        recordInOneTransaction("jxsmit-" + run, 1);
        AuditTrail.AuditSearch underscore = new AuditTrail.AuditSearch("J_Smit-" + run, null, null, null, null, null);
        assertThat(audit.count(auditor, underscore).count()).isEqualTo(2);
        assertThat(audit.search(auditor, underscore, 10)).extracting(AuditEntryView::actor).containsOnly("j_smit-" + run).hasSize(2);
        assertThat(audit.count(auditor, new AuditTrail.AuditSearch("%smit-" + run, null, null, null, null, null)).count())
                .as("no user name holds a per cent sign").isZero();
        assertThat(audit.count(auditor, new AuditTrail.AuditSearch("smit-" + run, "test_recorded", null, null, null, null)).count())
                .as("an action is test.recorded, not test_recorded").isZero();
    }

    /**
     * A period that ends before it starts (from tomorrow until today) is refused with a message, for the count and for
     * every page, rather than found empty as if nothing had happened; a period of one day finds that day's entries.
     */
    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNotFoundEmpty() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        recordInOneTransaction("periode-" + run, 1);
        java.time.ZonedDateTime today = LocalDate.now(nl.ngf.grants.shared.Deadlines.ZONE).atStartOfDay(nl.ngf.grants.shared.Deadlines.ZONE);
        AuditTrail.AuditSearch oneDay = new AuditTrail.AuditSearch("periode-" + run, null, null, null, today.toInstant(),
                today.plusDays(1).toInstant());
        assertThat(audit.count(auditor, oneDay).count()).as("today's entry, in a period of today only").isEqualTo(1);

        AuditTrail.AuditSearch reversed = new AuditTrail.AuditSearch("periode-" + run, null, null, null, today.plusDays(1).toInstant(),
                today.plusDays(1).toInstant());
        assertThatThrownBy(() -> audit.count(auditor, reversed)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("audit.period.reversed");
        assertThatThrownBy(() -> audit.search(auditor, reversed, 0, 50)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("audit.period.reversed");
    }

    /**
     * A decision's reasoning is kept whole, however long a form lets it be (a verdict per condition of 8,000 characters
     * each), up to what one spreadsheet cell of an export holds; only beyond that is an entry cut off, and says so.
     */
    @Test
    void aLongReasoningIsKeptWholeUpToWhatASpreadsheetCellHoldsAndTheChainStillVerifies() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String verdicts = AuditTrail.quoted("condition 1 met", "Gezien.\n".repeat(1000)) + "; "
                + AuditTrail.quoted("condition 2 met", "Het \"plan\" klopt. ".repeat(1000));
        String tooLong = "x".repeat(AuditTrail.MAX_DETAILS + 10);
        transaction.begin();
        try {
            audit.record("lang-" + run, "test.recorded", "test", 1, verdicts);
            audit.record("lang-" + run, "test.recorded", "test", 2, tooLong);
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        List<AuditEntryView> entries = audit.search(auditor, new AuditTrail.AuditSearch("lang-" + run, null, null, null, null, null), 10);
        assertThat(entries).extracting(AuditEntryView::objectId).containsExactly("2", "1");
        assertThat(entries.get(1).details()).as("over 28,000 characters, line breaks and quotation marks (doubled) as typed")
                .isEqualTo(verdicts).startsWith("condition 1 met=\"Gezien.\nGezien.\n").contains("Het \"\"plan\"\" klopt.");
        assertThat(entries.get(0).details()).hasSize(AuditTrail.MAX_DETAILS).endsWith("x…");
        assertThat(AuditTrail.MAX_DETAILS).as("what a spreadsheet cell holds (the XLSX exports)").isLessThanOrEqualTo(32_767);
        assertThat(audit.verify(auditor).intact()).isTrue();
    }

    /**
     * An officer's action goes through while another action that recorded its entry first is still under way (a large
     * allocation starting a case per PPS, say): the trail takes each action's entries when it commits, so no action
     * holds up everyone else's for as long as it runs, nor, holding the chain while it waits for a record another
     * action holds, makes two actions wait for each other for ever. The entries stand in the order the actions
     * committed, each chained to the one before.
     */
    @Test
    void anActionGoesThroughWhileAnotherThatRecordedFirstIsStillUnderWay() throws Exception {
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        String run = "under-way-" + UUID.randomUUID().toString().substring(0, 8);
        Future<Long> registration;
        transaction.begin();
        try {
            audit.record(run, "test.underWay", "test", run, "recorded first, committed last");
            registration = executor.submit(() -> register("700000.00"));
            Waiting.upTo(java.time.Duration.ofSeconds(30), "the officer's registration done, or waiting for the other action")
                    .until(() -> registration.isDone() || ServerDatabase.waitingForLocks() >= 1);
            assertThat(registration.isDone()).as("the registration went through while the other action was under way").isTrue();
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        long programmeId = registration.get(60, TimeUnit.SECONDS);
        long registered = entriesOf(programmeId).stream().filter(e -> e.action().equals("programme.conditionalAward")).findFirst()
                .orElseThrow().seq();
        List<AuditEntryView> underWay = audit.search(auditor, new AuditTrail.AuditSearch(run, null, null, null, null, null), 10);
        assertThat(underWay).singleElement().satisfies(e -> assertThat(e.seq()).as("after the registration, which committed first")
                .isGreaterThan(registered));
        assertThat(audit.verify(auditor).intact()).isTrue();
    }

    private void recordInOneTransaction(String actor, int entries) throws Exception {
        transaction.begin();
        try {
            for (int n = 1; n <= entries; n++) {
                audit.record(actor, "test.recorded", "test", n, "regel " + n + " van " + entries);
            }
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void onlyAnAdministratorReadsOrVerifiesTheTrail() {
        assertThatThrownBy(() -> audit.verify(officer)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.search(officer, new AuditTrail.AuditSearch(null, null, null, null, null, null), 10))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.about(officer, "programme", List.of("1"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> audit.withAction(officer, "programme.conditionalAward")).isInstanceOf(NotAllowedException.class);
        assertThat(audit.withAction(auditor, "programme.conditionalAward")).as("exactly that action, oldest first").isNotEmpty()
                .allSatisfy(e -> assertThat(e.action()).isEqualTo("programme.conditionalAward"))
                .extracting(AuditEntryView::seq).isSorted();
    }

    @Test
    void anEntryAlteredBehindTheApplicationsBackIsNamedByTheVerification() throws Exception {
        long id = register("800000.00");
        awaitEntry(id, "taskWaiting.");
        AuditEntryView entry = entriesOf(id).stream().filter(e -> e.action().equals("programme.conditionalAward")).findFirst().orElseThrow();
        assertThat(audit.verify(auditor).intact()).isTrue();

        if (ServerDatabase.postgres()) {
            // The database refuses changes and deletions outright...
            try (Connection connection = ServerDatabase.dataSource().getConnection()) {
                assertThatThrownBy(() -> update(connection, entry.seq(), "conditionalCents=100")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            try (Connection connection = ServerDatabase.dataSource().getConnection()) {
                assertThatThrownBy(() -> execute(connection, "delete from audit_entry where seq = " + entry.seq()))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        try (Connection connection = ServerDatabase.dataSource().getConnection()) {
            // ...so a tamperer needs the table owner's rights to switch the trigger off first. Each step is
            // committed, so the application sees the altered row as it would after a real tampering.
            connection.setAutoCommit(false);
            String original = details(connection, entry.seq());
            tamper(connection, entry.seq(), original.replace("conditionalCents=80000000;", "conditionalCents=800000000;"));
            try {
                AuditVerification verification = audit.verify(auditor);
                assertThat(verification.intact()).isFalse();
                assertThat(verification.firstBrokenSeq()).isEqualTo(entry.seq());
                assertThat(verification.reason()).isEqualTo("altered");
                assertThat(verification.entriesChecked()).isEqualTo(entry.seq() - 1);
                try (Connection reader = ServerDatabase.dataSource().getConnection()) {
                    assertThat(VerifyAuditTrail.verify(reader)).as("the command line's verification, straight from the database, names it too")
                            .isEqualTo(verification);
                }
                // The auditor reads the named entry as it stands now, beside the one before and after it.
                List<AuditEntryView> around = audit.search(auditor, new AuditTrail.AuditSearch(null, null, null, null, null, null,
                        entry.seq() - 1, entry.seq() + 1), 10);
                assertThat(around).extracting(AuditEntryView::seq).contains(entry.seq(), entry.seq() - 1)
                        .allMatch(seq -> Math.abs(seq - entry.seq()) <= 1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(around.stream().filter(e -> e.seq() == entry.seq()).findFirst().orElseThrow().details()).contains("conditionalCents=800000000;").doesNotContain("conditionalCents=80000000;");
            } finally {
                tamper(connection, entry.seq(), original);
            }
        }
        assertThat(audit.verify(auditor).intact()).as("put back as it was, the chain matches again").isTrue();
        try (Connection reader = ServerDatabase.dataSource().getConnection()) {
            assertThat(VerifyAuditTrail.verify(reader).intact()).isTrue();
        }
    }

    /**
     * The README's walk for seeing the verification find an alteration, on the embedded database its demo fills: its
     * statement, run as the README writes it, alters the amount of the finished demo case's conditional award, and the
     * verification names that entry, as it reads now, on the screen and on the command line alike.
     */
    @Test
    @DisabledIfSystemProperty(named = "ngf.it.db", matches = "postgres", disabledReason = "the README alters the embedded database's demo trail; PostgreSQL has no demo")
    void theReadmesAlterationOfTheDemosTrailIsNamedByTheVerification() throws Exception {
        String readme;
        try (java.io.InputStream in = AuditIT.class.getClassLoader().getResourceAsStream(README)) {
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher shell = java.util.regex.Pattern.compile("org\\.h2\\.tools\\.Shell.*?-sql \"([^\"]+)\"", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(shell.find()).as("the README's H2 shell command").isTrue();
        try (Connection connection = ServerDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long seq = number(connection, "select seq from audit_entry where action = 'programme.conditionalAward'"
                    + " and details like 'title=Learning Communities Zorg en Technologie;%'");
            String original = details(connection, seq);
            assertThat(audit.verify(auditor).intact()).isTrue();
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate(shell.group(1))).as("the entry the README alters").isEqualTo(1);
            }
            connection.commit();
            try {
                assertThat(details(connection, seq)).as("its conditional amount, EUR 8,000,000.00 in cents, made 9,000,000.00")
                        .isEqualTo(original.replace("conditionalCents=800000000;", "conditionalCents=900000000;")).isNotEqualTo(original);
                AuditVerification verification = audit.verify(auditor);
                assertThat(verification.intact()).isFalse();
                assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
                assertThat(verification.reason()).isEqualTo("altered");
                assertThat(VerifyAuditTrail.verify(connection)).as("the command line's verification").isEqualTo(verification);
            } finally {
                update(connection, seq, original);
                connection.commit();
            }
        }
        assertThat(audit.verify(auditor).intact()).as("put back as it was, the chain matches again").isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static long lastSeq() throws Exception {
        return ServerDatabase.number("select last_seq from audit_head where id = 1");
    }

    private static String details(Connection connection, long seq) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select details from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection connection, long seq, String details) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update audit_entry set details = ? where seq = ?")) {
            s.setString(1, details);
            s.setLong(2, seq);
            s.executeUpdate();
        }
    }

    /** Changes an entry's details behind the application's back, switching PostgreSQL's trigger off meanwhile. */
    private static void tamper(Connection connection, long seq, String details) throws Exception {
        if (ServerDatabase.postgres()) {
            execute(connection, "alter table audit_entry disable trigger tr_audit_entry_append_only");
        }
        update(connection, seq, details);
        if (ServerDatabase.postgres()) {
            execute(connection, "alter table audit_entry enable trigger tr_audit_entry_append_only");
        }
        connection.commit();
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            long number = rs.getLong(1);
            assertThat(rs.next()).as("one row: " + sql).isFalse();
            return number;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
