package nl.ngf.grants.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ngf.grants.audit.web.AuditWords;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.Messages;

/**
 * The names of the process models' elements in the reader's language. The models name their elements
 * in English; the bundles hold {@code bpmn.<process>.<element id>}, and for a user task its task name
 * ({@code task.<id>}, as in the inbox). An element without either keeps the model's name.
 */
@Named
@RequestScoped
public class ModelLabels {

    @Inject
    Language language;

    /** An element of a BPMN model that has a name: its id. */
    private static final Pattern ELEMENT_ID = Pattern.compile("\\sid=\"([A-Za-z][A-Za-z0-9_-]*)\"[^>]*\\sname=\"");

    private ResourceBundle bundle;

    /** The element's name in the reader's language; {@code fallback} (the model's name) when there is none. */
    public String label(String processKey, String elementId, String fallback) {
        return Messages.elementName(bundle(), processKey, elementId, fallback);
    }

    /**
     * What a timeline moment is about, in the reader's language: for the engine's moments a model
     * element's name, a process variable's meaning followed by its name in the engine ({@code
     * history.variable.<name>}), or the kind of operation a user performed ({@code history.operation.<type>});
     * an audit entry's object by its kind's name and its number. Anything without a text keeps the recorded word.
     */
    public String what(Timeline.Moment moment) {
        return what(bundle(), moment);
    }

    private static String what(ResourceBundle bundle, Timeline.Moment moment) {
        if (moment.source() == Timeline.Source.AUDIT) {
            return moment.whatId() == null ? moment.what()
                    : AuditWords.record(bundle, moment.whatId(), moment.what().substring(moment.whatId().length()).strip());
        }
        if (moment.source() == Timeline.Source.ENGINE) {
            if ("VARIABLE_SET".equals(moment.kind())) {
                String meaning = text(bundle, "history.variable." + moment.what(), null);
                return meaning == null ? moment.what() : meaning + " (" + moment.what() + ")";
            }
            if ("OPERATION".equals(moment.kind())) {
                return text(bundle, "history.operation." + moment.what(), moment.what());
            }
        }
        return Messages.elementName(bundle, moment.processKey(), moment.whatId(), moment.what());
    }

    /** A moment's kind as the reader reads it: the engine's kinds and the audit trail's actions in their language. */
    public String event(Timeline.Moment moment) {
        return event(bundle(), moment);
    }

    private static String event(ResourceBundle bundle, Timeline.Moment moment) {
        return moment.source() == Timeline.Source.ENGINE ? text(bundle, "history.kind." + moment.kind(), moment.kind())
                : AuditWords.action(bundle, moment.kind());
    }

    /**
     * What the event filter matches: the moment's kind in every language of the screens, and the engine's own word,
     * so that a narrowing kept in the address still holds when the reader switches language.
     */
    public String eventFilter(Timeline.Moment moment) {
        return moment.kind() + inEveryLanguage(bundle -> event(bundle, moment));
    }

    /**
     * The case a moment belongs to, in the reader's language: an engine moment's case, and an audit entry's record's
     * (<i>Tranche 1, PPS Zorg</i>), or the file an entry is about (a programme's reference, a PPS's name); else nothing.
     */
    public String caseOf(Timeline.Moment moment) {
        return caseOf(bundle(), moment);
    }

    static String caseOf(ResourceBundle bundle, Timeline.Moment moment) {
        if (moment.processKey() != null) {
            // As the page names the case's diagram.
            return Messages.format(bundle.getLocale(), "history.case." + moment.processKey(), moment.caseRef());
        }
        return moment.caseRef() == null ? "" : moment.caseRef();
    }

    /** The case column as exported: the case, and an audit entry's number in the trail ({@code #58}). */
    public String caseExport(Timeline.Moment moment) {
        String caseOf = caseOf(moment);
        return moment.auditSeq() == null ? caseOf : (caseOf + " #" + moment.auditSeq()).strip();
    }

    /** What the case filter matches: the case in every language of the screens (see {@link #eventFilter}). */
    public String caseFilter(Timeline.Moment moment) {
        return inEveryLanguage(bundle -> caseOf(bundle, moment));
    }

    /** What the object filter matches: what the moment is about in every language of the screens (see {@link #eventFilter}). */
    public String whatFilter(Timeline.Moment moment) {
        return moment.what() + inEveryLanguage(bundle -> what(bundle, moment));
    }

    private static String inEveryLanguage(Function<ResourceBundle, String> words) {
        StringBuilder all = new StringBuilder();
        for (Locale locale : Language.SUPPORTED) {
            all.append(" | ").append(words.apply(ResourceBundle.getBundle(Messages.BUNDLE, locale)));
        }
        return all.toString();
    }

    /**
     * A timeline moment's details in the reader's language: for a step entered or left, the kind of
     * element it is (the engine's activity type); for an operation, the property it changed
     * ({@code history.property.<name>}) before its old and new value; anything else as recorded.
     */
    public String details(String kind, String details) {
        if (details == null) {
            return null;
        }
        if ("ACTIVITY_STARTED".equals(kind) || "ACTIVITY_ENDED".equals(kind)) {
            return text("history.type." + details, details);
        }
        int colon = details.indexOf(": ");
        if ("OPERATION".equals(kind) && colon > 0) {
            return text("history.property." + details.substring(0, colon), details.substring(0, colon)) + details.substring(colon);
        }
        return details;
    }

    private String text(String key, String fallback) {
        return text(bundle(), key, fallback);
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * The names of the elements of one model (its BPMN XML) in the reader's language, element id → name,
     * as JSON for the diagram on the page.
     */
    public String json(String processKey, String bpmnXml) {
        return json(bundle(), processKey, bpmnXml);
    }

    private static String json(ResourceBundle bundle, String processKey, String bpmnXml) {
        JsonObjectBuilder labels = Json.createObjectBuilder();
        Matcher ids = ELEMENT_ID.matcher(bpmnXml == null ? "" : bpmnXml);
        while (ids.find()) {
            String name = diagramName(bundle, processKey, ids.group(1));
            if (name != null) {
                labels.add(ids.group(1), name);
            }
        }
        return labels.build().toString();
    }

    /** The element's name as its diagram shows it, in the bundle's language; null when the bundle has none. */
    static String diagramName(ResourceBundle bundle, String processKey, String elementId) {
        String name = Messages.elementName(bundle, processKey, elementId, null);
        return name == null ? null : withWordBreaks(name, text(bundle, "diagram.wordBreaks", ""));
    }

    /**
     * The name with a soft hyphen where a word too long for a task's box may break ({@code diagram.wordBreaks}: the
     * language's long words, a hyphen at each place they may break): bpmn-js breaks the line there and draws the hyphen,
     * instead of cutting the word wherever the box ends ("Voortgangsrapp / ortage"). Only the diagram gets them; the
     * timeline, its filters and its exports keep the words whole.
     */
    static String withWordBreaks(String name, String breaks) {
        String broken = name;
        for (String word : breaks.split("\\s+")) {
            if (word.contains("-")) {
                broken = broken.replace(word.replace("-", ""), word.replace('-', '\u00AD'));
            }
        }
        return broken;
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        }
        return bundle;
    }
}
