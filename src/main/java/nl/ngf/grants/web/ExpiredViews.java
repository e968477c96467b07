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
import java.util.logging.Logger;

/**
 * A form posted to a view the server no longer has (the session ended, or the view state was forged)
 * goes to the page that says nothing was saved, by a redirect (for Ajax too) instead of a server error:
 * the browser gets a page, not a 500, and the log one line instead of a stack trace.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Sends the browser (by a redirect, for Ajax too) to the page that says nothing was saved; the request ends here. */
    static void toExpiredPage(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
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
