package nl.ngf.grants.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.DecisionTableVersion;
import nl.ngf.grants.workflow.ModelVersion;
import nl.ngf.grants.workflow.StepsMissingException;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;

/** The administrator's view of the process models' versions, and moving running cases to the latest. */
@Named
@ViewScoped
public class ModelVersions implements Serializable {

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<ModelVersion> versions;
    private List<DecisionTableVersion> decisionTables = List.of();

    public void load() {
        try {
            versions = workflow.modelVersions(currentUser.actor());
            List<DecisionTableVersion> newestFirst = new ArrayList<>(workflow.decisionTableVersions(currentUser.actor()));
            Collections.reverse(newestFirst);
            decisionTables = newestFirst;
        } catch (DomainException e) {
            versions = List.of();
            decisionTables = List.of();
            messages.refused(e);
        }
    }

    /** Every version of the decision table, newest first: the one that decides now on top. */
    public List<DecisionTableVersion> getDecisionTables() {
        if (versions == null) {
            load();
        }
        return decisionTables;
    }

    public void migrate(ModelVersion version) {
        try {
            int moved = workflow.migrateToLatest(currentUser.actor(), version.definitionId());
            int latest = versions.stream().filter(v -> v.processKey().equals(version.processKey()) && v.latest())
                    .mapToInt(ModelVersion::version).findFirst().orElse(0);
            messages.info("processes.migrated", moved, messages.text("processes.model." + version.processKey()), version.version(), latest);
        } catch (StepsMissingException e) {
            messages.refused(e.naming((id, name) -> messages.elementName(version.processKey(), id, name)));
        } catch (DomainException e) {
            messages.refused(e);
        }
        load();
    }

    /** Whether every running case is on the latest version of its model. */
    public boolean isAllLatest() {
        return getVersions().stream().allMatch(v -> v.latest() || v.runningCases() == 0);
    }

    public List<ModelVersion> getVersions() {
        if (versions == null) {
            load();
        }
        return versions;
    }
}
