package nl.ngf.grants.identity;

import java.util.Arrays;

/** The four roles. The group name is both the Jakarta Security role and the workflow candidate group. */
public enum Role {
    GRANT_OFFICER("grant-officer"),
    COMMITTEE_MEMBER("committee-member"),
    APPLICANT("applicant"),
    ADMINISTRATOR("administrator");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    public static Role ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + group));
    }
}
