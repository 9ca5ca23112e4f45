package dev.slate.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The bill of materials lists every published module at the build's own version, and nothing else. */
class BomTest {

    /** Modules that are built but not published for users to depend on. */
    private static final List<String> UNPUBLISHED = List.of("slate-examples", "slate-benchmarks", "slate-bom");

    @Test
    void theBomListsEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document parent = read(Path.of("../pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        Map<String, String> published = new TreeMap<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String artifact = child(read(Path.of("..", modules.item(i).getTextContent().trim(), "pom.xml"))
                    .getDocumentElement(), "artifactId");
            if (!UNPUBLISHED.contains(artifact)) {
                published.put(artifact, version);
            }
        }

        Document bom = read(Path.of("../bom/pom.xml"));
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        Map<String, String> listed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("dev.slate");
            listed.put(child(dependency, "artifactId"), child(dependency, "version"));
        }
        assertThat(listed).isEqualTo(published);
    }

    @Test
    void theBomPinsItsPluginsAtTheParentsVersions() throws Exception {
        Map<String, String> bom = plugins(read(Path.of("../bom/pom.xml")));
        Map<String, String> parent = plugins(read(Path.of("../pom.xml")));
        assertThat(bom).isNotEmpty();
        bom.forEach((plugin, version) -> assertThat(parent).containsEntry(plugin, version));
    }

    private static Map<String, String> plugins(Document pom) {
        Map<String, String> versions = new TreeMap<>();
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList version = plugin.getElementsByTagName("version");
            if (version.getLength() > 0) {
                versions.put(child(plugin, "artifactId"), child(plugin, "version"));
            }
        }
        return versions;
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of an element's direct child of that name (not a nested one, such as the parent's version). */
    private static String child(Element element, String name) {
        List<String> found = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e.getTextContent().trim());
            }
        }
        assertThat(found).as(name + " of " + element.getTagName()).hasSize(1);
        return found.get(0);
    }
}
