package dev.slate.fdx.internal;

import dev.slate.core.Problem;
import dev.slate.core.Screenplay;
import dev.slate.core.StyledText;
import dev.slate.core.TitlePage;
import dev.slate.core.ReadResult;
import dev.slate.fdx.FdxException;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole FDX document: checks its root, then reads Content and the title page. */
public final class DocumentReader {

    private final SafeXml xml;

    public DocumentReader(long maxBytes, int maxDepth) {
        this.xml = new SafeXml(maxBytes, maxDepth);
    }

    public ReadResult read(InputStream in) throws FdxException {
        XmlNode root = xml.read(in);
        if (!root.name.equals("FinalDraft")) {
            throw new FdxException("the root element is <" + root.name + ">, not <FinalDraft>: this XML is not a "
                    + "Final Draft file", root.line, root.column);
        }
        Optional<XmlNode> content = root.child("Content");
        if (content.isEmpty()) {
            throw new FdxException("the <FinalDraft> element holds no <Content>, so there is no script to read",
                    root.line, root.column);
        }
        List<Problem> problems = new ArrayList<>();
        root.attribute("DocumentType").filter(t -> !t.equalsIgnoreCase("Script")).ifPresent(t ->
                problems.add(Problem.warning(FdxCodes.NOT_A_SCRIPT, "the file's DocumentType is '" + t
                        + "', not 'Script'; read as a script", dev.slate.core.Location.source(root.line, root.column))));
        ContentReader reader = new ContentReader(new ElementStyles(root), problems);
        List<XmlNode> anchored = new ArrayList<>();
        root.child("ScriptNotes").ifPresent(n -> anchored.addAll(n.children("ScriptNote")));
        List<XmlNode> unanchored = new ArrayList<>();
        root.child("UnanchoredScriptNotes").ifPresent(n -> unanchored.addAll(n.children("ScriptNote")));
        reader.read(content.get(), anchored, unanchored);
        Screenplay play = new Screenplay(titlePage(root), reader.preamble, reader.scenes(), reader.cast);
        return new ReadResult(play, problems, reader.positions());
    }

    private static TitlePage titlePage(XmlNode root) {
        List<TitlePageLayout.Line> lines = new ArrayList<>();
        root.child("TitlePage").flatMap(t -> t.child("Content")).ifPresent(content -> {
            for (XmlNode p : content.children("Paragraph")) {
                StyledText text = Runs.read(p, "", true);
                lines.add(new TitlePageLayout.Line(text,
                        TitlePageLayout.Align.of(p.attribute("Alignment").orElse("Left"))));
            }
        });
        return TitlePageLayout.read(lines);
    }
}
