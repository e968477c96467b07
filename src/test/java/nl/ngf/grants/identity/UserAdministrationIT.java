package nl.ngf.grants.identity;

import static nl.ngf.grants.testsupport.ServerDatabase.execute;
import static nl.ngf.grants.testsupport.ServerDatabase.number;
import static nl.ngf.grants.testsupport.ServerDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.HeldTransaction;
import nl.ngf.grants.testsupport.ItDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator manages users, roles and organisations; a user changes their own password. Checked
 * the way it matters: who can then log in with which password and roles, what the audit log says, and
 * that bad input or the wrong actor changes nothing.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(UserAdministrationIT.class, ItDatabase.class, Caller.class, Caller.Refused.class,
                Caller.Fault.class, InnerRefuser.class, nl.ngf.grants.testsupport.LoggedInHttp.class);
    }

    @Inject
    UserAdministration administration;
    @Inject
    IdentityService identity;
    @Inject
    AuditTrail audit;
    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    LoginAttempts attempts;
    @Inject
    Caller caller;

    /** Where the officer works from, and where someone guessing their password is. */
    static final String OFFICE = "198.51.100.20";
    static final String GUESSER = "203.0.113.9";

    /** What the login page says, in Dutch (a client that asks for no language gets it). */
    final java.util.ResourceBundle messages = java.util.ResourceBundle.getBundle(nl.ngf.grants.web.Messages.BUNDLE, nl.ngf.grants.web.Language.DUTCH);

    String run;
    Actor administrator;
    Actor officer;
    OrganisationView organisation;

    @BeforeEach
    void users() {
        run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("ua-" + run, "Gebruikersbeheer " + run);
        identity.createUser("ua-beheerder-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        identity.createUser("ua-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        administrator = identity.actor("ua-beheerder-" + run).orElseThrow();
        officer = identity.actor("ua-adviseur-" + run).orElseThrow();
    }

    private CredentialValidationResult login(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password));
    }

    private List<AuditEntryView> auditOf(String objectType, String objectId) {
        return audit.search(administrator, new AuditTrail.AuditSearch(null, null, objectType, objectId, null, null), 50);
    }

    private UserView userNamed(String username) {
        return administration.users(administrator).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    /**
     * A password is kept only as a PBKDF2-HMAC-SHA512 hash with a salt of its own, made with the iterations configured;
     * one made with other iterations (the 210,000 of a production server, where the test server has fewer) still logs
     * in: each hash names the iterations it was made with, so changing the setting breaks no password.
     */
    @Test
    void aPasswordIsKeptOnlyAsASaltedHashThatNamesItsOwnIterations() throws Exception {
        int configured = configuredIterations();
        identity.createUser("ua-zelfde-" + run, "Zelfde", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        String mine = text("select password_hash from user_account where username = 'ua-adviseur-" + run + "'");
        String same = text("select password_hash from user_account where username = 'ua-zelfde-" + run + "'");
        assertThat(mine).matches("PBKDF2WithHmacSHA512:" + configured + ":[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{86}==")
                .doesNotContain("geheim").isNotEqualTo(same);
        assertThat(same).startsWith("PBKDF2WithHmacSHA512:" + configured + ":");

        execute("update user_account set password_hash = '" + hashedWith210000Iterations("elders gezet") + "' where username = 'ua-zelfde-" + run + "'");
        assertThat(login("ua-zelfde-" + run, "elders gezet").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(login("ua-zelfde-" + run, "geheim-" + run).getStatus()).isNotEqualTo(CredentialValidationResult.Status.VALID);
    }

    /** The iterations this server hashes a password with now (ngf.password.hash-iterations). */
    private static int configuredIterations() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("ngf.password.hash-iterations", Integer.class);
    }

    /** The password as a server hashing with 210,000 iterations (the default) keeps it, with a salt of its own. */
    private static String hashedWith210000Iterations(String password) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210_000, 512)).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * A hash made with other iterations than the server's setting now (it was raised, say) is made again with them when
     * its user next logs in, audited; the password stays theirs and their other sessions go on. A wrong password changes
     * nothing, and a hash made with the setting is left as it is.
     */
    @Test
    void aHashMadeWithOtherIterationsIsMadeAgainWithTheSettingAtTheNextLogin() throws Exception {
        int configured = configuredIterations();
        String name = officer.username();
        String old = hashedWith210000Iterations("elders gezet");
        execute("update user_account set password_hash = '" + old + "' where username = '" + name + "'");
        int accessVersion = identity.accessVersion(name).orElseThrow();
        String hashOf = "select password_hash from user_account where username = '" + name + "'";

        assertThat(nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(name, "geheim-" + run, null).uri().getPath()).endsWith("login.xhtml");
        assertThat(text(hashOf)).as("after a wrong password").isEqualTo(old);

        nl.ngf.grants.testsupport.LoggedInHttp.as(name, "elders gezet");
        String renewed = text(hashOf);
        assertThat(renewed).startsWith("PBKDF2WithHmacSHA512:" + configured + ":").isNotEqualTo(old);
        assertThat(login(name, "elders gezet").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(identity.accessVersion(name)).as("the user's other sessions go on").hasValue(accessVersion);
        assertThat(auditOf("user", name)).filteredOn(entry -> entry.action().equals("user.password.rehashed"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(name);
                    assertThat(entry.details()).isEqualTo("hash iterations=210000 → " + configured);
                });

        nl.ngf.grants.testsupport.LoggedInHttp.as(name, "elders gezet");
        assertThat(text(hashOf)).as("made with the setting: left as it is").isEqualTo(renewed);
        assertThat(auditOf("user", name)).filteredOn(entry -> entry.action().equals("user.password.rehashed")).hasSize(1);
    }

    @Test
    void anAdministratorCreatesAnApplicantWhoCanLogInWithHashedPasswordAndTheAuditLogSaysWhoDidIt() {
        String username = "ua-nieuw-" + run;
        UserView created = administration.createUser(administrator, " UA-Nieuw-" + run + " ",
                new UserDetails("Nieuwe aanvrager", organisation.id(), Set.of(Role.APPLICANT), true), "een lang wachtwoord");

        assertThat(created.username()).isEqualTo(username);
        CredentialValidationResult result = login(username, "een lang wachtwoord");
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactly("applicant");
        assertThat(login(username, "een ander wachtwoord").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        Actor actor = identity.actor(username).orElseThrow();
        assertThat(actor.organisationId()).isEqualTo(organisation.id());
        assertThat(identity.passwordChangeRequired(username)).as("the administrator's password is for one login").isTrue();
        assertThat(created.passwordChangeRequired()).isTrue();

        List<AuditEntryView> entries = auditOf("user", username);
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("user.created");
        assertThat(entries.get(0).actor()).isEqualTo(administrator.username());
        assertThat(entries.get(0).details()).contains("roles=[applicant]").contains(organisation.name())
                .doesNotContain("een lang wachtwoord");
    }

    /**
     * Both runs start the server with a first administrator configured. A new PostgreSQL database has no
     * users: the system created that administrator. The embedded database got its demo users first: none.
     */
    @Test
    void theConfiguredFirstAdministratorIsCreatedOnlyOnADatabaseWithoutUsers() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        String username = config.getValue("ngf.initial-admin.username", String.class);
        String password = config.getValue("ngf.initial-admin.password", String.class);
        if (!"postgres".equals(config.getOptionalValue("db.kind", String.class).orElse("h2"))) {
            assertThat(identity.actor("aanvrager")).as("the demo users came first").isPresent();
            assertThat(identity.actor(username)).as("so no first administrator").isEmpty();
            assertThat(auditOf("user", username)).isEmpty();
            return;
        }

        CredentialValidationResult result = login(username, password);
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactly("administrator");
        List<AuditEntryView> entries = auditOf("user", username);
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("user.created");
        assertThat(entries.get(0).actor()).isEqualTo("systeem");
        assertThat(entries.get(0).details()).contains("roles=[administrator]").doesNotContain(password);
        assertThat(identity.passwordChangeRequired(username)).as("a password from the configuration is for one login").isTrue();
    }

    @Test
    void anApplicantHasColleaguesOnlyInTheirOwnOrganisationAndOnlyWhileTheyAreActive() {
        identity.createUser("ua-penvoerder-" + run, "Penvoerder", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        OrganisationView other = identity.createOrganisation("ua-ander-" + run, "Ander " + run);
        identity.createUser("ua-ander-" + run, "Ander", "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        Actor alone = identity.actor("ua-penvoerder-" + run).orElseThrow();
        assertThat(identity.hasColleagues(alone)).as("another organisation's applicant is no colleague").isFalse();

        UserView colleague = administration.createUser(administrator, "ua-collega-" + run,
                new UserDetails("Collega", organisation.id(), Set.of(Role.APPLICANT), true), "een lang wachtwoord");
        assertThat(identity.hasColleagues(alone)).isTrue();
        administration.updateUser(administrator, colleague.id(), new UserDetails("Collega", organisation.id(), Set.of(Role.APPLICANT), false));
        assertThat(identity.hasColleagues(alone)).as("a switched-off account").isFalse();

        identity.createUser("ua-adviseur2-" + run, "Tweede adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        assertThat(identity.hasColleagues(officer)).as("officers share their role").isTrue();
    }

    @Test
    void rolesChangedOrAnAccountSwitchedOffTakeEffectAtOnceAndAreAuditedBeforeAndAfter() {
        UserView user = userNamed(officer.username());
        administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur en commissielid", null, Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER), true));
        assertThat(identity.actor(officer.username()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER);
        assertThat(login(officer.username(), "geheim-" + run).getCallerGroups())
                .containsExactlyInAnyOrder("grant-officer", "committee-member");

        administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur en commissielid", null, Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER), false));
        assertThat(identity.actor(officer.username())).as("a switched-off account acts no more").isEmpty();
        assertThat(identity.displayName(officer.username())).as("but what they did is still shown under their name")
                .contains("Adviseur en commissielid");
        assertThat(identity.displayName("nobody-" + run)).as("a user name no account has").isEmpty();
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isNotEqualTo(CredentialValidationResult.Status.VALID);

        List<AuditEntryView> entries = auditOf("user", officer.username());
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("user.updated", "user.updated");
        assertThat(entries.get(1).details()).contains("displayName: Adviseur → Adviseur en commissielid")
                .contains("roles: [grant-officer] → [committee-member, grant-officer]");
        assertThat(entries.get(0).details()).isEqualTo("active: true → false");
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        UserView user = userNamed(officer.username());
        long entries = auditOf("user", officer.username()).size();
        refused(() -> administration.createUser(administrator, officer.username(),
                new UserDetails("Dubbel", null, Set.of(Role.GRANT_OFFICER), true), "een lang wachtwoord"), "user.username.taken");
        refused(() -> administration.createUser(administrator, "x", new UserDetails("Kort", null, Set.of(Role.GRANT_OFFICER), true),
                "een lang wachtwoord"), "user.username.invalid");
        for (String system : new String[] {"systeem", "beslistabel"}) {
            refused(() -> administration.createUser(administrator, system, new UserDetails("Doet zich voor als het systeem", null,
                    Set.of(Role.GRANT_OFFICER), true), "een lang wachtwoord"), "user.username.reserved");
        }
        refused(() -> administration.createUser(administrator, "ua-kort-" + run,
                new UserDetails("Kort wachtwoord", null, Set.of(Role.GRANT_OFFICER), true), "te kort"), "password.length");
        refused(() -> administration.createUser(administrator, "ua-naam-" + run,
                new UserDetails("Naam in wachtwoord", null, Set.of(Role.GRANT_OFFICER), true), "xx-ua-naam-" + run + "-xx"),
                "password.containsUsername");
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", organisation.id(), Set.of(Role.APPLICANT, Role.GRANT_OFFICER), true)),
                "user.roles.applicantAlone");
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", null, Set.of(Role.GRANT_OFFICER, Role.ADMINISTRATOR), true)), "user.roles.administratorAlone");
        refused(() -> administration.createUser(administrator, "ua-beheer-commissie-" + run,
                new UserDetails("Beheerder en commissielid", null, Set.of(Role.ADMINISTRATOR, Role.COMMITTEE_MEMBER), true),
                "een lang wachtwoord"), "user.roles.administratorAlone");
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", organisation.id(), Set.of(Role.GRANT_OFFICER), true)), "user.organisation.onlyApplicant");
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", null, Set.of(Role.APPLICANT), true)), "user.applicant.organisationRequired");
        refused(() -> administration.updateUser(administrator, user.id(), new UserDetails("Adviseur", null, Set.of(), true)),
                "user.roles.required");
        refused(() -> administration.updateUser(administrator, user.id(), new UserDetails("  ", null, Set.of(Role.GRANT_OFFICER), true)),
                "user.displayName.required");
        refused(() -> administration.createOrganisation(administrator, organisation.code(), "Dubbel"), "organisation.code.taken");
        assertThatThrownBy(() -> administration.createOrganisation(administrator, organisation.code(), " "))
                .as("a code taken and no name: both at once").isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals())
                        .extracting(DomainException::messageKey).containsExactly("organisation.code.taken", "organisation.name.required"));
        assertThatThrownBy(() -> administration.createOrganisation(administrator, "X", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals())
                        .extracting(DomainException::messageKey).containsExactly("organisation.code.invalid", "organisation.name.required"));
        // A new user with every field wrong: the administrator is told each at once, in the form's order.
        assertThatThrownBy(() -> administration.createUser(administrator, "x", new UserDetails(" ", null, Set.of(), true), "kort"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("user.username.invalid", "user.displayName.required", "user.roles.required", "password.length"));

        assertThat(identity.actor(officer.username()).orElseThrow().roles()).containsExactly(Role.GRANT_OFFICER);
        assertThat(administration.users(administrator)).extracting(UserView::username)
                .doesNotContain("ua-kort-" + run, "ua-naam-" + run, "ua-beheer-commissie-" + run, "systeem", "beslistabel");
        assertThat(auditOf("user", officer.username())).hasSize((int) entries);
    }

    /**
     * Long enough is not enough: a password among the first a guesser tries (a common one, the fund's name and a year, a
     * row of keys) is refused whoever sets it, and changes nothing.
     */
    @Test
    void aPasswordAGuesserTriesEarlyIsRefusedWhoeverSetsIt() {
        UserView user = userNamed(officer.username());
        long entries = auditOf("user", officer.username()).size();
        refused(() -> administration.createUser(administrator, "ua-raadbaar-" + run,
                new UserDetails("Raadbaar wachtwoord", null, Set.of(Role.GRANT_OFFICER), true), "Wachtwoord2026!"), "password.guessable");
        refused(() -> administration.resetPassword(administrator, user.id(), "Welkom123456"), "password.guessable");
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", null, Set.of(Role.ADMINISTRATOR), true), "qwertyuiop123"), "password.guessable");
        refused(() -> administration.changeOwnPassword(officer, OFFICE, "geheim-" + run, "Groeifonds2026!", "Groeifonds2026!"),
                "password.guessable");

        assertThat(administration.users(administrator)).extracting(UserView::username).doesNotContain("ua-raadbaar-" + run);
        assertThat(identity.actor(officer.username()).orElseThrow().roles()).containsExactly(Role.GRANT_OFFICER);
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditOf("user", officer.username())).hasSize((int) entries);
    }

    /**
     * Two administrators take each other's role at the same moment: the second waits for the first, then finds they are no
     * administrator any more and is refused, so that one administrator is left (it once left none, and no one to make one).
     */
    @Test
    void twoAdministratorsTakingEachOthersRoleAtOnceLeaveOne() throws Exception {
        identity.createUser("ua-beheerder2-" + run, "Tweede beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor second = identity.actor("ua-beheerder2-" + run).orElseThrow();
        UserView first = userNamed(administrator.username());
        UserView other = userNamed(second.username());

        HeldTransaction.Raced<UserView, String> raced = HeldTransaction.race(
                () -> administration.updateUser(administrator, other.id(), new UserDetails("Tweede beheerder", null, Set.of(Role.GRANT_OFFICER), true)),
                () -> {
                    try {
                        administration.updateUser(second, first.id(), new UserDetails("Beheerder", null, Set.of(Role.GRANT_OFFICER), true));
                        return "changed";
                    } catch (NotAllowedException refused) {
                        return "refused";
                    }
                });

        assertThat(raced.second()).as("the second, no administrator by then").isEqualTo("refused");
        assertThat(identity.actor(administrator.username()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(identity.actor(second.username()).orElseThrow().roles()).containsExactly(Role.GRANT_OFFICER);
    }

    @Test
    void anAdministratorCannotLockThemselvesOutNorMakeThemselvesADeciderAndOnlyAnAdministratorAdministers() {
        UserView self = userNamed(administrator.username());
        long entries = auditOf("user", administrator.username()).size();
        refused(() -> administration.updateUser(administrator, self.id(),
                new UserDetails("Beheerder", null, Set.of(Role.ADMINISTRATOR), false)), "user.self.lockout");
        refused(() -> administration.updateUser(administrator, self.id(),
                new UserDetails("Beheerder", null, Set.of(Role.GRANT_OFFICER), true)), "user.self.lockout");
        // Whoever audits the grants decides none: an administrator cannot take a deciding role beside their own.
        refused(() -> administration.updateUser(administrator, self.id(),
                new UserDetails("Beheerder", null, Set.of(Role.ADMINISTRATOR, Role.GRANT_OFFICER), true)), "user.roles.administratorAlone");
        refused(() -> administration.updateUser(administrator, self.id(),
                new UserDetails("Beheerder", null, Set.of(Role.ADMINISTRATOR, Role.COMMITTEE_MEMBER), true)), "user.roles.administratorAlone");
        assertThat(identity.actor(administrator.username()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(auditOf("user", administrator.username())).hasSize((int) entries);

        assertThatThrownBy(() -> administration.users(officer)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.updateUser(officer, userNamed(officer.username()).id(),
                new UserDetails("Adviseur", null, Set.of(Role.ADMINISTRATOR), true))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.createOrganisation(officer, "ua-x-" + run, "X")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.resetPassword(officer, self.id(), "een lang wachtwoord"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(identity.actor(officer.username()).orElseThrow().roles()).containsExactly(Role.GRANT_OFFICER);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyByGivingTheCurrentOne() {
        assertThat(identity.passwordChangeRequired(officer.username())).as("a user of the set-up chose theirs").isFalse();
        refused(() -> administration.changeOwnPassword(officer, OFFICE, "fout", "een nieuw lang wachtwoord", "een nieuw lang wachtwoord"), "password.currentWrong");
        refused(() -> administration.changeOwnPassword(officer, OFFICE, "geheim-" + run, "kort", "kort"), "password.length");
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);

        administration.changeOwnPassword(officer, OFFICE, "geheim-" + run, "een nieuw lang wachtwoord", "een nieuw lang wachtwoord");
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(login(officer.username(), "een nieuw lang wachtwoord").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditOf("user", officer.username())).extracting(AuditEntryView::action, AuditEntryView::actor).as("newest first")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user.password.changed", officer.username()),
                        org.assertj.core.groups.Tuple.tuple("user.password.checkFailed", officer.username()));

        administration.resetPassword(administrator, userNamed(officer.username()).id(), "door de beheerder gezet");
        assertThat(login(officer.username(), "door de beheerder gezet").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditOf("user", officer.username()).get(0).action()).isEqualTo("user.password.reset");
        assertThat(identity.passwordChangeRequired(officer.username())).as("a reset password is for one login").isTrue();
        assertThat(userNamed(officer.username()).passwordChangeRequired()).as("the administrator sees it").isTrue();

        administration.changeOwnPassword(officer, OFFICE, "door de beheerder gezet", "weer een eigen wachtwoord", "weer een eigen wachtwoord");
        assertThat(identity.passwordChangeRequired(officer.username())).isFalse();
        assertThat(auditOf("user", officer.username()).get(0).details()).contains("passwordChangeRequired=false");
    }

    /**
     * The form that changes a password is no way round the login's lock-out: a wrong current password counts as a
     * failed login (five lock the name, for the login too) and is in the audit trail; one not typed at all is asked
     * for, with whatever else is wrong, and counts for nothing.
     */
    @Test
    void wrongCurrentPasswordsCountAsFailedLoginsAndLockTheNameEachOneAudited() {
        try {
            assertThatThrownBy(() -> administration.changeOwnPassword(officer, OFFICE, "", "kort", "kirt"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                            .as("told at once").containsExactly("password.current.required", "password.length", "password.mismatch"));
            assertThat(auditOf("user", officer.username())).as("nothing typed is no guess").isEmpty();
            for (int i = 1; i <= 5; i++) {
                String guess = "geraden " + i;
                refused(() -> administration.changeOwnPassword(officer, OFFICE, guess, "een nieuw lang wachtwoord", "een nieuw lang wachtwoord"), "password.currentWrong");
            }
            assertThat(attempts.lockedFor(officer.username(), OFFICE)).as("the login is locked as after five failed logins").isPresent();
            assertThatThrownBy(() -> administration.changeOwnPassword(officer, OFFICE, "geheim-" + run, "een nieuw lang wachtwoord", "een nieuw lang wachtwoord"))
                    .as("the right password too, while locked").isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("password.locked");
                        assertThat(e.arguments()).containsExactly(15L);
                    });
            assertThat(login(officer.username(), "een nieuw lang wachtwoord").getStatus()).as("nothing changed")
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
            List<AuditEntryView> trail = auditOf("user", officer.username());
            assertThat(trail).extracting(AuditEntryView::action).containsOnly("user.password.checkFailed").hasSize(6);
            assertThat(trail).extracting(AuditEntryView::actor).containsOnly(officer.username());
            assertThat(trail.get(0).details()).isEqualTo("own password change refused: locked out");
            assertThat(trail.get(1).details()).isEqualTo("own password change: current password wrong");
        } finally {
            attempts.succeeded(officer.username(), OFFICE);
        }
    }

    /**
     * What a user may do changes with a new password, other roles or switching the account off, and
     * every session logged in before ends on that: the account's access version moves. A new display
     * name changes nothing a session relies on.
     */
    @Test
    void everyChangeToWhatAUserMayDoMovesTheAccessVersionThatSessionsCheck() {
        UserView user = userNamed(officer.username());
        int start = identity.accessVersion(officer.username()).orElseThrow();

        administration.updateUser(administrator, user.id(), new UserDetails("Andere naam", null, Set.of(Role.GRANT_OFFICER), true));
        assertThat(identity.accessVersion(officer.username())).as("only the name changed").hasValue(start);

        administration.changeOwnPassword(officer, OFFICE, "geheim-" + run, "een nieuw lang wachtwoord", "een nieuw lang wachtwoord");
        int afterOwnPassword = identity.accessVersion(officer.username()).orElseThrow();
        assertThat(afterOwnPassword).isGreaterThan(start);

        administration.resetPassword(administrator, user.id(), "door de beheerder gezet");
        int afterReset = identity.accessVersion(officer.username()).orElseThrow();
        assertThat(afterReset).isGreaterThan(afterOwnPassword);

        administration.updateUser(administrator, user.id(),
                new UserDetails("Andere naam", null, Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER), true));
        int afterRoles = identity.accessVersion(officer.username()).orElseThrow();
        assertThat(afterRoles).isGreaterThan(afterReset);

        administration.updateUser(administrator, user.id(),
                new UserDetails("Andere naam", null, Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER), false));
        assertThat(identity.accessVersion(officer.username())).as("a switched-off account has no valid session").isEmpty();
    }

    /** Other roles and a new password in one save: a password that is refused leaves the roles unchanged too. */
    @Test
    void aRefusedPasswordInTheSameSaveLeavesTheRolesUnchanged() {
        UserView user = userNamed(officer.username());
        long entries = auditOf("user", officer.username()).size();
        refused(() -> administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", null, Set.of(Role.ADMINISTRATOR), true), "te kort"), "password.length");
        assertThat(identity.actor(officer.username()).orElseThrow().roles()).containsExactly(Role.GRANT_OFFICER);
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditOf("user", officer.username())).hasSize((int) entries);

        administration.updateUser(administrator, user.id(),
                new UserDetails("Adviseur", null, Set.of(Role.COMMITTEE_MEMBER), true), "een nieuw lang wachtwoord");
        assertThat(login(officer.username(), "een nieuw lang wachtwoord").getCallerGroups()).containsExactly("committee-member");
        assertThat(auditOf("user", officer.username())).extracting(AuditEntryView::action)
                .containsExactly("user.password.reset", "user.updated");
    }

    /**
     * An administrator saves a user from a form opened before another administrator (or the same one, in another window)
     * switched the account off: until 2026-12-07 the save wrote the whole form back and switched it on again, roles and
     * all, unnoticed. The save is refused with nothing changed; opened again, the form saves.
     */
    @Test
    void aUserChangedSinceTheFormOpenedIsNotWrittenBackOverTheChange() {
        UserView opened = userNamed(officer.username());
        UserDetails asOpened = opened.details();
        administration.updateUser(administrator, opened.id(), new UserDetails(opened.displayName(), null, Set.of(Role.GRANT_OFFICER), false));

        refused(() -> administration.updateUser(administrator, opened.id(), asOpened,
                new UserDetails("Adviseur met nieuwe naam", null, Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER), true), null),
                "user.changedMeanwhile");
        UserView now = userNamed(officer.username());
        assertThat(now.active()).as("still switched off").isFalse();
        assertThat(now.displayName()).isEqualTo("Adviseur");
        assertThat(now.roles()).containsExactly(Role.GRANT_OFFICER);
        assertThat(login(officer.username(), "geheim-" + run).getStatus()).isNotEqualTo(CredentialValidationResult.Status.VALID);

        administration.updateUser(administrator, now.id(), now.details(), new UserDetails("Adviseur met nieuwe naam", null, now.roles(), false), null);
        assertThat(userNamed(officer.username())).extracting(UserView::displayName, UserView::active)
                .containsExactly("Adviseur met nieuwe naam", false);
        assertThat(auditOf("user", officer.username())).extracting(AuditEntryView::action).containsExactly("user.updated", "user.updated");
    }

    @Test
    void anOrganisationRenamedSinceTheFormOpenedIsNotRenamedOverTheOtherName() {
        OrganisationView opened = administration.createOrganisation(administrator, "ua-org-" + run, "Oude naam " + run);
        administration.renameOrganisation(administrator, opened.id(), "Naam van de ander " + run);

        refused(() -> administration.renameOrganisation(administrator, opened.id(), opened.name(), "Mijn naam " + run),
                "organisation.changedMeanwhile");
        assertThat(identity.organisation(opened.id()).orElseThrow().name()).isEqualTo("Naam van de ander " + run);

        administration.renameOrganisation(administrator, opened.id(), "Naam van de ander " + run, "Mijn naam " + run);
        assertThat(identity.organisation(opened.id()).orElseThrow().name()).isEqualTo("Mijn naam " + run);
    }

    @Test
    void anOrganisationIsCreatedAndRenamedWithItsOldNameInTheAuditLog() {
        OrganisationView created = administration.createOrganisation(administrator, "ua-org-" + run, "Oude naam " + run);
        administration.renameOrganisation(administrator, created.id(), "Nieuwe naam " + run);
        assertThat(identity.organisation(created.id()).orElseThrow().name()).isEqualTo("Nieuwe naam " + run);
        assertThat(auditOf("organisation", String.valueOf(created.id()))).extracting(AuditEntryView::details)
                .containsExactly("name: Oude naam " + run + " → Nieuwe naam " + run, "code=ua-org-" + run + "; name=Oude naam " + run);
    }

    /** A login let through and its password found wrong, as the login form counts it. */
    private void failedLogin(String username, String clientAddress) {
        assertThat(attempts.attempt(username, clientAddress)).as("let through").isEmpty();
        attempts.failed(username, clientAddress);
    }

    private static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /**
     * "Create user" or "create organisation" sent twice at once (a double click), or two administrators adding the same
     * at the same moment: it is added once, and the request that comes second waits for the first and is told the name
     * or code is taken, as a later one is, where it was told of a server error.
     */
    @Test
    void aUserOrOrganisationAddedTwiceAtOnceIsAddedOnceAndTheSecondIsToldItIsTaken() throws Exception {
        String name = "ua-dubbel-" + run;
        UserDetails details = new UserDetails("Dubbel", null, Set.of(Role.GRANT_OFFICER), true);
        var users = HeldTransaction.race(() -> administration.createUser(administrator, name, details, "een lang wachtwoord"),
                () -> refusalOf(() -> administration.createUser(administrator, name, details, "een lang wachtwoord")));
        assertThat(users.second()).isEqualTo("user.username.taken");
        assertThat(administration.users(administrator)).extracting(UserView::username).containsOnlyOnce(name);

        String code = "ua-dubbel-org-" + run;
        var organisations = HeldTransaction.race(() -> administration.createOrganisation(administrator, code, "Dubbel " + run),
                () -> refusalOf(() -> administration.createOrganisation(administrator, code, "Dubbel " + run)));
        assertThat(organisations.second()).isEqualTo("organisation.code.taken");
        assertThat(identity.organisations()).extracting(OrganisationView::code).containsOnlyOnce(code);
        assertThat(auditOf("user", name)).as("the trail names one user created").hasSize(1);
    }

    /** The refusal's message key, or null when nothing was refused. */
    private static String refusalOf(Runnable call) {
        try {
            call.run();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    /** Failed logins are counted in the database, so every node and every restart sees the same lock-out. */
    @Test
    void fiveFailedLoginsLockTheNameOnEveryNodeAndASuccessfulOneClearsThem() throws Exception {
        String name = "ua-gok-" + run;
        execute("insert into login_failure (id, username_key, client_address, failed_at) values (" + (900_000_000L + Math.abs(run.hashCode() % 1_000_000))
                + ", 'ua-oud-" + run + "', '" + OFFICE + "', current_timestamp - interval '1' day)");
        for (int i = 0; i < 4; i++) {
            failedLogin(name, OFFICE);
        }
        assertThat(attempts.lockedFor(name, OFFICE)).isEmpty();
        failedLogin(name.toUpperCase(java.util.Locale.ROOT) + " ", OFFICE);

        assertThat(attempts.lockedFor(name, OFFICE)).hasValueSatisfying(left ->
                assertThat(left).isBetween(java.time.Duration.ofMinutes(14), java.time.Duration.ofMinutes(15)));
        assertThat(number("select count(*) from login_failure where username_key = '" + name + "' and client_address = '" + OFFICE + "'"))
                .as("kept in the database").isEqualTo(5);
        assertThat(number("select count(*) from login_failure where username_key = 'ua-oud-" + run + "'"))
                .as("a failure older than the period is deleted").isZero();
        assertThat(attempts.lockedFor("ua-ander-" + run, OFFICE)).as("other names are not affected").isEmpty();

        attempts.succeeded(name, OFFICE);
        assertThat(attempts.lockedFor(name, OFFICE)).isEmpty();
        assertThat(number("select count(*) from login_failure where username_key = '" + name + "'")).isZero();
    }

    /**
     * Someone who knows an officer's user name and types it with wrong passwords locks that name out where they are, not
     * the officer at the office, who logs in and whose login forgets only their own failures; fifty failures of the name
     * from any addresses together lock it everywhere. Seen through the login form, from addresses a proxy forwards.
     */
    @Test
    void aGuesserLocksOutThemselvesNotTheOfficerAndManyAddressesTogetherLockTheNameEverywhere() throws Exception {
        String password = "geheim-" + run;
        for (int i = 1; i <= 5; i++) {
            assertThat(nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(officer.username(), "geraden " + i, GUESSER).body())
                    .contains(messages.getString("login.failed"));
        }
        var guesser = nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(officer.username(), password, GUESSER);
        assertThat(guesser.uri().getPath()).as("the right password, from the guesser's address").endsWith("login.xhtml");
        assertThat(guesser.body()).contains(messages.getString("login.locked").replace("{0}", "15"));

        var atTheOffice = nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(officer.username(), password, OFFICE);
        assertThat(atTheOffice.uri().getPath()).as("the officer at the office is let in").endsWith("workflow/inbox.xhtml");
        assertThat(attempts.lockedFor(officer.username(), GUESSER)).as("the guesser's failures still count").isPresent();
        assertThat(auditOf("user", officer.username())).as("each refused login names the guesser's address, as the proxy forwarded it")
                .filteredOn(entry -> entry.action().equals("login.failed")).hasSize(6)
                .extracting(AuditEntryView::details).containsOnly("from=" + GUESSER);

        for (int address = 1; address <= 9; address++) {
            for (int i = 0; i < (address <= 8 ? 5 : 4); i++) {
                failedLogin(officer.username(), "192.0.2." + address);
            }
        }
        assertThat(attempts.lockedFor(officer.username(), OFFICE)).as("49 failures from ten addresses, the guesser's five among them").isEmpty();
        failedLogin(officer.username(), "192.0.2.10");
        assertThat(attempts.lockedFor(officer.username(), OFFICE)).as("the fiftieth locks the name at the office too").isPresent();
        assertThat(nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(officer.username(), password, OFFICE).body())
                .contains(messages.getString("login.locked").replace("{0}", "15"));
    }

    /**
     * Text with an invisible control character (a NUL pasted from a damaged PDF, a right-to-left override that shows a
     * name backwards) is refused by the form, which names the field; nothing is saved and no one is let in. PostgreSQL
     * cannot store a NUL: the login page and every form answered it with the page for an unexpected error.
     */
    @Test
    void aFormRefusesTextWithAnInvisibleControlCharacterNamingTheField() throws Exception {
        java.util.ResourceBundle faces = java.util.ResourceBundle.getBundle("nl.ngf.grants.web.faces", nl.ngf.grants.web.Language.DUTCH);
        String password = "geheim-" + run;

        var login = nl.ngf.grants.testsupport.LoggedInHttp.tryLogin(officer.username() + "\u0000", password, OFFICE);
        assertThat(login.uri().getPath()).as("not let in").endsWith("login.xhtml");
        assertThat(login.body()).contains(java.text.MessageFormat.format(faces.getString("ngf.text.invisibleCharacter"),
                messages.getString("login.username"))).doesNotContain(messages.getString("error.unexpected"));

        var http = nl.ngf.grants.testsupport.LoggedInHttp.as(officer.username(), password);
        for (String typed : List.of("adviseur\u0000@example.org", "adviseur\u202e@example.org")) {
            var answer = http.open("account/password.xhtml").post("email", "email:save", java.util.Map.of("email:address", typed));
            assertThat(answer.body()).contains(java.text.MessageFormat.format(faces.getString("ngf.text.invisibleCharacter"),
                    messages.getString("admin.email"))).doesNotContain(messages.getString("error.unexpected"));
        }
        assertThat(userNamed(officer.username()).email()).as("nothing saved").isNull();
    }

    /**
     * A script that sends its guesses all at once, each from a session of its own, gets no more passwords checked than
     * one that sends them one after the other: five. Where a login looked at the failures so far before its password was
     * checked and counted its own only after, guesses sent at once passed the look together (seven of twenty were checked
     * when this test was written). Every one of them is in the audit trail, and the failures that count are those whose
     * password was checked.
     */
    @Test
    void twentyGuessesSentAtOnceGetNoMorePasswordsCheckedThanFive() throws Exception {
        String from = "203.0.113.77";
        List<java.net.http.HttpResponse<String>> answers = nl.ngf.grants.testsupport.LoggedInHttp.tryLoginsAtOnce(officer.username(),
                java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "tegelijk geraden " + i).toList(), from);

        long checked = answers.stream().filter(answer -> answer.body().contains(messages.getString("login.failed"))).count();
        long refused = answers.stream().filter(answer -> answer.body().contains(messages.getString("login.locked").replace("{0}", "15"))).count();
        assertThat(checked).as("passwords checked of twenty sent at once").isLessThanOrEqualTo(5);
        assertThat(checked + refused).as("each guess told it failed or that the name is locked").isEqualTo(20);
        assertThat(answers).as("none let in").allSatisfy(answer -> assertThat(answer.uri().getPath()).endsWith("login.xhtml"));
        assertThat(number("select count(*) from login_failure where username_key = '" + officer.username() + "' and client_address = '" + from + "'"))
                .as("the failures that count").isEqualTo(checked);
        assertThat(auditOf("user", officer.username())).filteredOn(entry -> entry.action().equals("login.failed")).hasSize(20);
    }

    /**
     * A user locked out after wrong passwords calls the helpdesk, and the administrator's new password lets them in at
     * once: the name's failed logins are forgotten with it, from wherever they came (the trail says how many), where the
     * lock-out held on and the new password was refused for the rest of the quarter of an hour.
     */
    @Test
    void aPasswordSetByAnAdministratorLiftsTheLockOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            failedLogin(officer.username(), OFFICE);
        }
        failedLogin(officer.username(), GUESSER);
        assertThat(attempts.lockedFor(officer.username(), OFFICE)).isPresent();

        administration.resetPassword(administrator, userNamed(officer.username()).id(), "van de helpdesk gekregen");
        assertThat(attempts.lockedFor(officer.username(), OFFICE)).as("let in at once").isEmpty();
        assertThat(number("select count(*) from login_failure where username_key = '" + officer.username() + "'")).isZero();
        assertThat(login(officer.username(), "van de helpdesk gekregen").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditOf("user", officer.username()).get(0).details())
                .isEqualTo("password set by an administrator; passwordChangeRequired=true; failed logins forgotten=6");
    }

    /**
     * Whoever times failed logins learns nothing of which names are accounts: a failed login of a name that is no
     * account's, or a switched-off one's, makes the server do the work of checking a password as one of an account's
     * does (measured as this thread's processor time, the identity store's check and the count of failures together;
     * at least half of it, where it was a few percent: the identity store checks only an account's password).
     */
    @Test
    void aFailedLoginTakesTheSameWorkWhetherOrNotTheNameIsAnAccounts() {
        UserView off = administration.createUser(administrator, "ua-uit-" + run,
                new UserDetails("Uit", null, Set.of(Role.GRANT_OFFICER), true), "een lang wachtwoord");
        administration.updateUser(administrator, off.id(), new UserDetails("Uit", null, Set.of(Role.GRANT_OFFICER), false));
        java.util.function.ToLongFunction<String> work = name -> {
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long before = cpu.getCurrentThreadCpuTime();
            attempts.attempt(name, OFFICE);
            var result = identityStore.validate(new jakarta.security.enterprise.credential.UsernamePasswordCredential(name, "fout-" + run));
            assertThat(result.getStatus()).as(name).isNotEqualTo(jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID);
            attempts.failed(name, OFFICE);
            return cpu.getCurrentThreadCpuTime() - before;
        };
        // Once each first, for what is done only once (a class loaded, no one's hash made).
        work.applyAsLong(officer.username());
        work.applyAsLong("ua-niemand-" + run);
        long account = Math.min(work.applyAsLong(officer.username()), work.applyAsLong(officer.username()));
        long noAccount = Math.min(work.applyAsLong("ua-niemand-" + run), work.applyAsLong("ua-niemand2-" + run));
        long switchedOff = Math.min(work.applyAsLong("ua-uit-" + run), work.applyAsLong("ua-uit-" + run));
        assertThat(noAccount).as("a name that is no account's: %d µs against an account's %d µs", noAccount / 1000, account / 1000)
                .isGreaterThan(account / 2);
        assertThat(switchedOff).as("a switched-off account's name: %d µs against an account's %d µs", switchedOff / 1000, account / 1000)
                .isGreaterThan(account / 2);
    }

    /**
     * What a service does inside a transaction that ends in a refusal is undone (its audit entries with it: the trail names
     * no organisation created that is not there), the refusal reaches the caller as it was
     * thrown, and the operator's log holds no incident for it: a form sent with a mistake is the application's answer,
     * not a failure of the server (Liberty records an FFDC incident, a file with its stack, for every unexpected
     * exception that leaves a transaction, as a fault still does). A refusal caught inside a larger transaction still
     * undoes that whole transaction.
     */
    @Test
    void aRefusalUndoesItsTransactionAndIsNoIncidentForTheOperator() throws Exception {
        java.nio.file.Path messages = java.nio.file.Path.of("logs", "messages.log");
        assertThat(messages).as("the server's log, where its incidents are named (its working directory is its output directory)").exists();

        administration.createOrganisation(administrator, "ua-blijft-" + run, "Blijft");
        assertThatThrownBy(() -> caller.createThenRefuse(administrator, "ua-weigering-" + run))
                .isExactlyInstanceOf(Caller.Refused.class).hasMessage("test.refused [weigering-" + run + "]");
        // Whether or not the caller hears of it (Liberty rolls back without a word), nothing of it stays.
        org.assertj.core.api.Assertions.catchThrowable(() -> caller.createThenCatchInnerRefusal(administrator, "ua-binnen-" + run));
        assertThatThrownBy(() -> caller.createThenFail(administrator, "ua-fout-" + run))
                .isExactlyInstanceOf(Caller.Fault.class);
        assertThat(identity.organisations()).extracting(OrganisationView::code)
                .doesNotContain("ua-weigering-" + run, "ua-binnen-" + run, "ua-fout-" + run).contains("ua-blijft-" + run);
        assertThat(audit.search(administrator, new AuditTrail.AuditSearch(administrator.username(), "organisation.created", null, null, null, null), 10))
                .as("nor does the audit trail say they were created: only the one that was").extracting(AuditEntryView::details)
                .singleElement().satisfies(details -> assertThat(details).contains("code=ua-blijft-" + run));

        // The fault, which came last, is named in the log as an incident; by then the refusal would have been too.
        nl.ngf.grants.testsupport.Waiting.upTo(java.time.Duration.ofSeconds(30), "the fault's incident in the log").until(() ->
                java.nio.file.Files.readAllLines(messages).stream().anyMatch(line -> line.contains("FFDC1015I") && line.contains("fout-" + run)));
        assertThat(java.nio.file.Files.readAllLines(messages)).filteredOn(line -> line.contains("FFDC1015I"))
                .noneMatch(line -> line.contains("weigering-" + run) || line.contains("binnen-" + run));
    }

    /** A caller of the services inside its own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    @jakarta.transaction.Transactional
    public static class Caller {
        /** A refusal of this test's own, so that the log shows its first occurrence, were it an incident. */
        public static class Refused extends DomainException {
            Refused(String marker) {
                super("test.refused", marker);
            }
        }

        /** A fault of this test's own: the first of its kind, which the log names as an incident. */
        public static class Fault extends IllegalStateException {
            Fault(String marker) {
                super(marker);
            }
        }

        @Inject
        UserAdministration administration;
        @Inject
        InnerRefuser inner;

        public void createThenRefuse(Actor administrator, String code) {
            administration.createOrganisation(administrator, code, "Weigering");
            throw new Refused(code.substring("ua-".length()));
        }

        public void createThenCatchInnerRefusal(Actor administrator, String code) {
            administration.createOrganisation(administrator, code, "Binnen");
            try {
                inner.refuse(code.substring("ua-".length()));
            } catch (DomainException refusedInside) {
                // carries on as if nothing happened: the transaction must not
            }
        }

        public void createThenFail(Actor administrator, String code) {
            administration.createOrganisation(administrator, code, "Fout");
            throw new Fault(code.substring("ua-".length()));
        }
    }

    /** Refuses inside the transaction of whoever calls it. */
    @jakarta.enterprise.context.ApplicationScoped
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public static class InnerRefuser {
        public void refuse(String marker) {
            throw new Caller.Refused(marker);
        }
    }
}
