package nl.ngf.grants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import jakarta.enterprise.event.Event;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ngf.grants.shared.AccessRefused;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import org.primefaces.component.selectmanycheckbox.SelectManyCheckbox;
import org.primefaces.component.selectoneradio.SelectOneRadio;

/** Shows messages in the user's language; refusals from the domain arrive as message keys. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "nl.ngf.grants.web.messages";
    /** The attribute by which a field names the refusals about it (see {@link #markRefusedFields}). */
    public static final String REFUSALS = "refusals";
    /** The attribute by which one of several alike fields names the first arguments of the refusals about it. */
    public static final String REFUSALS_ABOUT = "refusalsAbout";
    /** The attribute by which one of several alike fields names the refusals about all of them alike. */
    public static final String REFUSALS_OF_ALL = "refusalsOfAll";
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
        // A text with no value in it is shown as written, whatever is passed: only a formatted text writes an apostrophe twice.
        return arguments.length == 0 || pattern.indexOf('{') < 0 ? pattern
                : new MessageFormat(pattern, locale).format(readable(locale, arguments));
    }

    /**
     * A message of the pages' Faces bundle about a field that could not be read, worded as Faces words its own: these
     * arguments, then the field's label (or, without one, its client id) as the last.
     */
    static FacesMessage aboutField(FacesContext context, jakarta.faces.component.UIComponent component, String key, Object... arguments) {
        Locale locale = context.getViewRoot() == null ? Locale.getDefault() : context.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale);
        Object label = component.getAttributes().get("label");
        Object[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = label == null ? component.getClientId(context) : label;
        String text = new MessageFormat(bundle.getString(key), locale).format(all);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    /**
     * The arguments as the pages write them: each moment ({@link java.time.Instant}) as date and time in Dutch time, each
     * day ({@link java.time.LocalDate}) as a date, each amount ({@link nl.ngf.grants.shared.Money}) in euros in the reader's notation.
     */
    private static Object[] readable(Locale locale, Object[] arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof java.time.Instant moment) {
                readable[i] = Formats.dateTime(locale, moment);
            } else if (readable[i] instanceof java.time.LocalDate day) {
                readable[i] = Formats.date(locale, day);
            } else if (readable[i] instanceof nl.ngf.grants.shared.Money amount) {
                readable[i] = amount.format(locale);
            }
        }
        return readable;
    }

    /** A process model's element in the reader's language, as {@link #elementName(ResourceBundle, String, String, String)}. */
    public String elementName(String processKey, String elementId, String fallback) {
        return elementName(ResourceBundle.getBundle(BUNDLE, language.getLocale()), processKey, elementId, fallback);
    }

    /**
     * A process model's element by the name the bundle gives it ({@code bpmn.<model>.<element>}, or a task's
     * {@code task.<element>}); {@code fallback} (the model's own name) when it gives none.
     */
    public static String elementName(ResourceBundle bundle, String processKey, String elementId, String fallback) {
        if (processKey == null || elementId == null) {
            return fallback;
        }
        String own = "bpmn." + processKey + "." + elementId;
        String task = "task." + elementId;
        return bundle.containsKey(own) ? bundle.getString(own) : bundle.containsKey(task) ? bundle.getString(task) : fallback;
    }

    public void refused(DomainException e) {
        if (answeredAgain(e)) {
            return;
        }
        for (DomainException refusal : e.refusals()) {
            add(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments().toArray()));
        }
        FacesContext context = FacesContext.getCurrentInstance();
        markRefusedFields(context, e);
        context.validationFailed();
        answerPageWithStatus(context, e);
        if (e instanceof NotAllowedException) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            accessRefused.fire(AccessRefused.ofRequest(request.getRemoteUser(), request.getMethod(), request.getRequestURI(),
                    request.getQueryString(), e.messageKey()));
        }
    }

    /**
     * A page opened for a record the user may not see (another organisation's programme, typed into the address) says
     * so, and answers as the API does: not found (404) for a record that does not exist or is not theirs, not allowed
     * (403) for what their role may not do, so that a script or a scanner is not told that the page was there.
     * Only the page's first answer: a form sent from a page that was there answers it as before.
     */
    private static void answerPageWithStatus(FacesContext context, DomainException e) {
        if (context.isPostback() || context.getPartialViewContext().isAjaxRequest()
                || !(context.getExternalContext().getResponse() instanceof HttpServletResponse response) || response.isCommitted()) {
            return;
        }
        // A record refused as another organisation's is said to be not found, whichever exception carried it.
        if (e.refusals().stream().anyMatch(DomainException::recordNotFound)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (e instanceof NotAllowedException) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * Marks each field a refusal is about as invalid, so the page shows it (and tells a screen reader) beside the
     * message: a field names the refusals about it by the start of their keys, in its attribute {@value #REFUSALS}
     * ({@code <p:inputNumber id="companies" refusals="report.companies" …/>}; several separated by spaces). One of
     * several alike fields (the answer to condition 2; the amount of a PPS's third tranche) also says, in its attribute
     * {@value #REFUSALS_ABOUT}, what the refusals about it name first: one value, or a list of them in order
     * ({@code refusals="revision.answer" refusalsAbout="#{c.position()}"},
     * {@code refusalsAbout="#{[line.name, s.index + 1]}"}). Refusals about all of them alike (the PPSs' amounts
     * together above the award) it names in its attribute {@value #REFUSALS_OF_ALL}, by the start of their keys too.
     */
    private static void markRefusedFields(FacesContext context, DomainException e) {
        if (context.getViewRoot() == null) {
            return;
        }
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            Map<String, Object> attributes = component.getAttributes();
            if (component instanceof UIInput input) {
                boolean refused = refuses(e, attributes.get(REFUSALS_OF_ALL), List.of());
                if (!refused && attributes.get(REFUSALS) != null) {
                    // An expression, read once: the field's row is the one being visited.
                    Object named = attributes.get(REFUSALS_ABOUT);
                    List<?> about = named instanceof List<?> list ? list : named == null ? List.of() : List.of(named);
                    refused = refuses(e, attributes.get(REFUSALS), about);
                }
                if (refused) {
                    input.setValid(false);
                    // An invalid field is shown with what was submitted, which the model holds by now: keep it as the
                    // field's own value, or PrimeFaces shows the field empty.
                    input.setValue(input.getValue());
                    if (input instanceof SelectOneRadio || input instanceof SelectManyCheckbox) {
                        markGroup(context, input);
                    }
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    /**
     * PrimeFaces shows a group of options (radio buttons, check boxes) refused by its colour only: the group is marked
     * for a screen reader too ({@code aria-invalid}), from now on for as long as it is invalid.
     */
    private static void markGroup(FacesContext context, UIInput group) {
        group.getPassThroughAttributes().computeIfAbsent("aria-invalid", name -> context.getApplication().getExpressionFactory()
                .createValueExpression(context.getELContext(), "#{not component.valid}", Object.class));
    }

    /** Whether any of the refusals is about a field with these names for refusals (separated by spaces) about this. */
    private static boolean refuses(DomainException e, Object names, List<?> about) {
        return names instanceof String list
                && Arrays.stream(list.split("\\s+")).anyMatch(name -> e.refusals().stream().anyMatch(refusal -> isAbout(name, about, refusal)));
    }

    /**
     * Whether a refusal is about a field: its key starts with the field's name for refusals ({@code report.companies})
     * and its first arguments are, as text, what the field is about, in order (condition 2: {@code [2]}).
     */
    static boolean isAbout(String name, List<?> about, DomainException refusal) {
        if (!refusal.messageKey().startsWith(name) || refusal.arguments().size() < about.size()) {
            return false;
        }
        for (int i = 0; i < about.size(); i++) {
            if (!String.valueOf(about.get(i)).equals(String.valueOf(refusal.arguments().get(i)))) {
                return false;
            }
        }
        return true;
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Where the form of a view was answered (redirectWithNotice), kept in the view's scope. */
    private static final String ANSWERED = "ngf.answered";

    /**
     * The task of this form was completed by this very form (its view was answered before: a double click, the back
     * button and the button once more): the user is sent to that answer again, told the task was done, instead of being
     * told that the task was completed by themselves and nothing of theirs was saved. A task completed from another tab
     * or by someone else is told as before.
     */
    private static boolean answeredAgain(DomainException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!"task.completedBy".equals(e.messageKey()) || !context.isPostback() || context.getViewRoot() == null) {
            return false;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        if (view == null || !(view.get(ANSWERED) instanceof String answer)) {
            return false;
        }
        redirect(context, answer);
        return true;
    }

    private static void redirect(FacesContext context, String url) {
        try {
            context.getExternalContext().redirect(url);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Sends the browser to {@code page} to show the notice {@code key} there (post-redirect-get); the action's outcome is
     * then none, the response being complete. The key travels in the URL ({@code done=}) rather than in the Flash, which
     * lost messages now and then across the redirect; {@link Notices} shows only keys that name a notice.
     * <p>
     * The redirect is sent here rather than by navigation, which would clear the form's view scope on its way to another
     * page: the same form sent again (a double click, the browser's back button) then reaches the bean that sent it,
     * with the form's key and what it loaded, and is answered as the form sent before (the record it made, the task it
     * completed: see {@link #answeredAgain}) instead of as a form never opened. The bean goes when its view leaves the
     * session's views.
     */
    public static String redirectWithNotice(String page, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        int query = page.indexOf('?');
        String path = query < 0 ? page : page.substring(0, query);
        String viewId = path.endsWith(".xhtml") ? path : path + ".xhtml";
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (query >= 0) {
            for (String parameter : page.substring(query + 1).split("&")) {
                int is = parameter.indexOf('=');
                String name = is < 0 ? parameter : parameter.substring(0, is);
                parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(is < 0 ? "" : parameter.substring(is + 1));
            }
        }
        parameters.put("done", List.of(key));
        String url = context.getApplication().getViewHandler().getRedirectURL(context, viewId, parameters, false);
        if (context.getViewRoot() != null) {
            context.getViewRoot().getViewMap().put(ANSWERED, url);
        }
        redirect(context, url);
        return null;
    }

    /** Adds a message, once: a refusal met again in the same request (a page that asks twice) is not said twice. */
    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getMessageList(null).stream().noneMatch(said -> said.getSeverity() == severity && text.equals(said.getSummary()))) {
            context.addMessage(null, new FacesMessage(severity, text, null));
        }
    }
}
