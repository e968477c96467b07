package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkflowModelsTest {

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
