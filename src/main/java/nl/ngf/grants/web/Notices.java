package nl.ngf.grants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Shows the notice named in the URL after a post-redirect-get ({@code ?done=revise.done}). Only keys
 * that are notices ("….done" or "….done.…") and exist in the bundle are shown: the URL cannot make
 * the page say anything else.
 */
@Named
@RequestScoped
public class Notices {

    @Inject
    Messages messages;

    @Inject
    Language language;

    private boolean shown;

    /** Called before the page renders (layout template). */
    public void show() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (shown || context.isPostback()) {
            return;
        }
        shown = true;
        String key = context.getExternalContext().getRequestParameterMap().get("done");
        if (key == null || !key.matches("[a-zA-Z]+(\\.[a-zA-Z]+)*") || !(key.endsWith(".done") || key.contains(".done."))) {
            return;
        }
        try {
            ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return;
        }
        messages.info(key);
    }
}
