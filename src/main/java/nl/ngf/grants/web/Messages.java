package nl.ngf.grants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import jakarta.enterprise.event.Event;
import jakarta.servlet.http.HttpServletRequest;
import nl.ngf.grants.shared.AccessRefused;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;

/** Shows messages in the user's language; refusals from the domain arrive as message keys. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "nl.ngf.grants.web.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    @Inject
    Language language;

    @Inject
    Event<AccessRefused> accessRefused;

    public String text(String key, Object... arguments) {
        return format(language.getLocale(), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No text for message key " + key);
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public void refused(DomainException e) {
        for (DomainException refusal : e.refusals()) {
            add(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments().toArray()));
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.validationFailed();
        if (e instanceof NotAllowedException) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            String what = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            accessRefused.fire(new AccessRefused(request.getRemoteUser(), what, e.messageKey()));
        }
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * A redirect to {@code page} that shows the notice {@code key} there (post-redirect-get). The key
     * travels in the URL ({@code done=}) rather than in the Flash, which lost messages now and then
     * across the redirect; {@link Notices} shows only keys that name a notice.
     */
    public static String redirectWithNotice(String page, String key) {
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true&done=" + key;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
