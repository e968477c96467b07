package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.ProgrammeStatus;
import org.junit.jupiter.api.Test;

/** Everything a person can be shown exists in Dutch and in English. */
class MessageBundlesTest {

    static Properties bundle(String language) throws IOException {
        return bundle("messages", language);
    }

    static Properties bundle(String name, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/ngf/grants/web/" + name + "_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> found(Path root, String glob, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName())).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * Each rule of the decision table reads in English too: its Dutch text in the bundle is the rule's own
     * description, word for word (a rule whose description changes must have its texts changed with it, or a
     * decision it takes shows as recorded, untranslated).
     */
    @Test
    void everyRuleOfTheDecisionTableHasItsOwnWordsInBothLanguages() throws IOException {
        Matcher rule = Pattern.compile("<rule id=\"([a-zA-Z]+)\">\\s*<description>([^<]*)</description>")
                .matcher(Files.readString(Path.of("workflows", "tranche-decision.dmn")));
        Properties dutch = bundle("nl");
        Properties english = bundle("en");
        Set<String> rules = new TreeSet<>();
        while (rule.find()) {
            String key = "dmn.rule." + rule.group(1);
            rules.add(rule.group(1));
            assertThat(dutch.getProperty(key)).as(key).isEqualTo(rule.group(2).strip());
            assertThat(english.getProperty(key)).as(key).isNotBlank().isNotEqualTo(dutch.getProperty(key));
        }
        assertThat(rules).contains("withholdBelowEighty", "secondApprovalLargeTranche", "secondApprovalPartlyAttained", "releaseAttained");
    }

    @Test
    void aBrokenAuditChainSaysHowManyEntriesBeforeItMatchInWords() {
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl");
        assertThat(Messages.format(dutch, "audit.broken.altered", 1_043L, 1_042L))
                .isEqualTo("De keten is verbroken: regel 1.043 is gewijzigd (de 1.042 regels ervoor kloppen).");
        assertThat(Messages.format(dutch, "audit.broken.missing", 2L, 1L))
                .isEqualTo("De keten is verbroken: regel 2 ontbreekt (de regel ervoor klopt).");
        assertThat(Messages.format(dutch, "audit.broken.chain", 1L, 0L))
                .isEqualTo("De keten is verbroken: regel 1 sluit niet aan op de regel ervoor (het is de eerste regel).");
        assertThat(Messages.format(java.util.Locale.ENGLISH, "audit.broken.altered", 1_043L, 1_042L))
                .isEqualTo("The chain is broken: entry 1,043 has been altered (the 1,042 entries before it match).");
    }

    @Test
    void aDeadlineTooFarAwayNamesTheLatestDayAsThePagesWriteDates() {
        java.time.LocalDate latest = java.time.LocalDate.of(2027, 12, 6);
        assertThat(Messages.format(Language.DUTCH, "overdue.deadline.withinAYear", latest))
                .isEqualTo("De nieuwe termijn ligt ten hoogste een jaar na vandaag, uiterlijk 6 dec. 2027: een pps rapporteert minstens eens per jaar.");
        assertThat(Messages.format(Language.ENGLISH, "programme.deadline.withinAYear", latest))
                .isEqualTo("The revision deadline lies at most a year from today: 6 Dec 2027 at the latest.");
    }

    @Test
    void aTaskCompletedBySomeoneElseSaysByWhomAndWhenInDutchTime() {
        // 09:05 in Amsterdam on a winter's day (UTC+1), whatever the server's own zone.
        java.time.Instant moment = java.time.Instant.parse("2026-12-06T08:05:00Z");
        assertThat(Messages.format(Language.DUTCH, "task.completedBy", "Sanne de Vries", moment))
                .isEqualTo("Sanne de Vries heeft deze taak al afgerond (6 dec. 2026 09:05); er is niets van u opgeslagen.");
        assertThat(Messages.format(Language.ENGLISH, "task.completedBy", "Sanne de Vries", moment))
                .isEqualTo("Sanne de Vries has already completed this task (6 Dec 2026, 09:05); nothing of yours was saved.");
    }

    /**
     * The audit log and the timeline name every action the trail records, and every kind of record it names, in both
     * languages; and they offer no action to search for that nothing records. The actions are found where the code
     * records them: {@code record(who, "tranche.released", "tranche", …)} or an identity change, the overdue
     * decisions' enum, and the mail log's occasions and outcomes.
     */
    @Test
    void everyActionTheAuditTrailRecordsIsNamedInBothLanguages() throws IOException {
        Pattern recorded = Pattern.compile(
                "(?:record|IdentityChanged)\\([^;]*?,\\s*\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\",\\s*(?:\"([a-z][a-zA-Z]*)\"|[A-Z_]+\\.)");
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = recorded.matcher(Files.readString(file));
                while (call.find()) {
                    actions.add(call.group(1));
                    if (call.group(2) != null) {
                        types.add(call.group(2));
                    }
                }
            }
        }
        actions.addAll(found(Path.of("src/main/java/nl/ngf/grants/funding/internal"), "DefaultFundingService.java",
                Pattern.compile("\\b[A-Z]+\\(\\w+, [\\w.]+, \"([a-z][a-zA-Z]*\\.[a-zA-Z]+)\"")));
        Path mailLog = Path.of("src/main/java/nl/ngf/grants/notification/internal");
        Set<String> occasions = found(mailLog, "MailLog.java", Pattern.compile("case \\w+ -> \"([a-zA-Z]+)\\.\""));
        Set<String> outcomes = found(mailLog, "MailLog.java", Pattern.compile("\"((?:not)?[mM]ail[a-zA-Z]*)\""));
        assertThat(occasions).hasSize(nl.ngf.grants.shared.ApplicantNotice.Occasion.values().length);
        occasions.forEach(occasion -> outcomes.forEach(outcome -> actions.add(occasion + "." + outcome)));
        assertThat(actions).as("found where they are recorded").contains("tranche.released", "access.refused", "login.failed",
                "user.email.changed", "changeRequest.applied", "tranche.overduePlanDecided", "taskWaiting.mailGivenUp", "reminder.notMailed");
        assertThat(types).contains("request", "user", "tranche", "changeRequest", "processDefinition");
        for (String language : new String[] {"nl", "en"}) {
            Set<String> keys = bundle(language).stringPropertyNames();
            assertThat(keys.stream().filter(key -> key.startsWith("auditAction.")).map(key -> key.substring("auditAction.".length())))
                    .as(language).containsExactlyInAnyOrderElementsOf(actions);
            assertThat(keys).as(language).containsAll(types.stream().map(type -> "auditType." + type).toList());
            // The search's menu groups the actions under their subject: a kind of record, or a heading of its own.
            actions.stream().map(action -> action.substring(0, action.indexOf('.'))).distinct().forEach(subject ->
                    assertThat(keys).as(language).containsAnyOf("auditType." + subject, "auditGroup." + subject));
        }
    }

    @Test
    void dutchAndEnglishHaveTheSameTexts() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("nl").stringPropertyNames());
    }

    /** Faces' own messages (a field it cannot convert, a required field) in both languages, in our words. */
    @Test
    void facesOwnMessagesAreDutchAndEnglish() throws IOException {
        Set<String> dutch = bundle("faces", "nl").stringPropertyNames();
        assertThat(dutch).contains("jakarta.faces.converter.DateTimeConverter.DATE", "jakarta.faces.component.UIInput.REQUIRED");
        assertThat(bundle("faces", "en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch);
    }

    @Test
    void noTextIsDefinedTwice() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources/nl/ngf/grants/web/messages_" + language + ".properties"))
                    .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('='))).toList();
            assertThat(keys).as(language).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyRefusalTheCodeCanGiveHasAText() throws IOException {
        Set<String> keys = found(Path.of("src/main/java"), "*.java",
                Pattern.compile("(?:Domain|NotAllowed)Exception\\(\"([a-zA-Z.]*[a-zA-Z])\""));
        assertThat(keys).isNotEmpty();
        assertThat(bundle("nl").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyTextAPageAsksForExists() throws IOException {
        Set<String> keys = found(Path.of("src/main/webapp"), "*.xhtml", Pattern.compile("msg\\['([a-zA-Z.]+)'\\]"));
        keys.addAll(found(Path.of("src/main/java"), "*.java", Pattern.compile("(?:text|info)\\(\"([a-zA-Z.]*[a-zA-Z])\"")));
        keys.addAll(found(Path.of("src/main/java"), "*.java", Pattern.compile("\"([a-zA-Z]+\\.done(?:\\.[a-zA-Z]+)?)\"")));
        assertThat(keys).hasSizeGreaterThan(20).contains("revise.done", "completeness.done.incomplete");
        assertThat(bundle("nl").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyVariableAModelReadsIsNamedForTheAuditorInBothLanguages() throws IOException {
        // A bean's method, such as ${handlingTerms.officer()}, is no variable.
        Set<String> variables = found(Path.of("workflows"), "*.bpmn", Pattern.compile("\\$\\{!?([a-zA-Z]++)(?!\\.)"));
        variables.removeIf(name -> name.endsWith("Delegate") || name.endsWith("Listener"));
        assertThat(variables).contains("revisionDeadline", "releaseDecision", "needsApproval");
        List<String> keys = variables.stream().map(name -> "history.variable." + name).toList();
        assertThat(bundle("nl").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("en").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyRuleTheLedgerCheckAppliesIsExplainedInBothLanguages() throws Exception {
        List<String> codes = new java.util.ArrayList<>();
        for (java.lang.reflect.Field field : nl.ngf.grants.funding.LedgerCheck.class.getFields()) {
            if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                codes.add("ledger.finding." + field.get(null));
            }
        }
        assertThat(codes).hasSizeGreaterThan(10);
        assertThat(bundle("nl").stringPropertyNames()).containsAll(codes);
        assertThat(bundle("en").stringPropertyNames()).containsAll(codes);
    }

    @Test
    void everyTrancheSetbackOnTheProgrammesCourseHasAText() throws IOException {
        List<String> keys = java.util.stream.Stream.of("WITHHELD", "REFUSED", "EXTENDED", "CANCELLED").map(k -> "timeline.tranche." + k).toList();
        assertThat(bundle("nl").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("en").stringPropertyNames()).containsAll(keys);
    }

    /** What the check went through: the payments, and the allocations they are held to (of every PPS allocated, paid or not). */
    @Test
    void theLedgerCheckCountsReadRight() {
        Object[] one = {1, "€ 5,00", 1, 1, "nu", 1};
        Object[] many = {12, "€ 5,00", 3, 2, "nu", 2};
        assertThat(format("nl", "ledger.check.intact", one))
                .isEqualTo("Het grootboek klopt: 1 uitbetaling (€ 5,00) gecontroleerd tegen de toewijzing van 1 pps in 1 programma, op nu.");
        assertThat(format("nl", "ledger.check.intact", many))
                .isEqualTo("Het grootboek klopt: 12 uitbetalingen (€ 5,00) gecontroleerd tegen de toewijzing van 3 pps'en in 2 programma's, op nu.");
        assertThat(format("nl", "ledger.check.findings", many))
                .isEqualTo("Het grootboek klopt niet: 2 bevindingen bij 12 uitbetalingen (€ 5,00) en de toewijzing van 3 pps'en in 2 programma's, gecontroleerd op nu.");
        assertThat(format("en", "ledger.check.intact", one))
                .isEqualTo("The ledger is in order: 1 payment (€ 5,00) checked against the allocation of 1 PPS in 1 programme, at nu.");
        assertThat(format("en", "ledger.check.findings", many))
                .isEqualTo("The ledger is not in order: 2 findings in 12 payments (€ 5,00) and the allocation of 3 PPSs in 2 programmes, checked at nu.");
    }

    /** An allocation above the award says by how much, in euros as the reader writes them. */
    @Test
    void anAllocationAboveTheAwardSaysByHowMuch() {
        Object[] above = {nl.ngf.grants.shared.Money.ofCents(1), nl.ngf.grants.shared.Money.ofEuros(92_000_000)};
        assertThat(format("nl", "allocation.aboveAwarded", above).replace('\u00A0', ' ')).as("(a euro sign is followed by a non-breaking space)")
                .isEqualTo("Samen is dit € 0,01 meer dan het definitief toegekende bedrag van € 92.000.000,00.");
        assertThat(format("en", "allocation.aboveAwarded", above))
                .isEqualTo("Together this is €0.01 more than the definitively awarded amount of €92,000,000.00.");
    }

    /**
     * A count reads as one or as many, never as "tranche(s)" or "poging(en)" left for the reader to work out: one
     * tranche, two tranches; in both languages, in the pages' texts and the mails'.
     */
    @Test
    void aCountIsFollowedByTheWordInItsRightNumber() throws IOException {
        Pattern leftToTheReader = Pattern.compile("\\p{L}\\((?:s|es|en|n|pen)\\)");
        for (String name : new String[] {"messages", "mail"}) {
            for (String language : new String[] {"nl", "en"}) {
                Properties texts = name.equals("mail") ? mailBundle(language) : bundle(language);
                assertThat(texts.stringPropertyNames()).as(name + "_" + language).isNotEmpty()
                        .noneMatch(key -> leftToTheReader.matcher(texts.getProperty(key)).find());
            }
        }
        assertThat(format("nl", "timeline.settled", "€ 8,00", 1, 0)).isEqualTo("Afgerond: € 8,00 uitbetaald, 1 tranche uitbetaald, 0 vervallen");
        assertThat(format("nl", "timeline.settled", "€ 8,00", 4, 1)).isEqualTo("Afgerond: € 8,00 uitbetaald, 4 tranches uitbetaald, 1 vervallen");
        assertThat(format("en", "funding.closure.tranches", 1, 0)).isEqualTo("1 tranche paid, 0 cancelled");
        assertThat(format("nl", "timeline.revised", 2, 0)).isEqualTo("Herzien plan ingediend (ronde 2, 0 documenten)");
        assertThat(format("en", "timeline.revised", 1, 1)).isEqualTo("Revised plan submitted (round 1, 1 document)");
        assertThat(format("nl", "releases.retrying", 1, "morgen")).isEqualTo("Nog 1 poging; volgende op morgen");
        assertThat(format("en", "mails.gaveUp", 5)).isEqualTo("Given up after 5 attempts: waiting for an administrator");
        assertThat(format("nl", "inbox.administrator.failures", 1, 2, 1))
                .isEqualTo("Onder Storingen wachten op u: 1 vastgelopen uitbetaling, 2 vastgelopen processtappen en 1 niet verstuurde e-mail.");
        assertThat(format("en", "inbox.administrator.failures", 0, 1, 3))
                .isEqualTo("Waiting for you under Failures: 0 stalled payments, 1 stalled process step and 3 unsent mails.");
        assertThat(format("nl", "audit.count", 1L)).isEqualTo("1 regel gevonden");
        assertThat(format("nl", "audit.count", 12345L)).isEqualTo("12.345 regels gevonden, de nieuwste eerst");
        assertThat(format("en", "audit.count", 0L)).isEqualTo("No entries found");
    }

    /**
     * In a text with a value in it an apostrophe is written twice and reads as one: a single one quotes the rest of the
     * text, which then shows "the PPSs baseline ({2})" and leaves out the value. Every value in such a text is filled in.
     * A text without a value is shown as written, once.
     */
    @Test
    void anApostropheReadsAsOneAndEveryValueIsFilledIn() throws IOException {
        Pattern value = Pattern.compile("\\{\\d");
        for (String name : new String[] {"messages", "mail", "faces"}) {
            for (String language : new String[] {"nl", "en"}) {
                Properties texts = name.equals("mail") ? mailBundle(language) : bundle(name, language);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (value.matcher(text).find()) {
                        Object[] values = java.util.stream.IntStream.range(0, 10).mapToObj(i -> (Object) 1).toArray();
                        String shown = new java.text.MessageFormat(text, java.util.Locale.forLanguageTag(language)).format(values);
                        assertThat(shown).as(name + "_" + language + ": " + key).doesNotContainPattern("\\{\\d");
                        if (text.contains(",choice,")) {
                            continue; // a choice's branches quote once more; those texts have tests of their own
                        }
                        assertThat(shown.chars().filter(c -> c == '\'').count()).as(name + "_" + language + ": apostrophes of " + key)
                                .isEqualTo(text.replace("''", "'").chars().filter(c -> c == '\'').count());
                    } else {
                        assertThat(text).as(name + "_" + language + ": " + key + " is shown as written").doesNotContain("''");
                    }
                }
            }
        }
    }

    /** A refusal that passes a value its text does not show keeps the text as written (the status here). */
    @Test
    void aTextWithoutAValueIsShownAsWrittenWhateverIsPassedToIt() {
        assertThat(format("en", "programme.status.unexpected", "REVISION"))
                .isEqualTo("This is not possible in the programme's current status.");
        assertThat(format("nl", "claim.mine", "Sanne de Vries"))
                .isEqualTo("U hebt deze taak opgepakt: uw collega's zien dat en kunnen hem niet afronden.");
    }

    private static Properties mailBundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/ngf/grants/notification/mail_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** As the pages format it. */
    private static String format(String language, String key, Object... arguments) {
        return Messages.format(java.util.Locale.forLanguageTag(language), key, arguments);
    }

    @Test
    void everyStatusOutcomeAndTaskHasAName() throws IOException {
        Set<String> names = bundle("nl").stringPropertyNames();
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertThat(names).contains("ProgrammeStatus." + status.name());
        }
        for (AssessmentOutcome outcome : AssessmentOutcome.values()) {
            assertThat(names).contains("AssessmentOutcome." + outcome.name());
        }
        for (AssessmentOutcome outcome : AssessmentOutcome.values()) {
            assertThat(names).contains("timeline.assessed." + outcome.name());
        }
        for (nl.ngf.grants.programme.DeadlineChoice choice : nl.ngf.grants.programme.DeadlineChoice.values()) {
            assertThat(names).contains("DeadlineChoice." + choice.name(), "timeline.deadline." + choice.name());
        }
        assertThat(names).contains("timeline.REMINDER_SENT", "timeline.DEADLINE_PASSED", "event.REMINDER_SENT", "event.DEADLINE_PASSED");
        Set<String> userTasks = found(Path.of("workflows"), "*.bpmn", Pattern.compile("<bpmn:userTask id=\"([a-zA-Z]+)\""));
        assertThat(userTasks).isNotEmpty();
        userTasks.forEach(task -> assertThat(names).contains("task." + task));
    }

    /**
     * The auditor's diagrams and timeline name every element of every model in the reader's language:
     * a user task by its task name, every other named element by its own text, in both languages.
     */
    @Test
    void everyNamedElementOfEveryModelHasANameInBothLanguages() throws IOException {
        Pattern element = Pattern.compile("<bpmn:([a-zA-Z]+) id=\"([a-zA-Z]+)\"[^>]*?\\sname=\"");
        List<String> needed = new java.util.ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("workflows"))) {
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                Matcher process = Pattern.compile("<bpmn:process id=\"([a-zA-Z]+)\"").matcher(xml);
                assertThat(process.find()).as(model.toString()).isTrue();
                Matcher matcher = element.matcher(xml);
                while (matcher.find()) {
                    switch (matcher.group(1)) {
                        case "process" -> { }
                        case "userTask" -> needed.add("task." + matcher.group(2));
                        default -> needed.add("bpmn." + process.group(1) + "." + matcher.group(2));
                    }
                }
            }
        }
        assertThat(needed).hasSizeGreaterThan(60).contains("bpmn.trancheRelease.withhold", "task.approveRelease");
        assertThat(bundle("nl").stringPropertyNames()).containsAll(needed);
        assertThat(bundle("en").stringPropertyNames()).containsAll(needed);
    }
}
