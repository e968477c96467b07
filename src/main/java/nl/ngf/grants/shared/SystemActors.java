package nl.ngf.grants.shared;

import java.util.Set;

/**
 * The names under which the application itself acts in its records, beside the people's user names:
 * no person may have one of them, so an auditor can always tell the system's steps from a user's.
 */
public final class SystemActors {

    /** The engine's and the application's own steps: reminders, payments, changes applied at once. */
    public static final String ENGINE = "systeem";

    /** The decision table's verdict on a tranche. */
    public static final String DECISION_TABLE = "beslistabel";

    private static final Set<String> ALL = Set.of(ENGINE, DECISION_TABLE);

    private SystemActors() {
    }

    public static boolean isSystem(String name) {
        return name != null && ALL.contains(name);
    }
}
