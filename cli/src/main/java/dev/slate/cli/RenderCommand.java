package dev.slate.cli;

import dev.slate.core.Screenplay;
import dev.slate.core.layout.Paginator;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.cli.internal.Terminal;
import dev.slate.docx.DocxShotListRenderer;
import dev.slate.docx.DocxStoryboardSheetRenderer;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import dev.slate.docx.XlsxShotListRenderer;
import dev.slate.pdf.MissingGlyphException;
import dev.slate.pdf.PdfRenderException;
import dev.slate.pdf.PdfScreenplayRenderer;
import dev.slate.pdf.RevisionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** {@code slate render}: a screenplay PDF, a shot-list DOCX and a CSV from Fountain scripts. */
@Command(name = "render", addMethodSubcommands = false,
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Render scripts to a screenplay PDF, a shot list (DOCX, XLSX, CSV) and storyboards.",
                "With no output option, writes SCRIPT.pdf beside each script. FILE - writes to standard "
                        + "output; a character device or a FIFO is written into, never replaced. The outputs "
                        + "of a script are written in full first and then moved into place together, so a "
                        + "failure leaves no partial file and keeps every earlier one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error",
                "3:a script cannot be read or an output cannot be written, or no font can draw a character"})
final class RenderCommand implements Callable<Integer> {

    private static final String BESIDE_SCRIPT = OutputPlan.BESIDE_SCRIPT;

    @Spec
    CommandSpec spec;

    /** Where {@code -} outputs go. */
    private final OutputStream standardOutput;

    /** For tools that make commands by reflection, such as picocli's completion generator. */
    RenderCommand() {
        this(System.out);
    }

    RenderCommand(OutputStream standardOutput) {
        this.standardOutput = standardOutput;
    }

    @Parameters(arity = "1..*", paramLabel = "SCRIPT", description = "Fountain (.fountain) or Final Draft (.fdx) files to render.")
    List<Path> scripts;

    @Option(names = "--pdf", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the screenplay PDF (default: SCRIPT.pdf beside the script).")
    String pdf;

    @Option(names = "--shotlist", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as DOCX (default: SCRIPT-shotlist.docx beside the script).")
    String shotlist;

    @Option(names = "--csv", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as CSV (default: SCRIPT-shotlist.csv beside the script).")
    String csv;

    @Option(names = "--xlsx", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as an Excel workbook (default name: SCRIPT-shotlist.xlsx).")
    String xlsx;

    @Option(names = "--storyboards", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the storyboard sheet as DOCX: 6 frames a page, empty ones to sketch in "
                    + "(default name: SCRIPT-storyboards.docx).")
    String storyboards;

    @Option(names = "--csv-bom", negatable = true, fallbackValue = "true", arity = "0..1",
            paramLabel = "BOOL", description = "Start the CSV with a UTF-8 byte order mark, which Excel and Calc "
                    + "need to read UTF-8 (default: true; --csv-bom=false to omit it).")
    boolean csvBom = true;

    @Option(names = "--title", paramLabel = "TEXT", description = "Shot-list title (default: the title page's).")
    String title;

    @Option(names = "--unit", paramLabel = "TEXT", description = "Shot-list episode or unit, e.g. '2nd unit'.")
    String unit;

    @Option(names = "--director", paramLabel = "NAME", description = "Shot-list director line.")
    String director;

    @Option(names = "--dp", paramLabel = "NAME", description = "Shot-list director of photography line.")
    String dp;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
            description = "Shoot date, on the shot list's title block and every page header.")
    java.time.LocalDate date;

    @Option(names = "--revision", paramLabel = "NAME",
            description = "The draft or revision, e.g. Blue, on the shot list's title block and every page header; "
                    + "with --revised-from, the revision in the PDF's headers (a colour or any label).")
    String revision;

    @Mixin
    BoardOptions boards = new BoardOptions();

    @Mixin
    RevisionPrintOptions revisions = new RevisionPrintOptions();

    @Option(names = "--force", description = "Replace an output file even when it is read-only.")
    boolean force;

    @Mixin
    PaperOption paper = new PaperOption();

    @Option(names = "--scene-numbers", converter = Converters.SceneNumberPositionConverter.class,
            paramLabel = "WHERE", description = "none, left, right or both (default: none).")
    SceneNumberPosition sceneNumbers = SceneNumberPosition.NONE;

    @Option(names = "--bold-headings", description = "Print scene headings in bold.")
    boolean boldHeadings;

    @Option(names = "--underline-headings", description = "Underline scene headings.")
    boolean underlineHeadings;

    @Option(names = "--notes", description = "Print notes, sections and synopses (hidden by default).")
    boolean notes;

    @Option(names = "--continued", description = "Print (CONTINUED) and CONTINUED: where a scene crosses a page.")
    boolean continued;

    @Option(names = "--scene-per-page", description = "Start each scene on a new page.")
    boolean scenePerPage;

    @Option(names = "--font", paramLabel = "FONT",
            description = {"The font family to embed instead of Courier Prime: a font file (.ttf, .otf, .ttc) whose "
                    + "bold and italic files are found beside it by name, four files REGULAR,BOLD,ITALIC,BOLDITALIC, "
                    + "or an installed family's name. A missing face is drawn synthetically, with a warning.",
                    "standard-courier: the standard Courier fonts, not embedded (the smallest files)."})
    String font;

    @Option(names = "--fallback-font", paramLabel = "FONT",
            description = "A font family for characters the main font lacks, given as for --font (repeatable; "
                    + "tried in order, before the installed fonts).")
    List<String> fallbackFonts = new ArrayList<>();

    @Option(names = "--watermark", paramLabel = "TEXT",
            description = "Light grey diagonal text on every page, e.g. a recipient's name.")
    String watermark;

    @Option(names = "--header", paramLabel = "TEXT", description = "Text at the top of every script page.")
    String header;

    @Option(names = "--footer", paramLabel = "TEXT", description = "Text at the foot of every script page.")
    String footer;

    @Option(names = "--order", converter = Converters.OrderConverter.class,
            paramLabel = "ORDER", description = "Shot-list order: script, setup (grouped by camera setup "
                    + "within each scene) or day (by shooting day, as the script's [[DAY ...]] notes plan them) "
                    + "(default: script).")
    ShotListOrder order = ShotListOrder.SCRIPT;

    @Option(names = "--columns", converter = Converters.ColumnsConverter.class, paramLabel = "LIST",
            description = "Shot-list columns in order, comma-separated, from: tick, shot, size, framing, angle, "
                    + "movement, lens, subjects, description, setup, setup-minutes, minutes, audio, gear, props, "
                    + "fps, vfx, screen, camera, priority, status, cast-numbers, page, notes, storyboard (default: "
                    + "all but gear, props, fps, vfx, screen, camera, priority, status, cast-numbers, page and "
                    + "storyboard).")
    List<ShotListColumn> columns;

    @Mixin
    LinedOptions lined = new LinedOptions();

    @Mixin
    DebugOption debug = new DebugOption();

    @Mixin
    SchedulePaperOptions papers = new SchedulePaperOptions();

    /** The previous draft and how to print the revision, read once by {@link #jobs()}; null for a plain print. */
    private Script previousDraft;
    private RevisionOptions revisionPrint;

    @Override
    public Integer call() {
        return call(spec.commandLine().getErr());
    }

    /** Renders every script; progress and warnings go to {@code err}. Returns the exit code. */
    int call(PrintWriter err) {
        List<OutputPlan.Job> jobs = jobs();
        boolean progress = jobs.size() > 1 && System.console() != null;
        PdfScreenplayRenderer renderer = pdfRenderer(err);
        for (int i = 0; i < jobs.size(); i++) {
            if (progress) {
                err.printf("[%d/%d] %s%n", i + 1, jobs.size(), Terminal.line(jobs.get(i).input().toString()));
                err.flush();
            }
            render(jobs.get(i), renderer, err);
        }
        return ExitCodes.OK;
    }

    /** Every script and where its outputs go, checked before anything is written. */
    List<OutputPlan.Job> jobs() {
        papers.checkNames(scripts.size());
        // Only the schedule's papers asked for: no default PDF.
        List<OutputPlan.Job> jobs = papers.any() && pdf == null && shotlist == null && csv == null && xlsx == null
                && storyboards == null
                ? scripts.stream().map(s -> new OutputPlan.Job(s, null, null, null, null, null)).toList()
                : OutputPlan.plan(scripts, pdf, shotlist, csv, xlsx, storyboards, force);
        revisions.check(scripts, jobs);
        if (revisions.active()) {
            revisionPrint = revisions.options(revision, LocalDate.now());
            previousDraft = Script.read(revisions.previous);
        }
        return jobs;
    }

    /** The PDF renderer for these options, built once for every script of the run; warnings go to {@code err}. */
    PdfScreenplayRenderer pdfRenderer(PrintWriter err) {
        PdfScreenplayRenderer.Builder pdfBuilder = PdfScreenplayRenderer.builder()
                .warnings(warning -> {
                    err.println("slate: warning: " + Terminal.line(warning));
                    err.flush();
                })
                .paginator(Paginator.builder()
                        .paper(paper.paper)
                        .sceneNumbers(sceneNumbers)
                        .boldHeadings(boldHeadings)
                        .underlinedHeadings(underlineHeadings)
                        .printNotes(notes)
                        .printSections(notes)
                        .printSynopses(notes)
                        .continuedMarkers(continued)
                        .scenePerPage(scenePerPage)
                        .build());
        lined.apply(pdfBuilder);
        if (watermark != null) {
            pdfBuilder.watermark(watermark);
        }
        if (header != null) {
            pdfBuilder.header(header);
        }
        if (footer != null) {
            pdfBuilder.footer(footer);
        }
        if (FontOption.STANDARD_COURIER.equals(font)) {
            pdfBuilder.standardCourier();
        } else if (font != null) {
            pdfBuilder.font(FontOption.family("--font", font));
        }
        for (String fallback : fallbackFonts) {
            pdfBuilder.fallbackFont(FontOption.family("--fallback-font", fallback));
        }
        return pdfBuilder.build();
    }

    /** Every output of one script, replaced together or not at all. */
    private void render(OutputPlan.Job job, PdfScreenplayRenderer pdfRenderer, PrintWriter err) {
        render(job, Script.read(job.input()), pdfRenderer, err);
    }

    /** Every output of a script already read, replaced together or not at all; problems and warnings go to {@code err}. */
    void render(OutputPlan.Job job, Script script, PdfScreenplayRenderer pdfRenderer, PrintWriter err) {
        render(job, script, pdfRenderer, pdfRenderer::render, () -> true, err);
    }

    /**
     * Every output of a script already read, the plain PDF written by {@code plainPdf}; the outputs are
     * put in place together if {@code current} still holds once all are written, else none is.
     *
     * @return whether the outputs were put in place
     */
    boolean render(OutputPlan.Job job, Script script, PdfScreenplayRenderer pdfRenderer,
                   BiConsumer<Screenplay, OutputStream> plainPdf, BooleanSupplier current, PrintWriter err) {
        Path input = job.input();
        script.problems().forEach(p -> err.println(Terminal.line(script.format(p))));
        err.flush();
        boolean shotList = job.docx() != null || job.csv() != null || job.xlsx() != null;
        if (shotList && order == ShotListOrder.DAY && ScheduleNotes.read(script.screenplay()).schedule().isEmpty()) {
            throw UserError.usage(input + ": --order day needs shooting days in the script; plan them as"
                    + " [[DAY 1: ...]] notes, or propose them with 'slate schedule " + input
                    + " --propose --into NEW.fountain'");
        }
        // The shot list's scene lengths are those of the PDF printed with the same options.
        ShotList.PageEighths lengths = measuredOnce(ShotList.PageEighths.paginated(pdfRenderer.paginator()));
        try (Outputs outputs = new Outputs(standardOutput)) {
            if (job.pdf() != null) {
                outputs.add(job.pdf(), out -> {
                    try {
                        if (previousDraft != null) {
                            pdfRenderer.renderRevision(previousDraft.screenplay(), script.screenplay(), revisionPrint,
                                    out);
                        } else {
                            plainPdf.accept(script.screenplay(), out);
                        }
                    } catch (MissingGlyphException e) {
                        throw UserError.io(missingGlyph(script, e), e);
                    } catch (PdfRenderException e) {
                        throw UserError.io(input + ": " + e.getMessage(), e);
                    }
                });
            }
            ShotListOptions list = shotListOptions(lengths);
            if (job.docx() != null || job.sheet() != null) {
                StoryboardSource source = boards.source(input);
                // Each board that cannot be shown is a warning at its shot; the list is still written.
                Consumer<StoryboardProblem> warn = p -> err.println(Terminal.line(
                        script.format(BoardOptions.problem(script.sources(), p))));
                Paper docxPaper = paper.paper;
                if (job.docx() != null) {
                    byte[] bytes = DocxShotListRenderer.builder().paper(docxPaper).options(list).storyboards(source)
                            .maxBoardPixels(boards.maxPixels).boardProblems(warn).build().render(script.screenplay());
                    outputs.add(job.docx(), out -> out.write(bytes));
                }
                if (job.sheet() != null) {
                    byte[] bytes = DocxStoryboardSheetRenderer.builder().paper(docxPaper).options(list)
                            .storyboards(source).maxBoardPixels(boards.maxPixels)
                            .boardProblems(job.docx() == null ? warn : p -> { }).build().render(script.screenplay());
                    outputs.add(job.sheet(), out -> out.write(bytes));
                }
                err.flush();
            }
            if (job.csv() != null) {
                CsvShotListWriter writer = CsvShotListWriter.builder().options(list).byteOrderMark(csvBom).build();
                outputs.add(job.csv(), out -> writer.write(script.screenplay(), out));
            }
            if (job.xlsx() != null) {
                byte[] bytes = XlsxShotListRenderer.builder().options(list).build().render(script.screenplay());
                outputs.add(job.xlsx(), out -> out.write(bytes));
            }
            papers.add(script, paper.paper,
                    force, outputs);
            if (!current.getAsBoolean()) {
                return false;
            }
            outputs.commit();
            return true;
        }
    }

    /** Lengths that paginate a screenplay once for every shot-list output of a render, not once each. */
    private static ShotList.PageEighths measuredOnce(ShotList.PageEighths lengths) {
        return new ShotList.PageEighths() {
            private Screenplay measured;
            private ShotList.SceneLengths result;

            @Override
            public List<Integer> of(Screenplay screenplay) {
                return measure(screenplay).eighths();
            }

            @Override
            public ShotList.SceneLengths measure(Screenplay screenplay) {
                if (screenplay != measured) {
                    result = lengths.measure(screenplay);
                    measured = screenplay;
                }
                return result;
            }
        };
    }

    /** What every shot-list format of this run shows. */
    private ShotListOptions shotListOptions(ShotList.PageEighths lengths) {
        ShotListOptions.Builder list = ShotListOptions.builder().order(order).pageEighths(lengths).title(title)
                .unit(unit).director(director).dp(dp).date(date).revision(revision);
        if (columns != null) {
            list.columns(columns);
        }
        return list.build();
    }

    /** Where the character is (the script's line and column, or the option whose text has it) and the remedy. */
    private static String missingGlyph(Script script, MissingGlyphException e) {
        int codePoint = e.codePoint();
        String where = switch (e.part()) {
            case SCRIPT -> script.where(codePoint);
            case WATERMARK -> "--watermark";
            case HEADER -> "--header";
            case FOOTER -> "--footer";
        };
        return String.format("%s: no font can draw '%s' (U+%04X); %s", where, new String(Character.toChars(codePoint)),
                codePoint, MissingGlyphException.remedy(codePoint, "--fallback-font FONT"));
    }
}
