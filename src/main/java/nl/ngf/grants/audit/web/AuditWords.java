package nl.ngf.grants.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.Messages;

/**
 * The audit trail's actions and kinds of record in the reader's language ({@code auditAction.<action>},
 * {@code auditType.<type>}). The trail keeps the code it recorded; the screens name it and show the code
 * beside it, so that a search or an export by code still finds it. A code without a name shows as recorded.
 */
@Named
@RequestScoped
public class AuditWords {

    private static final String ACTION = "auditAction.";
    private static final String TYPE = "auditType.";
    /** The heading of actions whose subject names no kind of record ({@code login.failed}, {@code reminder.mailed}). */
    private static final String GROUP = "auditGroup.";

    @Inject
    Language language;

    private ResourceBundle bundle;
    /** The menus, made once a request: a page asks for them as it is rendered and again as its form is read. */
    private List<SelectItem> actionChoices;
    private List<SelectItem> typeChoices;

    /** The action's name, e.g. "Tranche uitbetaald" for {@code tranche.released}. */
    public String action(String code) {
        return action(bundle(), code);
    }

    public static String action(ResourceBundle bundle, String code) {
        return text(bundle, ACTION, code);
    }

    /** What an action code is about, with its dot ({@code tranche.} of {@code tranche.released}), as the audit log splits it. */
    public String subjectOf(String code) {
        return AuditEntryView.subjectOf(code);
    }

    /** What was done ({@code released} of {@code tranche.released}). */
    public String verbOf(String code) {
        return AuditEntryView.verbOf(code);
    }

    /** The record an entry is about, e.g. "Programma 1052". */
    public String record(String type, String id) {
        return record(bundle(), type, id);
    }

    public static String record(ResourceBundle bundle, String type, String id) {
        return text(bundle, TYPE, type) + (id == null ? "" : " " + id);
    }

    /**
     * Every action the trail records, to choose one from, by name: grouped under the kind of record its subject names
     * ({@code tranche.} of {@code tranche.released}), or under its subject's own heading.
     */
    public List<SelectItem> actionChoices() {
        if (actionChoices == null) {
            actionChoices = groupedActions();
        }
        return actionChoices;
    }

    private List<SelectItem> groupedActions() {
        Map<String, List<SelectItem>> byGroup = new TreeMap<>(collator());
        for (String key : bundle().keySet()) {
            if (key.startsWith(ACTION)) {
                String code = key.substring(ACTION.length());
                String subject = code.substring(0, code.indexOf('.'));
                String group = bundle().containsKey(GROUP + subject) ? bundle().getString(GROUP + subject) : text(bundle(), TYPE, subject);
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new SelectItem(code, action(code)));
            }
        }
        List<SelectItem> groups = new ArrayList<>();
        byGroup.forEach((group, actions) -> {
            actions.sort(Comparator.comparing(SelectItem::getLabel, collator()));
            groups.add(new SelectItemGroup(group, null, false, actions.toArray(SelectItem[]::new)));
        });
        return groups;
    }

    /** Every kind of record the trail names, by name. */
    public List<SelectItem> typeChoices() {
        if (typeChoices == null) {
            typeChoices = sortedTypes();
        }
        return typeChoices;
    }

    private List<SelectItem> sortedTypes() {
        List<SelectItem> types = new ArrayList<>();
        for (String key : bundle().keySet()) {
            if (key.startsWith(TYPE)) {
                types.add(new SelectItem(key.substring(TYPE.length()), bundle().getString(key)));
            }
        }
        types.sort(Comparator.comparing(SelectItem::getLabel, collator()));
        return types;
    }

    private Collator collator() {
        return Collator.getInstance(language.getLocale());
    }

    private static String text(ResourceBundle bundle, String prefix, String code) {
        return code != null && bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        }
        return bundle;
    }
}
