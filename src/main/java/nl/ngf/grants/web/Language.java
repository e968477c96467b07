package nl.ngf.grants.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's language for this session: Dutch unless they choose English. The choice is remembered in this browser (a
 * cookie that holds nothing but {@code nl} or {@code en}, for a year), so that the login page after signing out, or the
 * next day, speaks the language the user chose; another browser is greeted in Dutch.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    /** The cookie that remembers the choice in this browser. */
    static final String COOKIE = "ngf-language";
    private static final int A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    /** The languages the screens speak. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Locale locale = DUTCH;

    @Inject
    transient Instance<HttpServletRequest> request;

    /** The language this browser chose before, when the session starts. */
    @PostConstruct
    void remembered() {
        try {
            Cookie[] cookies = request.get().getCookies();
            if (cookies != null && Arrays.stream(cookies)
                    .anyMatch(cookie -> COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue()))) {
                locale = ENGLISH;
            }
        } catch (RuntimeException noRequest) {
            // Made outside a request (none to read): Dutch.
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /**
     * The language of the request's session, for what a filter answers outside the pages, without starting a session
     * for it (which asking this bean would): Dutch where there is none, as every page before the user chooses.
     */
    public static Locale ofSession(HttpServletRequest request, Language language) {
        return request.getSession(false) == null ? DUTCH : language.getLocale();
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public void choose(String code) {
        locale = "en".equals(code) ? ENGLISH : DUTCH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String path = external.getRequestContextPath();
        external.addResponseCookie(COOKIE, getCode(), Map.of("maxAge", A_YEAR_IN_SECONDS, "path", path.isEmpty() ? "/" : path,
                "httpOnly", Boolean.TRUE, "secure", external.isSecure()));
    }

    /**
     * Chooses the language and shows the same page again at its own address, with what the address named
     * (the programme, the task, a list's filters), so the address bar still names the page and a reload or a
     * bookmark shows it again rather than posting the choice once more.
     */
    public String switchTo(String code) {
        choose(code);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
