package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * A task as a user sees it in the inbox.
 *
 * @param taskKey     the BPMN element id, e.g. {@code reviseConditionalAward}
 * @param businessKey the id of the domain object the case is about
 * @param subject     a readable title of that object
 * @param formKey     the page that works on this task
 */
public record WorkTask(String id, String taskKey, String name, String processKey, String businessKey,
                       String subject, Instant created, Instant due, String formKey, String assignee) implements Serializable {
}
