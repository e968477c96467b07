package nl.ngf.grants.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import nl.ngf.grants.shared.DomainException;

/**
 * Running cases cannot move to the latest version of their model: it lacks steps at which they wait now. Nothing
 * moved. Names the steps by their ids and by the names the cases' own version gives them (the message's words, until
 * the page names them in the reader's language: {@link #naming}), and counts the cases waiting there.
 */
public class StepsMissingException extends DomainException {

    private final transient List<String> stepIds;
    private final transient List<String> stepNames;

    public StepsMissingException(int fromVersion, int toVersion, List<String> stepIds, List<String> stepNames, int casesWaiting) {
        super("migration.stepsMissing", fromVersion, toVersion, quoted(stepNames), casesWaiting, stepIds.size());
        this.stepIds = List.copyOf(stepIds);
        this.stepNames = List.copyOf(stepNames);
    }

    /** The steps the latest version lacks, by their ids in the model. */
    public List<String> stepIds() {
        return stepIds;
    }

    /** The same refusal with each step named as {@code name} gives it, from its id and the model's name for it. */
    public DomainException naming(BinaryOperator<String> name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < stepIds.size(); i++) {
            names.add(name.apply(stepIds.get(i), stepNames.get(i)));
        }
        List<Object> arguments = new ArrayList<>(arguments());
        arguments.set(2, quoted(names));
        return new DomainException(messageKey(), arguments.toArray());
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "‘" + name + "’").toList());
    }
}
