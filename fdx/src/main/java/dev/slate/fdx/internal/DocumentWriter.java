package dev.slate.fdx.internal;

import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneLength;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a whole FDX document: the root with its Version, Content, the title page, the page layout
 * and the element settings, in the order Final Draft 13 writes them.
 */
public final class DocumentWriter {

    /** Final Draft 13's format version; see docs/fdx.md for why. */
    public static final String VERSION = "6";

    private final Paper paper;

    public DocumentWriter(Paper paper) {
        this.paper = paper;
    }

    /** The document as UTF-8 bytes. */
    public byte[] write(Screenplay play) {
        List<SceneLength> lengths = lengths(play);
        List<ParagraphOut> paragraphs = ContentWriter.paragraphs(play, lengths);
        XmlOut out = new XmlOut(4096 + paragraphs.size() * 160);
        out.open("FinalDraft").attribute("DocumentType", "Script").attribute("Template", "No")
                .attribute("Version", VERSION);
        out.open("Content");
        for (ParagraphOut p : paragraphs) {
            ParagraphWriter.write(out, p);
        }
        out.close("Content");
        pageLayout(out);
        ElementSpecs.write(out, ElementSpecs.specs(deepestSection(play)), paper);
        List<TitlePageLayout.Line> title = TitlePageLayout.lines(play.titlePage());
        if (!title.isEmpty()) {
            out.open("TitlePage").open("Content");
            for (TitlePageLayout.Line line : title) {
                ParagraphWriter.titleLine(out, line);
            }
            out.close("Content").close("TitlePage");
        }
        out.close("FinalDraft");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<SceneLength> lengths(Screenplay play) {
        Layout layout = Paginator.builder().paper(paper).build().paginate(play);
        return layout.scenes();
    }

    private void pageLayout(XmlOut out) {
        out.open("PageLayout").attribute("BackgroundColor", "#FFFFFFFFFFFF").attribute("BottomMargin", "72")
                .attribute("BreakDialogueAndActionAtSentences", "Yes").attribute("DocumentLeading", "Normal")
                .attribute("FooterMargin", "36").attribute("ForegroundColor", "#000000000000")
                .attribute("HeaderMargin", "36").attribute("InvisiblesColor", "#A0A0A0A0A0A0")
                .attribute("TopMargin", "72").attribute("UsesSmartQuotes", "Yes");
        out.open("PageSize").attribute("Height", ElementSpecs.inches(paper.height()))
                .attribute("Width", ElementSpecs.inches(paper.width())).end();
        out.close("PageLayout");
    }

    private static int deepestSection(Screenplay play) {
        int deepest = deepest(play.preamble());
        for (Scene scene : play.scenes()) {
            deepest = Math.max(deepest, deepest(scene.elements()));
        }
        return deepest;
    }

    private static int deepest(List<Element> elements) {
        int deepest = 0;
        for (Element element : elements) {
            if (element instanceof Section section) {
                deepest = Math.max(deepest, section.level());
            }
        }
        return deepest;
    }
}
