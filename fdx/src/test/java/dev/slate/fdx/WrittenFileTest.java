package dev.slate.fdx;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.layout.Paginator;
import dev.slate.core.testing.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the writer writes, read by a second, independent reader (the JDK's DOM parser) and checked
 * by check-fdx, the shared tool that compares a file with what Final Draft writes and expects.
 */
class WrittenFileTest {

    static List<Path> corpus() {
        return SharedFolder.fountainScripts();
    }

    private static Document dom(byte[] fdx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(fdx));
    }

    /** The Type of each Paragraph child of Content, dual dialogue wrappers as "General[...]". */
    private static List<String> types(Document document) {
        List<String> types = new ArrayList<>();
        Element content = (Element) document.getDocumentElement().getElementsByTagName("Content").item(0);
        for (Node n = content.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && p.getTagName().equals("Paragraph")) {
                String type = p.getAttribute("Type");
                if (p.getElementsByTagName("DualDialogue").getLength() > 0) {
                    List<String> inner = new ArrayList<>();
                    Element dual = (Element) p.getElementsByTagName("DualDialogue").item(0);
                    for (Node q = dual.getFirstChild(); q != null; q = q.getNextSibling()) {
                        if (q instanceof Element e) {
                            inner.add(e.getAttribute("Type"));
                        }
                    }
                    type += inner;
                }
                types.add(type);
            }
        }
        return types;
    }

    @Test
    void aDomParserReadsTheParagraphTypesInOrder() throws Exception {
        Screenplay play = Screenplay.builder().title("ROOF").transition("FADE IN:")
                .scene("INT. SCHOOL ROOFTOP - DAY", s -> s.number("1")
                        .action("Wind.")
                        .shotHeading("CLOSE ON THE SHOE")
                        .dialogue("MRS. SHEN", "(softly)", "Lin Xiao.")
                        .dualDialogue(Dialogue.of("LIN XIAO", "Mom."), Dialogue.of("MRS. SHEN", "Home."))
                        .transition("CUT TO:"))
                .build();

        Document document = dom(FdxWriter.create().write(play));

        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("FinalDraft");
        assertThat(root.getAttribute("DocumentType")).isEqualTo("Script");
        assertThat(root.getAttribute("Version")).isEqualTo("6");
        assertThat(types(document)).containsExactly("Transition", "Scene Heading", "Action", "Shot", "Character",
                "Parenthetical", "Dialogue", "General[Character, Dialogue, Character, Dialogue]", "Transition");
        Element heading = (Element) root.getElementsByTagName("Paragraph").item(1);
        assertThat(heading.getAttribute("Number")).isEqualTo("1");
        Element properties = (Element) heading.getElementsByTagName("SceneProperties").item(0);
        // The length Slate's paginator gives: 15 lines of a 55-line page.
        assertThat(properties.getAttribute("Length")).isEqualTo("3/8")
                .isEqualTo(Paginator.builder().build().paginate(play).scenes().get(0).pages());
        assertThat(properties.getAttribute("Page")).isEqualTo("1");
        assertThat(root.getElementsByTagName("ElementSettings").getLength()).isGreaterThanOrEqualTo(9);
        assertThat(((Element) root.getElementsByTagName("PageSize").item(0)).getAttribute("Width")).isEqualTo("8.50");
        assertThat(new DualDialogue(Dialogue.of("LIN XIAO", "Mom."), Dialogue.of("MRS. SHEN", "Home.")))
                .isEqualTo(Shared.trip(play).scenes().get(0).elements().get(3));
    }

    @Test
    void theShotPlanAndCastAreScriptNotesInSlatesNotation() throws Exception {
        Screenplay play = Screenplay.builder().character("MRS. SHEN", "Lin Xiao's mother")
                .scene("EXT. ALLEY - DAY", s -> s.action("Leaves.").action("She stops.")
                        .shot("2B", shot -> shot.size("CU").lens(50).subjects("MRS. SHEN").covers(0, 1)))
                .build();

        Document document = dom(FdxWriter.create().write(play));

        List<String> notes = new ArrayList<>();
        var found = document.getElementsByTagName("ScriptNote");
        for (int i = 0; i < found.getLength(); i++) {
            notes.add(found.item(i).getTextContent().strip());
        }
        assertThat(notes).containsExactly("CAST: MRS. SHEN | Lin Xiao's mother", "SHOT 2B: CU, 50mm | MRS. SHEN",
                "END SHOT 2B");
        assertThat(Shared.trip(play)).isEqualTo(Shared.asFdxKeepsIt(play));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void checkFdxFindsNothingInTheCorpusConversions(Path file, @TempDir Path dir) throws Exception {
        Screenplay play = FountainReader.create().read(Files.readString(file)).screenplay();
        byte[] fdx = FdxWriter.create().write(play);
        dom(fdx);
        Path written = dir.resolve(file.getFileName().toString().replace(".fountain", ".fdx"));
        Files.write(written, fdx);

        assertThat(checkFdx(written)).endsWith(" 0 findings");
    }

    /** check-fdx's report; the test is skipped where Python 3 is not installed. */
    static String checkFdx(Path fdx) throws IOException, InterruptedException {
        Assumptions.assumeTrue(python(), "python3 runs check-fdx");
        Process process = new ProcessBuilder("python3", SharedFolder.tool("check-fdx").toString(), fdx.toString())
                .redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
