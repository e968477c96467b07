package nl.ngf.grants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.shared.SystemActors;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.Messages;

/**
 * Who acted, as a case page names them: a person by the name they go by, the application itself by its own name
 * in the reader's language. The records keep the user name (the audit log and the auditor's timeline show it); a
 * user name no account has any more is shown as recorded. Each name is looked up once per request.
 */
@Named
@RequestScoped
public class People {

    @Inject
    IdentityService identity;

    @Inject
    Language language;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null) {
            return null;
        }
        if (SystemActors.isSystem(username)) {
            return Messages.format(language.getLocale(), "actor." + username);
        }
        return names.computeIfAbsent(username, recorded -> identity.displayName(recorded).orElse(recorded));
    }
}
