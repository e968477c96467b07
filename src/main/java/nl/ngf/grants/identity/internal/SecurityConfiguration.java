package nl.ngf.grants.identity.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login on our own Faces page, against the users in the database. Inactive accounts cannot
 * log in. Role names equal group names.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/ngf",
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join user_account u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE
        })
@DeclareRoles({"grant-officer", "committee-member", "applicant", "administrator"})
@ApplicationScoped
public class SecurityConfiguration {
}
