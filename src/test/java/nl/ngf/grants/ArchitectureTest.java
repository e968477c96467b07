package nl.ngf.grants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.ngf.grants.identity.Actor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "nl.ngf.grants", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern MODULE = Pattern.compile("nl\\.ngf\\.grants\\.([a-z]+)(\\..*)?");

    /** The access-control test tries every entry point of every service that acts for a user: none is left out of it. */
    @ArchTest
    static void everyServiceThatActsForAUserIsInTheAccessControlTest(JavaClasses classes) {
        List<String> actingForAUser = classes.stream().filter(JavaClass::isInterface)
                .filter(type -> type.getMethods().stream().anyMatch(method -> method.getRawParameterTypes().stream()
                        .anyMatch(parameter -> parameter.isEquivalentTo(Actor.class))))
                .map(JavaClass::getName).toList();
        assertThat(actingForAUser).isNotEmpty();
        assertThat(AccessControlIT.SERVICES).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(actingForAUser);
    }

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("nl.ngf.grants.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingOutsideAModuleTouchesItsInternals = classes()
            .that().resideInAPackage("nl.ngf.grants..")
            .should(onlyUseInternalsOfTheirOwnModule());

    @ArchTest
    static final ArchRule onlyWorkflowAndProcessRoomsUseTheEngine = noClasses()
            .that().resideOutsideOfPackages("nl.ngf.grants.workflow..", "nl.ngf.grants.*.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule sharedDependsOnNoModule = noClasses()
            .that().resideInAPackage("nl.ngf.grants.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.ngf.grants.identity..", "nl.ngf.grants.programme..", "nl.ngf.grants.workflow..",
                    "nl.ngf.grants.web..", "nl.ngf.grants.database..", "nl.ngf.grants.demo..",
                    "nl.ngf.grants.partnership..", "nl.ngf.grants.funding..", "nl.ngf.grants.documents..", "nl.ngf.grants.audit..", "nl.ngf.grants.notification..");

    @ArchTest
    static final ArchRule delegatesAreNamedBeansInProcessRooms = classes()
            .that().implement(JavaDelegate.class)
            .should().resideInAPackage("nl.ngf.grants.*.process..")
            .andShould().haveSimpleNameEndingWith("Delegate")
            .andShould().beAnnotatedWith(Named.class);

    @ArchTest
    static final ArchRule theEngineApiIsUsedOnlyThroughTheWorkflowApiByWebBeans = noClasses()
            .that().resideInAPackage("nl.ngf.grants.*.web..")
            .should().dependOnClassesThat().resideInAPackage("nl.ngf.grants.workflow.internal..")
            .allowEmptyShould(true);

    /**
     * One clock: the time is read from the injected {@link java.time.Clock}, which follows the engine's (see
     * {@code workflow.EngineTime}), never from the system's own, so that what a service calls today and what the
     * engine calls due cannot disagree. Only the engine's clock itself reads the system's.
     */
    @ArchTest
    static final ArchRule theTimeIsReadFromTheOneClock = classes()
            .that().resideInAPackage("nl.ngf.grants..")
            .and().doNotHaveFullyQualifiedName("nl.ngf.grants.workflow.internal.EngineClock")
            .should(notReadTheSystemClock());

    /** Only the demo's history moves the application's clock; nothing else may, in production least of all. */
    @ArchTest
    static final ArchRule onlyTheDemoMovesTheClock = noClasses()
            .that().resideOutsideOfPackages("nl.ngf.grants.demo..", "nl.ngf.grants.workflow..")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.ngf.grants.workflow.EngineTime");

    private static ArchCondition<JavaClass> notReadTheSystemClock() {
        Set<String> moments = Set.of(Instant.class.getName(), LocalDate.class.getName(), LocalDateTime.class.getName(),
                LocalTime.class.getName(), ZonedDateTime.class.getName(), OffsetDateTime.class.getName(), Year.class.getName());
        return new ArchCondition<>("not read the system's clock") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaCall<?> call : origin.getCodeUnitCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
                    boolean systemClock = moments.contains(owner) && name.equals("now") && !parameters.contains(Clock.class.getName())
                            || owner.equals(Clock.class.getName()) && name.startsWith("system")
                            || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                            || owner.equals(Date.class.getName()) && name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
                    if (systemClock) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> onlyUseInternalsOfTheirOwnModule() {
        return new ArchCondition<>("only use the internal package of their own module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originModule = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.contains(".internal") && target.startsWith("nl.ngf.grants.")
                            && !module(target).equals(originModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String module(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : "";
    }
}
