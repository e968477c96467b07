package nl.ngf.grants.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        if (processKey == null || elementId == null) {
            return fallback;
        }
        ResourceBundle texts = bundle();
        String own = "bpmn." + processKey + "." + elementId;
        if (texts.containsKey(own)) {
            return texts.getString(own);
        }
        String task = "task." + elementId;
        return texts.containsKey(task) ? texts.getString(task) : fallback;
    }

    /**
     * A timeline moment's details in the reader's language: for a step entered or left, the kind of
     * element it is (the engine's activity type); anything else as recorded.
     */
    public String details(String kind, String details) {
        if (details == null || !("ACTIVITY_STARTED".equals(kind) || "ACTIVITY_ENDED".equals(kind))) {
            return details;
        }
        String key = "history.type." + details;
        return bundle().containsKey(key) ? bundle().getString(key) : details;
    }

    /**
     * The names of the elements of one model (its BPMN XML) in the reader's language, element id → name,
     * as JSON for the diagram on the page.
     */
    public String json(String processKey, String bpmnXml) {
        JsonObjectBuilder labels = Json.createObjectBuilder();
        Matcher ids = ELEMENT_ID.matcher(bpmnXml == null ? "" : bpmnXml);
        while (ids.find()) {
            String name = label(processKey, ids.group(1), null);
            if (name != null) {
                labels.add(ids.group(1), name);
            }
        }
        return labels.build().toString();
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        }
        return bundle;
    }
}
