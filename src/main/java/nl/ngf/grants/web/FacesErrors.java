package nl.ngf.grants.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a Faces request that fails shows. A form posted to a view the server no longer has (the session ended, or the
 * view state was forged) goes to the page that says nothing was saved, by a redirect (for Ajax too) instead of a server
 * error: the browser gets a page, not a 500, and the log one line instead of a stack trace. Any other failure of an
 * Ajax request (a table's page asked for with a page size made up by hand, say) goes to the page that says something
 * went wrong, by a redirect, with the stack trace in the log only: Faces would otherwise answer the page's script with
 * the exception's class and message.
 */
public class FacesErrors extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    public FacesErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Sends the browser (by a redirect, for Ajax too) to the page that says nothing was saved; the request ends here. */
    static void toExpiredPage(FacesContext faces) {
        redirect(faces, "/error/expired.xhtml");
    }

    private static void redirect(FacesContext faces, String page) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEvent event = events.next();
                if (expired(event.getContext().getException())) {
                    events.remove();
                    FacesContext faces = event.getContext().getContext();
                    LOG.info("A form was posted to a view this session does not have (expired or forged): "
                            + faces.getExternalContext().getRequestServletPath());
                    toExpiredPage(faces);
                    return;
                }
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getPartialViewContext().isAjaxRequest() && getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                    LOG.log(Level.SEVERE, "An Ajax request to " + faces.getExternalContext().getRequestServletPath()
                            + " failed; the user is shown the page that says something went wrong", events.next().getContext().getException());
                    events.remove();
                }
                if (!faces.getExternalContext().isResponseCommitted()) {
                    // Whatever of the answer was written before it failed goes: the answer is the redirect alone.
                    faces.getExternalContext().responseReset();
                }
                redirect(faces, "/error/error.xhtml");
                return;
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
