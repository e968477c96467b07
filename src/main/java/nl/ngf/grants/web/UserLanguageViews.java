package nl.ngf.grants.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Every view starts in the user's language ({@link Language}), not in the one Faces would pick from the browser's
 * Accept-Language or the default: what a page says before it renders (a view parameter's message, such as that the
 * address's id is no number) speaks the language the page then shows. The template's {@code f:view locale} alone sets
 * it only when the page renders. The response says its language too ({@code Content-Language}, which the server
 * would otherwise fill in with its own default, English, above a Dutch page).
 */
public class UserLanguageViews extends ViewHandlerWrapper {

    public UserLanguageViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }

    @Override
    public void renderView(FacesContext context, UIViewRoot view) throws IOException {
        if (context.getExternalContext().getResponse() instanceof ServletResponse response && view.getLocale() != null) {
            response.setLocale(view.getLocale());
        }
        super.renderView(context, view);
    }
}
