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
 * error: the browser gets a page, not a 500, and the log one line instead of a stack trace. A table's page asked for
 * with paging made up by hand (a page size the table does not offer, a first row that is no number), which PrimeFaces
 * refuses as it reads it from the request, is bad input, not a fault: it goes to the page that says the request cannot
 * be read and nothing was done, with one line in the log. Any other failure of an Ajax request goes to the page that
 * says something went wrong, by a redirect, with the stack trace in the log only: Faces would otherwise answer the
 * page's script with the exception's class and message.
 */
public class FacesErrors extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    /** Where PrimeFaces reads a table's paging from the request. */
    private static final String PAGING = "org.primefaces.component.api.UIPageableData";

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
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable exception = events.next().getContext().getException();
                if (madeUpPaging(exception)) {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    LOG.info("A request to " + faces.getExternalContext().getRequestServletPath()
                            + " asked for a table's page in a way the page does not offer; nothing was done: " + typed(exception.getMessage()));
                    discardQueued(ignored -> { });
                    answerWith(faces, "/error/bad-request.xhtml");
                    return;
                }
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getPartialViewContext().isAjaxRequest() && getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
                discardQueued(exception -> LOG.log(Level.SEVERE, "An Ajax request to " + faces.getExternalContext().getRequestServletPath()
                        + " failed; the user is shown the page that says something went wrong", exception));
                answerWith(faces, "/error/error.xhtml");
                return;
            }
            getWrapped().handle();
        }

        /** Takes every exception still queued off the queue, each handed to {@code handled} first. */
        private void discardQueued(java.util.function.Consumer<Throwable> handled) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                handled.accept(events.next().getContext().getException());
                events.remove();
            }
        }

        /** Answers with a redirect to this page alone: whatever of the answer was written before it failed goes. */
        private static void answerWith(FacesContext faces, String page) {
            if (!faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().responseReset();
            }
            redirect(faces, page);
        }

        /**
         * Whether PrimeFaces refused a table's paging as it read it from the request: an IllegalArgumentException (a
         * NumberFormatException too) raised in the code that reads a table's page size and first row, or in what that
         * code calls to parse and set them (the JDK's parsing, Faces' own check of the first row), and not further in.
         */
        static boolean madeUpPaging(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException) {
                    for (StackTraceElement frame : cause.getStackTrace()) {
                        if (frame.getClassName().equals(PAGING) && frame.getMethodName().equals("updatePaginationData")) {
                            return true;
                        }
                        if (!frame.getClassName().startsWith("java.") && !frame.getClassName().equals(PAGING)
                                && !frame.getClassName().equals(jakarta.faces.component.UIData.class.getName())) {
                            break;
                        }
                    }
                }
            }
            return false;
        }

        /** What the request said, as one line of the log: no line breaks of its own, and not endless. */
        private static String typed(String message) {
            String line = message == null ? "" : message.replaceAll("\\p{Cntrl}", "?");
            return line.length() <= 200 ? line : line.substring(0, 200) + "…";
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
