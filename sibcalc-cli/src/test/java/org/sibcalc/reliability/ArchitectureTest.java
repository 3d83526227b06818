package org.sibcalc.reliability;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.cli.SibcalcCommand;
import org.sibcalc.io.InputFiles;
import org.sibcalc.report.html.StatementHtml;
import org.sibcalc.testkit.Contracts;

/**
 * The layers, checked on the classes of every module's jar (their main classes only, wherever the build put
 * them): the core knows no file format and no other module; io knows neither the report nor the command line;
 * the report does not know the command line; the testkit knows the core alone; the core's packages depend
 * on each other one way; and no module uses a package that another does not export.
 *
 * <p>Each rule is also shown to fail, on a class in the test sources that breaks it
 * ({@code ArchitectureViolation} in {@code org.sibcalc.basics}, {@code org.sibcalc.io},
 * {@code org.sibcalc.report.html} and {@code org.sibcalc.testkit}): a rule that cannot fail checks nothing.
 */
class ArchitectureTest {

    /** Each module, by its directory, and one of its classes, which tells where the module's classes are. */
    private static final Map<String, Class<?>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("sibcalc-core", Calculation.class);
        MODULES.put("sibcalc-io", InputFiles.class);
        MODULES.put("sibcalc-report", StatementHtml.class);
        MODULES.put("sibcalc-cli", SibcalcCommand.class);
        MODULES.put("sibcalc-testkit", Contracts.class);
    }

    private static final String[] OUTSIDE_CORE = {"org.sibcalc.io..", "org.sibcalc.report..", "org.sibcalc.cli..",
            "org.sibcalc.testkit.."};

    /** The core: every sibcalc package but those of io, report, cli and the testkit. */
    private static final DescribedPredicate<JavaClass> CORE = resideInAPackage("org.sibcalc..")
            .and(resideOutsideOfPackages(OUTSIDE_CORE)).as("the core (org.sibcalc.. but io, report, cli, testkit)");

    /** The libraries of the file formats, the HTML page and the command line. */
    private static final String[] FORMAT_AND_CONSOLE_LIBRARIES = {"com.fasterxml.jackson..", "de.siegmar.fastcsv..",
            "picocli..", "org.jfree..", "com.samskivert.mustache.."};

    static final ArchRule CORE_KNOWS_NO_OTHER_MODULE_OR_FORMAT = noClasses().that(CORE).should()
            .dependOnClassesThat().resideInAnyPackage(concat(OUTSIDE_CORE, FORMAT_AND_CONSOLE_LIBRARIES))
            .because("the core knows no file format, clock or console, and no module above it");

    static final ArchRule CORE_USES_ONLY_ITS_LIBRARIES = classes().that(CORE).should().onlyDependOnClassesThat(
            CORE.or(resideInAnyPackage("java..", "javax.money..", "org.javamoney.moneta..", "org.threeten.extra..",
                    "org.jspecify.annotations..")))
            .because("sibcalc-core depends on moneta-core, ThreeTen-Extra and JSpecify's nullness annotations alone");

    static final ArchRule IO_KNOWS_NEITHER_REPORT_NOR_CLI = noClasses().that().resideInAPackage("org.sibcalc.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sibcalc.report..", "org.sibcalc.cli..");

    static final ArchRule REPORT_DOES_NOT_KNOW_CLI = noClasses().that().resideInAPackage("org.sibcalc.report..")
            .should().dependOnClassesThat().resideInAPackage("org.sibcalc.cli..");

    static final ArchRule TESTKIT_KNOWS_THE_CORE_ALONE = noClasses().that().resideInAPackage("org.sibcalc.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(
                    new String[] {"org.sibcalc.io..", "org.sibcalc.report..", "org.sibcalc.cli.."},
                    FORMAT_AND_CONSOLE_LIBRARIES))
            .because("sibcalc-testkit depends on sibcalc-core only");

    /**
     * The core's packages, lowest first; each may use only those below it:
     *
     * <pre>
     * basics  ←  contract, data (apart)  ←  measure  ←  payment  ←  org.sibcalc (Calculation, Statement)  ←  claim
     *            contract  ←  ledger (the payments made, an input of the payment rules)  ←  payment
     * basics, payment  ←  returns
     * </pre>
     */
    static final ArchRule CORE_PACKAGES_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("basics").definedBy("org.sibcalc.basics..")
            .layer("contract").definedBy("org.sibcalc.contract..")
            .layer("data").definedBy("org.sibcalc.data..")
            .layer("measure").definedBy("org.sibcalc.measure..")
            .layer("payment ledger").definedBy("org.sibcalc.ledger..")
            .layer("payment").definedBy("org.sibcalc.payment..")
            .layer("calculation").definedBy("org.sibcalc")
            .layer("claim checks").definedBy("org.sibcalc.claim..")
            .layer("returns").definedBy("org.sibcalc.returns..")
            .whereLayer("basics").mayNotAccessAnyLayer()
            .whereLayer("contract").mayOnlyAccessLayers("basics")
            .whereLayer("data").mayOnlyAccessLayers("basics")
            .whereLayer("measure").mayOnlyAccessLayers("basics", "contract", "data")
            .whereLayer("payment ledger").mayOnlyAccessLayers("basics", "contract")
            .whereLayer("payment").mayOnlyAccessLayers("basics", "contract", "data", "measure", "payment ledger")
            .whereLayer("calculation").mayOnlyAccessLayers("basics", "contract", "data", "measure", "payment ledger",
                    "payment")
            .whereLayer("claim checks").mayOnlyAccessLayers("basics", "contract", "data", "measure", "payment ledger",
                    "payment", "calculation")
            .whereLayer("returns").mayOnlyAccessLayers("basics", "payment");

    private static JavaClasses all;
    private static Map<String, String> moduleOfPackage;
    private static Map<String, Exports> exportsOfModule;

    @BeforeAll
    static void importEveryModule() throws IOException {
        Map<String, Location> locations = new LinkedHashMap<>();
        exportsOfModule = new HashMap<>();
        for (Map.Entry<String, Class<?>> module : MODULES.entrySet()) {
            locations.put(module.getKey(), locationOf(module.getValue()));
            exportsOfModule.put(module.getKey(),
                    Exports.read(Path.of(module.getKey(), "src/main/module/module-info.java")));
        }
        all = importer().importLocations(locations.values());
        moduleOfPackage = new HashMap<>();
        for (JavaClass c : all) {
            String uri = sameSpelling(c.getSource().orElseThrow(() -> new AssertionError(c + " has no source")).getUri());
            String module = locations.entrySet().stream().filter(l -> uri.startsWith(sameSpelling(l.getValue().asURI())))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new AssertionError(uri + " is in none of " + locations));
            String other = moduleOfPackage.put(c.getPackageName(), module);
            assertThat(other).as("package %s is in two modules", c.getPackageName()).isIn(null, module);
        }
        assertThat(moduleOfPackage.values()).containsAll(MODULES.keySet());
    }

    @Test
    void theCoreKnowsNoOtherModuleAndNoFileFormat() {
        CORE_KNOWS_NO_OTHER_MODULE_OR_FORMAT.check(all);
        CORE_USES_ONLY_ITS_LIBRARIES.check(all);
    }

    @Test
    void ioKnowsNeitherTheReportNorTheCommandLine() {
        IO_KNOWS_NEITHER_REPORT_NOR_CLI.check(all);
    }

    @Test
    void theReportDoesNotKnowTheCommandLine() {
        REPORT_DOES_NOT_KNOW_CLI.check(all);
    }

    @Test
    void theTestkitKnowsTheCoreAlone() {
        TESTKIT_KNOWS_THE_CORE_ALONE.check(all);
    }

    @Test
    void theCorePackagesDependOnEachOtherOneWay() {
        CORE_PACKAGES_ONE_WAY.check(all);
    }

    @Test
    void noModuleUsesAPackageAnotherDoesNotExport() {
        exportedPackagesOnly(moduleOfPackage, exportsOfModule).check(all);
    }

    @Test
    void everyModuleExportsPackagesItHas() {
        // The exports are read from the module-info files: a misread file would make the rule above vacuous.
        for (Map.Entry<String, Exports> module : exportsOfModule.entrySet()) {
            assertThat(module.getValue().toAll()).as(module.getKey()).isNotEmpty()
                    .allSatisfy(p -> assertThat(moduleOfPackage).containsEntry(p, module.getKey()));
        }
    }

    @Test
    void theApiTakesNoReadersBuffer() {
        // A method of the API for everyone takes records, Strings and numbers: the reader's way of passing an id
        // (a char[] slice of its buffer) belongs to the packages exported to sibcalc-io alone.
        assertThat(takingCharArrays(all)).as("public methods of exported packages taking a char[]").isEmpty();
    }

    /** The public and protected methods of public classes in packages exported to every module that take a char[]. */
    private static List<String> takingCharArrays(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            String module = moduleOfPackage.get(c.getPackageName());
            if (module == null || !exportsOfModule.get(module).toAll().contains(c.getPackageName())
                    || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                boolean visible = unit.getModifiers().contains(JavaModifier.PUBLIC)
                        || unit.getModifiers().contains(JavaModifier.PROTECTED);
                if (visible && unit.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(char[].class))) {
                    found.add(unit.getFullName());
                }
            }
        }
        return found;
    }

    // Each rule fails on a class that breaks it.

    @Test
    void theCoreRulesCatchACorePackageUsingIoJacksonOrPicocli() {
        JavaClasses violation = importer().importClasses(org.sibcalc.basics.ArchitectureViolation.class);
        assertFails(CORE_KNOWS_NO_OTHER_MODULE_OR_FORMAT, violation, "org.sibcalc.io.InputFiles",
                "com.fasterxml.jackson.databind.ObjectMapper", "picocli.CommandLine");
        assertFails(CORE_USES_ONLY_ITS_LIBRARIES, violation, "com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void theLayerRuleCatchesALowerPackageUsingAHigherOne() {
        // With the core's own classes, so that no layer is empty.
        JavaClasses violation = withViolation(org.sibcalc.basics.ArchitectureViolation.class, Calculation.class);
        assertFails(CORE_PACKAGES_ONE_WAY, violation, "org.sibcalc.ledger.PaymentLedger", "org.sibcalc.Calculation");
    }

    @Test
    void theBufferRuleCatchesAnExportedMethodTakingACharArray() {
        JavaClasses violation = importer().importClasses(org.sibcalc.io.ArchitectureViolation.class);
        assertThat(takingCharArrays(violation))
                .containsExactly("org.sibcalc.io.ArchitectureViolation.add([C, int, int)");
    }

    @Test
    void theIoRuleCatchesIoUsingTheReportOrTheCommandLine() {
        JavaClasses violation = importer().importClasses(org.sibcalc.io.ArchitectureViolation.class);
        assertFails(IO_KNOWS_NEITHER_REPORT_NOR_CLI, violation, "org.sibcalc.cli.SibcalcCommand",
                "org.sibcalc.report.html.StatementHtml");
    }

    @Test
    void theReportRuleCatchesTheReportUsingTheCommandLine() {
        JavaClasses violation = importer().importClasses(org.sibcalc.report.html.ArchitectureViolation.class);
        assertFails(REPORT_DOES_NOT_KNOW_CLI, violation, "org.sibcalc.cli.SibcalcCommand");
    }

    @Test
    void theTestkitRuleCatchesTheTestkitUsingIo() {
        JavaClasses violation = importer().importClasses(org.sibcalc.testkit.ArchitectureViolation.class);
        assertFails(TESTKIT_KNOWS_THE_CORE_ALONE, violation, "org.sibcalc.io.InputFiles");
    }

    @Test
    void theExportsRuleCatchesAModuleUsingAPackageThatIsNotExported() {
        // The real classes, with the core exporting one package fewer: io's use of org.sibcalc.basics is caught.
        Map<String, Exports> fewer = new HashMap<>(exportsOfModule);
        Exports core = fewer.get("sibcalc-core");
        fewer.put("sibcalc-core", core.without("org.sibcalc.basics"));
        assertFails(exportedPackagesOnly(moduleOfPackage, fewer), all, "org.sibcalc.basics");
        // And a package exported only to another module is not for the rest.
        fewer.put("sibcalc-core", core.without("org.sibcalc.basics").withQualified("org.sibcalc.basics",
                Set.of("org.sibcalc.testkit")));
        assertFails(exportedPackagesOnly(moduleOfPackage, fewer), all, "org.sibcalc.io");
    }

    /** The classes of a module, given by one of them, and the class that breaks a rule. */
    private static JavaClasses withViolation(Class<?> violation, Class<?> module) {
        List<Location> locations = new ArrayList<>();
        locations.add(locationOf(module));
        try {
            locations.add(Location.of(violation.getResource(violation.getSimpleName() + ".class").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        JavaClasses classes = importer().importLocations(locations);
        assertThat(classes.contain(violation)).isTrue();
        return classes;
    }

    private static void assertFails(ArchRule rule, JavaClasses classes, String... named) {
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(named);
    }

    /**
     * Every dependency of a module's class on another module's class is on a package that the other module
     * exports, to every module or to this one.
     */
    static ArchRule exportedPackagesOnly(Map<String, String> moduleOfPackage, Map<String, Exports> exportsOfModule) {
        Map<String, String> moduleName = new HashMap<>();
        exportsOfModule.forEach((module, exports) -> moduleName.put(module, exports.module()));
        return classes().should(new ArchCondition<JavaClass>("use only the exported packages of other modules") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOfPackage.get(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getBaseComponentType().getPackageName();
                    String to = moduleOfPackage.get(target);
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    boolean exported = exportsOfModule.get(to).isExportedTo(target, moduleName.get(from));
                    if (!exported) {
                        events.add(SimpleConditionEvent.violated(d, to + " does not export " + target + " to "
                                + from + ": " + d.getDescription()));
                    }
                }
            }
        });
    }

    /** The packages a module-info.java exports: to every module, or only to the modules named. */
    record Exports(String module, Set<String> toAll, Map<String, Set<String>> qualified) {

        private static final Pattern MODULE = Pattern.compile("\\bmodule\\s+([\\w.]+)\\s*\\{");
        private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*(?:to\\s+([\\w.,\\s]+))?;");

        static Exports read(Path moduleInfo) throws IOException {
            // Comments could hold the words: leave them out first.
            String text = Files.readString(moduleInfo).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher module = MODULE.matcher(text);
            assertThat(module.find()).as("%s names its module", moduleInfo).isTrue();
            Set<String> toAll = new TreeSet<>();
            Map<String, Set<String>> qualified = new HashMap<>();
            Matcher exports = EXPORTS.matcher(text);
            while (exports.find()) {
                if (exports.group(2) == null) {
                    toAll.add(exports.group(1));
                } else {
                    qualified.put(exports.group(1), Set.of(exports.group(2).trim().split("\\s*,\\s*")));
                }
            }
            return new Exports(module.group(1), toAll, qualified);
        }

        boolean isExportedTo(String pkg, String module) {
            return toAll.contains(pkg) || qualified.getOrDefault(pkg, Set.of()).contains(module);
        }

        Exports without(String pkg) {
            return new Exports(module, toAll.stream().filter(p -> !p.equals(pkg)).collect(Collectors.toSet()),
                    qualified);
        }

        Exports withQualified(String pkg, Set<String> modules) {
            Map<String, Set<String>> more = new HashMap<>(qualified);
            more.put(pkg, modules);
            return new Exports(module, toAll, more);
        }
    }

    private static ClassFileImporter importer() {
        // The descriptor is no class: it would count as a class of the unnamed package.
        return new ClassFileImporter().withImportOption(location -> !location.contains("module-info"));
    }

    /** A URI as text, {@code file:///} and {@code file:/} spelt alike. */
    private static String sameSpelling(URI uri) {
        return uri.toString().replace("file:///", "file:/");
    }

    /** Where a module's classes are: its classes folder in the build, or its jar. */
    private static Location locationOf(Class<?> c) {
        try {
            Path path = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(path) ? Location.of(path) : Location.of(new JarFile(path.toFile()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
