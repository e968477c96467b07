package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class WorkflowModelsTest {

    @Test
    void everyProcessModelHasANameOnScreensInBothLanguages() {
        for (String language : java.util.List.of("nl", "en")) {
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(nl.ngf.grants.web.Messages.BUNDLE,
                    java.util.Locale.forLanguageTag(language));
            assertThat(WorkflowModels.PROCESS_KEYS).as(language).allSatisfy(key -> assertThat(texts.containsKey("processes.model." + key))
                    .as(language + ": processes.model." + key).isTrue());
        }
    }

    @Test
    void everyModelInTheWorkflowsFolderIsDeployed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("workflows"))) {
            assertThat(files.map(f -> "workflows/" + f.getFileName()))
                    .containsExactlyInAnyOrderElementsOf(WorkflowModels.RESOURCES);
        }
    }

    @Test
    void everyModelCarriesDiagramInformationSoItOpensInTheModeler() throws IOException {
        for (String resource : WorkflowModels.RESOURCES) {
            String xml = Files.readString(Path.of(resource));
            if (resource.endsWith(".bpmn")) {
                assertThat(xml).as(resource).contains("<bpmndi:BPMNDiagram").contains("<bpmndi:BPMNShape");
            } else {
                assertThat(xml).as(resource).contains("<dmndi:DMNDiagram").contains("<dmndi:DMNShape");
            }
        }
    }

    @Test
    void everyTaskHasADueDateTheApplicantsFromTheirDeadlineEveryoneElsesFromTheHandlingTerms() {
        java.util.Map<String, String> dueDates = new java.util.TreeMap<>();
        for (String resource : WorkflowModels.RESOURCES) {
            if (resource.endsWith(".bpmn")) {
                Bpmn.readModelFromFile(new java.io.File(resource)).getModelElementsByType(UserTask.class)
                        .forEach(task -> dueDates.put(task.getId(), task.getCamundaCandidateGroups() + " " + task.getCamundaDueDate()));
            }
        }
        assertThat(dueDates).hasSize(12).allSatisfy((task, groupsAndDue) -> assertThat(groupsAndDue).as(task).matches(
                "\\$\\{applicantGroup\\} \\$\\{(revision|report|plan)Deadline\\}"
                        + "|grant-officer \\$\\{handlingTerms\\.officer\\(\\)\\}"
                        + "|committee-member \\$\\{handlingTerms\\.committee\\(\\)\\}"));
    }

    /**
     * Four eyes is declared in the models (a user task's {@code fourEyesWith} names the step it checks): a misspelt
     * step would silently let its performer take the check on, so each must name a user task of the same model.
     */
    @Test
    void everyFourEyesCheckNamesAUserTaskOfItsModelAndTheSecondApprovalAndTheAssessmentCheckTheStepBefore() {
        java.util.Map<String, String> checks = new java.util.TreeMap<>();
        for (String resource : WorkflowModels.RESOURCES) {
            if (resource.endsWith(".bpmn")) {
                var model = Bpmn.readModelFromFile(new java.io.File(resource));
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    if (task.getExtensionElements() == null) {
                        continue;
                    }
                    task.getExtensionElements().getElementsQuery()
                            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                            .flatMap(properties -> properties.getCamundaProperties().stream())
                            .filter(property -> DefaultWorkflowService.FOUR_EYES_WITH.equals(property.getCamundaName()))
                            .forEach(property -> {
                                assertThat(model.<org.camunda.bpm.model.xml.instance.ModelElementInstance>getModelElementById(property.getCamundaValue()))
                                        .as(task.getId() + " checks " + property.getCamundaValue()).isInstanceOf(UserTask.class);
                                checks.put(task.getId(), property.getCamundaValue());
                            });
                }
            }
        }
        assertThat(checks).containsExactly(java.util.Map.entry("approveRelease", "verifyProgressReport"),
                java.util.Map.entry("assessRevision", "checkCompleteness"));
    }

    @Test
    void theKeysWhoseHistoryIsKeptAreExactlyTheModelsInTheWorkflowsFolder() throws IOException {
        java.util.List<String> processes = new java.util.ArrayList<>();
        java.util.List<String> decisions = new java.util.ArrayList<>();
        java.util.regex.Pattern process = java.util.regex.Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        java.util.regex.Pattern decision = java.util.regex.Pattern.compile("<decision id=\"([^\"]+)\"");
        for (String resource : WorkflowModels.RESOURCES) {
            String xml = Files.readString(Path.of(resource));
            process.matcher(xml).results().forEach(m -> processes.add(m.group(1)));
            decision.matcher(xml).results().forEach(m -> decisions.add(m.group(1)));
        }
        assertThat(processes).containsExactlyInAnyOrderElementsOf(WorkflowModels.PROCESS_KEYS);
        assertThat(decisions).containsExactlyInAnyOrderElementsOf(WorkflowModels.DECISION_KEYS);
    }
}
