package nl.ngf.grants.workflow.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Locale;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.web.Messages;

/**
 * How a task reads wherever it is listed (the inbox, a file's own tasks): its name and subject in the user's language,
 * how urgent it is, and the address of its form.
 */
@Named
@RequestScoped
public class TaskLabels {

    @Inject
    Messages messages;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** The task's name in the user's language (the BPMN name when there is no translation). */
    public String name(WorkTask task) {
        return messages.text("task." + task.taskKey());
    }

    /**
     * What the task is about, in the user's language: the case's subject (data, e.g. "PPS Zorg – tranche 2"),
     * for a change request with the words that say so.
     */
    public String subject(WorkTask task) {
        return ProcessKeys.CHANGE_REQUEST.equals(task.processKey())
                ? messages.text("inbox.subject.changeRequest", task.subject()) : task.subject();
    }

    /** The row's urgency for the page: none, soon or overdue (a style class and, unless none, a word beside the date). */
    public String urgency(WorkTask task) {
        return task.urgency(clock.instant()).name().toLowerCase(Locale.ROOT);
    }

    /** The task's form, within the application. */
    public String link(WorkTask task) {
        return task.formKey() + "?task=" + task.id();
    }
}
