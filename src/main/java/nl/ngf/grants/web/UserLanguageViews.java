package nl.ngf.grants.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the user's language ({@link Language}), not in the one Faces would pick from the browser's
 * Accept-Language or the default: what a page says before it renders (a view parameter's message, such as that the
 * address's id is no number) speaks the language the page then shows. The template's {@code f:view locale} alone sets
 * it only when the page renders.
 */
public class UserLanguageViews extends ViewHandlerWrapper {

    public UserLanguageViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }
}
