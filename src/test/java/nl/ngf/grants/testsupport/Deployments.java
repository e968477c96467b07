package nl.ngf.grants.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR Maven built, exactly as it ships, plus the test classes an in-container test needs. Its
 * name differs from the application's, so it never clashes with an app left by `liberty:run`.
 */
public final class Deployments {

    public static final String NAME = "ngf-grants-it.war";

    private static final String RUNNER_OPEN = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillianRunnerOpen</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A benchmark that builds awarded, allocated programmes through the services ({@link BenchmarkProgrammes}). */
    public static WebArchive benchmarkOnProgrammes(Class<?> benchmark) {
        return application(benchmark, ItDatabase.class, AwardInFull.class, BenchmarkOutput.class, BenchmarkProgrammes.class,
                LoggedInHttp.class);
    }

    public static WebArchive application(Class<?>... testClasses) {
        File war = new File(System.getProperty("ngf.it.war", "target/ngf-grants.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
        archive.addClasses(testClasses);
        if (testClasses.length > 0) {
            // In-container tests assert with AssertJ and wait with Awaitility (which needs Hamcrest).
            archive.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
            archive.addAsLibrary(jarOf(org.awaitility.Awaitility.class));
            archive.addAsLibrary(jarOf(org.hamcrest.Matcher.class));
            archive.addClass(Waiting.class);
            archive.addClass(ServerDatabase.class);
            archive.addClasses(HeldTransaction.class, HeldTransaction.Raced.class);
            archive.addClass(SampleFiles.class);
        }
        // Arquillian's in-container runner must be reachable without the application's login.
        archive.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        return archive;
    }
}
