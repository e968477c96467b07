package nl.ngf.grants.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session: Dutch unless they choose English. */
@Named
@SessionScoped
public class Language implements Serializable {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    /** The languages the screens speak. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Locale locale = DUTCH;

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
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
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
