package nl.ngf.grants.documents.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import nl.ngf.grants.documents.DocumentContent;
import nl.ngf.grants.documents.DocumentReaders;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultDocumentService implements DocumentService {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @jakarta.inject.Inject
    nl.ngf.grants.audit.AuditTrail audit;

    @Inject
    @ConfigProperty(name = "ngf.documents.max-size-mb", defaultValue = "10")
    int maxSizeMb;

    @Inject
    @ConfigProperty(name = "ngf.documents.allowed-types", defaultValue = "pdf,docx,xlsx,odt,ods,png,jpg")
    String allowedTypes;

    DocumentPolicy policy;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** Who else the modules whose records hold documents let read them. */
    @Inject
    Instance<DocumentReaders> readers;

    @PostConstruct
    void init() {
        // The server takes no file larger than the upload's multipart limit (web.xml, 50 MB): a limit above it is not kept.
        Settings.requireBetween("ngf.documents.max-size-mb", maxSizeMb, 1, 50);
        policy = new DocumentPolicy(maxSizeMb * 1024L * 1024L, DocumentPolicy.types(allowedTypes));
    }

    /** Made at the start-up, so that an upload setting the policy cannot keep stops it (see {@link #init}), not the first upload. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start-up creates this bean, and so runs init().
    }

    @Override
    public UploadLimits limits() {
        return new UploadLimits(policy.allowed().stream().map(DocumentPolicy.FileType::extension).sorted().toList(), maxSizeMb);
    }

    @Override
    public DocumentView store(Actor uploader, String subject, String fileName, byte[] content) {
        if (!uploader.hasRole(Role.APPLICANT) || uploader.organisationId() == null) {
            throw new NotAllowedException("access.notAllowed");
        }
        DocumentPolicy.Accepted accepted = policy.check(fileName, content);
        Document document = new Document(uploader.organisationId(), subject, accepted.fileName(), accepted.type().contentType(),
                content.length, sha256(content), uploader.username(), clock.instant());
        em.persist(document);
        em.persist(new DocumentBlob(document.id, content.clone()));
        DocumentView view = document.view();
        audit.record(uploader.username(), "document.stored", "document", view.id(),
                "subject=" + subject + "; file=" + view.fileName() + "; size=" + view.size() + "; sha256=" + view.sha256());
        return view;
    }

    @Override
    public List<DocumentView> documents(Actor reader, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> found = em.createQuery("select d from Document d where d.id in :ids order by d.uploadedAt, d.id", Document.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.size() || !found.stream().allMatch(d -> mayRead(reader, d))) {
            throw new NotAllowedException("document.notFound");
        }
        return found.stream().map(Document::view).toList();
    }

    @Override
    public DocumentContent download(Actor reader, long id) {
        Document document = em.find(Document.class, id);
        if (document == null || !mayRead(reader, document)) {
            throw new NotAllowedException("document.notFound");
        }
        DocumentBlob blob = em.find(DocumentBlob.class, id);
        if (!sha256(blob.content).equals(document.sha256)) {
            // A stored document never changes; a different checksum means the database was altered.
            throw new DomainException("document.corrupt");
        }
        return new DocumentContent(document.view(), blob.content);
    }

    private boolean mayRead(Actor reader, Document document) {
        return reader.mayRead(document.organisationId)
                || readers.stream().anyMatch(other -> other.mayRead(reader, document.subject, document.id));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
