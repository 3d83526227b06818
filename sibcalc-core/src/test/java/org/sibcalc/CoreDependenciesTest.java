package org.sibcalc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An application that uses only sibcalc-core gets no Jackson, FastCSV, picocli, JFreeChart or Mustache
 * (README, "Using only the core").
 *
 * <p>This test's class path is everything Maven resolved for sibcalc-core, transitively: what the core passes
 * on to an application (its compile and runtime dependencies), and more (its provided and test ones). None of
 * those libraries is on it. And the poms pass on three libraries alone: moneta-core, ThreeTen-Extra and JSpecify's
 * nullness annotations (docs/api.md).
 */
class CoreDependenciesTest {

    /** A class of each library that the core must not bring. */
    private static final List<String> NOT_BROUGHT = List.of("com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.databind.ObjectMapper", "de.siegmar.fastcsv.reader.CsvReader", "picocli.CommandLine",
            "org.jfree.chart.JFreeChart", "org.jfree.svg.SVGGraphics2D", "com.samskivert.mustache.Mustache");

    @Test
    void nothingTheCoreBringsHoldsAFormatOrConsoleLibrary() {
        for (String name : NOT_BROUGHT) {
            assertThatExceptionOfType(ClassNotFoundException.class).as(name)
                    .isThrownBy(() -> Class.forName(name, false, getClass().getClassLoader()));
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).getFileName().toString());
        }
        // The class path is the real one, libraries and all: moneta-core is on it.
        assertThat(entries).anyMatch(name -> name.startsWith("moneta-core"));
        assertThat(entries).as("sibcalc-core's class path").noneMatch(name -> name.startsWith("jackson")
                || name.startsWith("fastcsv") || name.startsWith("picocli") || name.startsWith("jfreechart")
                || name.startsWith("org.jfree") || name.startsWith("jmustache"));
    }

    @Test
    void theCorePassesOnMonetaCoreThreeTenExtraAndJSpecifyAlone() throws Exception {
        // The tests run from the top of the checkout.
        assertThat(dependencies(Path.of("sibcalc-core", "pom.xml"), "compile", "runtime"))
                .containsExactlyInAnyOrder("org.javamoney.moneta:moneta-core", "org.threeten:threeten-extra",
                        "org.jspecify:jspecify");
        // Every module inherits the parent's dependencies: none of them is passed on.
        assertThat(dependencies(Path.of("pom.xml"), "compile", "runtime")).isEmpty();
        assertThat(dependencies(Path.of("pom.xml"), "provided", "test")).isNotEmpty();
    }

    /** The {@code groupId:artifactId} of the pom's own dependencies (not its managed ones) in these scopes. */
    private static List<String> dependencies(Path pom, String... scopes) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        List<String> found = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                String scope = text(dependency, "scope", "compile");
                if (List.of(scopes).contains(scope)) {
                    found.add(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""));
                }
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getNodeName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element parent, String name, String otherwise) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? otherwise : found.get(0).getTextContent().trim();
    }
}
