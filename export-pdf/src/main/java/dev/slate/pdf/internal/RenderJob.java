package dev.slate.pdf.internal;

import dev.slate.core.Screenplay;
import dev.slate.core.StyledText;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneLength;
import dev.slate.pdf.MissingGlyphException;
import dev.slate.pdf.PdfRenderException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/** One render: lays out the screenplay, draws every page into a new document, returns its bytes. */
public final class RenderJob {

    private static final float WATERMARK_GREY = 0.85f;

    private final Screenplay screenplay;
    private final Options options;
    private final Layout layout;
    private final Paper paper;
    private final PDPage[] headingPages;
    private final float[] headingTops;
    /** The revised print's pages, null for a plain print. */
    private final RevisedPages revised;
    /** The pages of the last render that may be written again as they were; null to draw every page. */
    private final PageMemory memory;

    private RenderJob(Screenplay screenplay, Layout layout, Options options, RevisedPages revised, PageMemory memory) {
        this.screenplay = revised != null ? revised.revised().printed() : screenplay;
        this.options = options;
        this.revised = revised;
        // a revised or lined page draws more than its lines show
        this.memory = revised == null && options.lined() == null ? memory : null;
        this.layout = revised != null ? revised.layout() : layout != null ? layout : options.paginator().paginate(screenplay);
        this.paper = this.layout.paper();
        this.headingPages = new PDPage[this.screenplay.scenes().size()];
        this.headingTops = new float[this.screenplay.scenes().size()];
    }

    /** The PDF of a screenplay. */
    public static PdfBytes render(Screenplay screenplay, Options options) {
        return new RenderJob(screenplay, null, options, null, null).render();
    }

    /**
     * The PDF of a screenplay laid out as {@code layout}, writing each script page that {@code memory}
     * kept from the last render as it was; the memory then keeps this render's pages.
     */
    public static PdfBytes render(Screenplay screenplay, Layout layout, Options options, PageMemory memory) {
        return new RenderJob(screenplay, layout, options, null, memory).render();
    }

    /** The PDF of a revised draft: its pages as {@code revised} lays and marks them. */
    public static PdfBytes render(RevisedPages revised, Options options) {
        return new RenderJob(null, null, options, revised, null).render();
    }

    private PdfBytes render() {
        try (PDDocument document = new PDDocument(); FontBook fonts = new FontBook(document, options);
             PageCompressor pages = new PageCompressor()) {
            if (memory != null) {
                memory.begin();
            }
            TextPainter painter = new TextPainter(fonts);
            if (TitlePageDrawer.printsAnything(screenplay.titlePage())
                    && (revised == null || !revised.changedPagesOnly())) {
                PDPage page = newPage(document);
                try (PDPageContentStream out = pages.open(document, page)) {
                    watermark(out, painter);
                    new TitlePageDrawer(painter, paper).draw(out,
                            revised != null ? revised.titlePage(screenplay.titlePage()) : screenplay.titlePage());
                }
            }
            TramlinePlan tramlines = options.lined() == null ? null
                    : TramlinePlan.of(screenplay, layout, options.lined().placement());
            TramlineDrawer drawer = tramlines == null ? null
                    : new TramlineDrawer(new GlyphForms(document, fonts, painter), options.lined().colours());
            FacingPageDrawer facing = tramlines != null && options.lined().facingPages()
                    ? new FacingPageDrawer(painter, paper) : null;
            for (int p = 0; p < layout.pageCount(); p++) {
                if (revised != null && !revised.prints(p)) {
                    continue;
                }
                Page page = layout.pages().get(p);
                if (facing != null) {
                    var facingPages = facing.pages(FacingPageDrawer.shots(tramlines.on(p)));
                    if ((document.getNumberOfPages() + facingPages.size()) % 2 != 0) {
                        // printed double-sided, the facing page must fall on a left-hand (even) page
                        try (PDPageContentStream out = pages.open(document, newPage(document))) {
                            watermark(out, painter);
                        }
                    }
                    for (var shots : facingPages) {
                        try (PDPageContentStream out = pages.open(document, newPage(document))) {
                            watermark(out, painter);
                            facing.draw(out, page.number(), shots);
                        }
                    }
                }
                PDPage pdfPage = newPage(document);
                PageMemory.Kept kept = memory == null ? null : memory.kept(page);
                Face[] faces = kept == null ? null : FontUses.faces(fonts, kept.uses());
                if (faces != null) {
                    pages.reuse(document, pdfPage, kept.content(), out -> FontUses.askAgain(out, faces, kept.uses()));
                } else {
                    FontUses uses = memory == null ? null : new FontUses();
                    painter.note(uses);
                    try (PDPageContentStream out = pages.open(document, pdfPage)) {
                        decorate(out, painter, page, revised != null ? revised.label(p) : page.numberLabel());
                        drawLines(out, painter, page);
                        if (revised != null) {
                            revised.draw(out, painter, paper, p);
                        }
                        if (drawer != null) {
                            drawer.draw(out, tramlines.on(p));
                        }
                    }
                    painter.note(null);
                    if (memory != null) {
                        memory.drew(pdfPage, uses);
                    }
                }
                noteHeadings(page, pdfPage);
            }
            pages.finish();
            if (document.getNumberOfPages() == 0) {
                newPage(document);
            }
            outline(document);
            information(document);
            fonts.subsetFonts(memory == null ? null : memory.subsets());
            PdfBytes bytes = new PdfBytes();
            // content streams are compressed; object streams would take a sixth longer to save a quarter of the size
            document.save(bytes, CompressParameters.NO_COMPRESSION);
            if (memory != null) {
                memory.end();
            }
            return bytes;
        } catch (IOException e) {
            throw new PdfRenderException("the PDF could not be written: " + e.getMessage(), e);
        } catch (PdfRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox fails with unchecked exceptions too (a font it cannot use); callers see ours only
            throw new PdfRenderException("the PDF could not be written: " + e, e);
        }
    }

    private PDPage newPage(PDDocument document) {
        PDPage page = new PDPage(new PDRectangle(Geometry.points(paper.width()), Geometry.points(paper.height())));
        document.addPage(page);
        return page;
    }

    /** The watermark beneath the text, the header with the page number, the footer: script pages only. */
    private void decorate(PDPageContentStream out, TextPainter painter, Page page, Optional<String> numberLabel)
            throws IOException {
        watermark(out, painter);
        float top = Geometry.baseline(paper, Paper.PAGE_NUMBER_TOP);
        if (options.header() != null) {
            try {
                painter.draw(out, StyledText.of(options.header()), Geometry.points(Paper.LEFT_MARGIN), top,
                        Geometry.FONT_SIZE, () -> "the header");
            } catch (MissingGlyphException e) {
                throw in(e, MissingGlyphException.Part.HEADER);
            }
        }
        if (numberLabel.isPresent()) {
            StyledText number = StyledText.of(numberLabel.get());
            float width = painter.width(number, Geometry.FONT_SIZE, () -> "the page number");
            painter.draw(out, number, Geometry.points(paper.rightEdge()) - width, top, Geometry.FONT_SIZE,
                    () -> "the page number");
        }
        if (options.footer() != null) {
            try {
                footer(out, painter);
            } catch (MissingGlyphException e) {
                throw in(e, MissingGlyphException.Part.FOOTER);
            }
        }
    }

    private void footer(PDPageContentStream out, TextPainter painter) throws IOException {
        StyledText footer = StyledText.of(options.footer());
        float width = painter.width(footer, Geometry.FONT_SIZE, () -> "the footer");
        float bottom = Geometry.baseline(paper, paper.height() - Paper.PAGE_NUMBER_TOP - Paper.LINE_HEIGHT);
        painter.draw(out, footer, Geometry.points(paper.width() / 2) - width / 2, bottom, Geometry.FONT_SIZE,
                () -> "the footer");
    }

    /** A missing character of an option's text, told as such. */
    private static MissingGlyphException in(MissingGlyphException e, MissingGlyphException.Part part) {
        return new MissingGlyphException(e.codePoint(), part, e.getMessage());
    }

    private void watermark(PDPageContentStream out, TextPainter painter) throws IOException {
        if (options.watermark() == null) {
            return;
        }
        try {
            drawWatermark(out, painter);
        } catch (MissingGlyphException e) {
            throw in(e, MissingGlyphException.Part.WATERMARK);
        }
    }

    /**
     * Light grey letters across the page from bottom left to top right, as large as fits, drawn as
     * shapes so that copying text out of the page gives the script alone.
     */
    private void drawWatermark(PDPageContentStream out, TextPainter painter) throws IOException {
        StyledText text = StyledText.of(options.watermark());
        float w = Geometry.points(paper.width());
        float h = Geometry.points(paper.height());
        double diagonal = Math.hypot(w, h);
        float unit = painter.width(text, 1, () -> "the watermark");
        float size = (float) Math.min(96, diagonal * 0.6 / Math.max(unit, 1));
        float width = unit * size;
        double angle = Math.atan2(h, w);
        out.saveGraphicsState();
        out.setNonStrokingColor(WATERMARK_GREY);
        out.setStrokingColor(WATERMARK_GREY);
        Matrix matrix = Matrix.getRotateInstance(angle, w / 2, h / 2);
        matrix.concatenate(Matrix.getTranslateInstance(-width / 2, -size / 3));
        out.transform(matrix);
        painter.drawShapes(out, text, 0, 0, size, () -> "the watermark");
        out.restoreGraphicsState();
    }

    private void drawLines(PDPageContentStream out, TextPainter painter, Page page) throws IOException {
        painter.begin(out);
        try {
            for (Line line : page.lines()) {
                float y = Geometry.rowBaseline(paper, line.row());
                float x = Geometry.points(line.x());
                if (line.align() != Line.Align.LEFT) {
                    float width = painter.width(line.text(), Geometry.FONT_SIZE, () -> where(page, line));
                    x -= line.align() == Line.Align.RIGHT ? width : width / 2;
                }
                painter.show(out, line.text(), x, y, Geometry.FONT_SIZE, () -> where(page, line));
            }
        } finally {
            painter.end(out); // also on failure, so that the page closes cleanly
        }
    }

    /** Where each scene's heading is first printed, for its bookmark. */
    private void noteHeadings(Page page, PDPage pdfPage) {
        for (Line line : page.lines()) {
            if (line.kind() == LineKind.SCENE_HEADING && headingPages[line.scene()] == null) {
                headingPages[line.scene()] = pdfPage;
                headingTops[line.scene()] = Geometry.rowBaseline(paper, line.row()) + Geometry.FONT_SIZE;
            }
        }
    }

    private String where(Page page, Line line) {
        String scene = line.scene() < 0 ? "the lines before the first scene"
                : "scene " + layout.scenes().get(line.scene()).number() + " ("
                + layout.scenes().get(line.scene()).heading() + ")";
        return scene + ", page " + page.number() + " line " + (line.row() + 1);
    }

    /**
     * One bookmark per scene: "12A. EXT. ALLEY - DAY". The outline joins the catalog before its items
     * do: PDFBox marks a dictionary added to a document by walking everything it links to, and a
     * finished outline links 20,000 items in one chain, deeper than the stack; added one by one,
     * each item is marked alone.
     */
    private void outline(PDDocument document) {
        if (layout.scenes().isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        for (SceneLength scene : layout.scenes()) {
            PDPage page = headingPages[scene.scene()];
            if (page == null) {
                continue;
            }
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop(Math.round(headingTops[scene.scene()]));
            destination.setLeft(0);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(scene.number() + ". " + scene.heading());
            item.setDestination(destination);
            outline.addLast(item);
        }
    }

    private void information(PDDocument document) {
        DocumentInfo.write(document.getDocumentInformation(), screenplay.titlePage(), options.creationDate());
        if (revised != null) {
            revised.describe(document.getDocumentInformation());
        }
        byte[] id = options.documentId() != null ? options.documentId() : contentId();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * A document ID that depends only on what the pages show, so that the same input gives the same
     * bytes: the CRC-32 and Adler-32 of that content and its length. A file's identifier, not a
     * security digest, which is why it is two checksums the JDK computes natively rather than a
     * cryptographic hash, whose provider set-up and cold code took 17 ms of a render that starts cold.
     */
    private byte[] contentId() {
        // gathered first and checked in large pieces: three small updates a line cost a cold run milliseconds
        PdfBytes shown = new PdfBytes();
        shown.write(paper.ordinal());
        if (options.lined() != null) { // a lined copy is another document than the plain script
            shown.write(("lined " + options.lined()).getBytes(StandardCharsets.UTF_8));
        }
        for (Page page : layout.pages()) {
            for (Line line : page.lines()) {
                shown.write(line.row());
                shown.write(line.kind().ordinal());
                shown.write(line.text().plain().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (var field : screenplay.titlePage().fields()) {
            shown.write((field.key() + ": " + field.plain() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (revised != null) {
            revised.writeShown(shown);
        }
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        try {
            shown.writeTo(new CheckedOutputStream(new CheckedOutputStream(OutputStream.nullOutputStream(), crc), adler));
        } catch (IOException e) {
            throw new UncheckedIOException("a checksum cannot fail to be written", e);
        }
        return ByteBuffer.allocate(16).putInt((int) crc.getValue()).putInt((int) adler.getValue())
                .putLong(shown.size()).array();
    }
}
