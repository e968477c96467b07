package nl.ngf.grants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form posted without the nonce its page was sent with (a request made by hand, or by another page) goes to the page
 * that says nothing was saved, before anything of it is applied. Every form carries its nonce as the server sends it
 * ({@link NoncedForms}). PrimeFaces' CSP mode keeps each page's nonce with its view and refuses such a post only when
 * it renders the answer, after the action has run: an action that stays on its page (a form refused for bad input,
 * say) then ended in a blank server error, and one that saved something in a server error after saving it.
 */
public class UnsignedPostbacks implements PhaseListener {

    /** Where PrimeFaces keeps a view's nonce (in its view map) and how a form posts it (a request parameter). */
    static final String NONCE = "primefaces.nonce";

    private static final Logger LOG = Logger.getLogger(UnsignedPostbacks.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete() || !faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        Map<String, Object> viewMap = faces.getViewRoot().getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected != null && !matches(expected.toString(), faces.getExternalContext().getRequestParameterMap().get(NONCE))) {
            LOG.info("A form was posted without its page's nonce: " + faces.getExternalContext().getRequestServletPath());
            FacesErrors.toExpiredPage(faces);
        }
    }

    /** The nonce posted is the page's; the same comparison PrimeFaces makes when it renders the answer. */
    static boolean matches(String expected, String posted) {
        return expected.equals(posted == null ? "" : posted);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: its nonce is in the view.
    }
}
