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
}
