package nl.ngf.grants.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.SampleFiles;
import nl.ngf.grants.testsupport.ServerDatabase;
import nl.ngf.grants.workflow.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploads on a real server and database: refused ones store nothing, accepted ones are kept with a checksum. */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    static final byte[] PDF = SampleFiles.pdf();
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(DocumentsIT.class, ItDatabase.class);
    }

    @Inject
    DocumentService documents;

    @Inject
    IdentityService identity;

    @Inject
    ProgrammeService programmes;

    @Inject
    WorkflowService workflow;


    Actor applicant;
    Actor otherApplicant;
    Actor officer;
    OrganisationView organisation;

    @BeforeEach
    void people() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("doc-" + run, "Documenten " + run);
        OrganisationView other = identity.createOrganisation("doc-ander-" + run, "Andere " + run);
        identity.createUser("doc-aanvrager-" + run, "Aanvrager", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        identity.createUser("doc-ander-" + run, "Ander", "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        identity.createUser("doc-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        applicant = identity.actor("doc-aanvrager-" + run).orElseThrow();
        otherApplicant = identity.actor("doc-ander-" + run).orElseThrow();
        officer = identity.actor("doc-adviseur-" + run).orElseThrow();
    }

    /** Counted straight from the table: what a refused upload might have left behind. */
    private long storedDocuments() {
        try {
            return ServerDatabase.number("select count(*) from document");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void refused(String name, byte[] content, String key) {
        long before = storedDocuments();
        assertThatThrownBy(() -> documents.store(applicant, "programme:1", name, content))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(storedDocuments()).as("a refused upload stores nothing").isEqualTo(before);
    }

    @Test
    void aGoodPdfIsStoredWithItsChecksumAndReadByItsOrganisationAndOfficersOnly() {
        DocumentView stored = documents.store(applicant, "programme:1", "../../Herzien plan.pdf", PDF);

        assertThat(stored.fileName()).isEqualTo("Herzien plan.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(stored.sha256()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(sha256(PDF)));
        assertThat(documents.download(applicant, stored.id()).content()).isEqualTo(PDF);
        assertThat(documents.download(officer, stored.id()).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> documents.download(otherApplicant, stored.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aTooLargeFileADisguisedExecutableAnEmptyFileAndOneCutShortAreRefused() {
        byte[] large = new byte[documents.limits().maxSizeMb() * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        refused("groot.pdf", large, "document.tooLarge");
        refused("begroting.pdf", EXECUTABLE, "document.type.unknown");
        refused("leeg.pdf", new byte[0], "document.empty");
        refused("half verstuurd.pdf", java.util.Arrays.copyOf(PDF, PDF.length - 7), "document.malformed");
    }

    @Test
    void aRevisionCarriesItsDocumentsAndCannotTakeAnotherOrganisationsDocument() {
        long id = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Documenten " + UUID.randomUUID(),
                organisation.id(), new BigDecimal("1000.00"), new BigDecimal("1000.00"), null, LocalDate.now().plusWeeks(6),
                List.of("Lever de begroting aan")));
        String task = workflow.inbox(applicant).stream().filter(t -> t.businessKey().equals(String.valueOf(id))).findFirst().orElseThrow().id();
        Map<Long, String> answers = new HashMap<>();
        programmes.programme(applicant, id).conditions().forEach(c -> answers.put(c.id(), "Zie de bijlage"));
        DocumentView foreign = documents.store(otherApplicant, "programme:" + id, "vreemd.pdf", PDF);
        DocumentView own = documents.store(applicant, "programme:" + id, "begroting.pdf", PDF);

        assertThatThrownBy(() -> programmes.submitRevision(applicant, task, new RevisionSubmission(answers, null, null, List.of(foreign.id()))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(programmes.programme(officer, id).revisions()).isEmpty();

        programmes.submitRevision(applicant, task, new RevisionSubmission(answers, null, null, List.of(own.id())));
        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.revisions()).singleElement().satisfies(r ->
                assertThat(r.documents()).extracting(DocumentView::fileName, DocumentView::sha256)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("begroting.pdf", own.sha256())));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
