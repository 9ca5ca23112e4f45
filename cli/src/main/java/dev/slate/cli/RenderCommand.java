package dev.slate.cli;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumbers;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOptions;
import dev.slate.core.report.ShotListOrder;
import dev.slate.docx.DocxShotListRenderer;
import dev.slate.docx.DocxStoryboardSheetRenderer;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import dev.slate.docx.XlsxShotListRenderer;
import dev.slate.pdf.MissingGlyphException;
import dev.slate.pdf.PdfRenderException;
import dev.slate.pdf.PdfScreenplayRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code slate render}: a screenplay PDF, a shot-list DOCX and a CSV from Fountain scripts. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render scripts to a screenplay PDF, a shot list (DOCX, XLSX, CSV) and storyboards.",
                "With no output option, writes SCRIPT.pdf beside each script. Each output is written to a",
                "temporary file first and moved into place, so a failure never leaves a partial file or",
                "destroys an earlier one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error",
                "3:a script cannot be read or an output cannot be written, or no font can draw a character"})
final class RenderCommand implements Callable<Integer> {

    /** An option's value when it is given without a file name: the file goes beside the script. */
    private static final String BESIDE_SCRIPT = "";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCRIPT", description = "Fountain files to render.")
    List<Path> scripts;

    @Option(names = "--pdf", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the screenplay PDF (default name: SCRIPT.pdf).")
    String pdf;

    @Option(names = "--shotlist", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as DOCX (default name: SCRIPT-shotlist.docx).")
    String shotlist;

    @Option(names = "--csv", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as CSV (default name: SCRIPT-shotlist.csv).")
    String csv;

    @Option(names = "--xlsx", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the shot list as an Excel workbook (default name: SCRIPT-shotlist.xlsx).")
    String xlsx;

    @Option(names = "--storyboards", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the storyboard sheet as DOCX: 6 frames a page, empty ones to sketch in "
                    + "(default name: SCRIPT-storyboards.docx).")
    String storyboards;

    @Option(names = "--csv-bom", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            paramLabel = "BOOL", description = "Start the CSV with a UTF-8 byte order mark, which Excel and Calc "
                    + "need to read UTF-8 (default: ${DEFAULT-VALUE}; --csv-bom=false to omit it).")
    boolean csvBom;

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
            description = "The draft or revision, e.g. Blue, on the shot list's title block and every page header.")
    String revision;

    @picocli.CommandLine.Mixin
    BoardOptions boards = new BoardOptions();

    @Option(names = "--paper", defaultValue = "letter", converter = Converters.PaperConverter.class,
            paramLabel = "PAPER", description = "letter or a4, for the PDF and the shot list (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Option(names = "--scene-numbers", defaultValue = "none", converter = Converters.SceneNumbersConverter.class,
            paramLabel = "WHERE", description = "none, left, right or both (default: ${DEFAULT-VALUE}).")
    SceneNumbers sceneNumbers;

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

    @Option(names = "--order", defaultValue = "script", converter = Converters.OrderConverter.class,
            paramLabel = "ORDER", description = "Shot-list order: script, or setup (grouped by camera setup "
                    + "within each scene) (default: ${DEFAULT-VALUE}).")
    ShotListOrder order;

    @Option(names = "--columns", converter = Converters.ColumnsConverter.class, paramLabel = "LIST",
            description = "Shot-list columns in order, comma-separated, from: tick, shot, size, framing, angle, "
                    + "movement, lens, subjects, description, setup, setup-minutes, minutes, audio, gear, props, "
                    + "fps, vfx, screen, notes, storyboard (default: all but gear, props, fps, vfx, screen and storyboard).")
    List<ShotListColumn> columns;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() {
        boolean several = scripts.size() > 1;
        for (String named : new String[] {pdf, shotlist, csv, xlsx, storyboards}) {
            if (several && named != null && !named.equals(BESIDE_SCRIPT)) {
                throw UserError.usage("an output file name needs a single script; with several scripts, give "
                        + "--pdf, --shotlist, --csv, --xlsx or --storyboards without a name to write each output "
                        + "beside its script");
            }
        }
        List<Job> jobs = plan();
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = several && System.console() != null;
        PdfScreenplayRenderer renderer = pdfRenderer(err);
        for (int i = 0; i < jobs.size(); i++) {
            if (progress) {
                err.printf("[%d/%d] %s%n", i + 1, jobs.size(), jobs.get(i).input());
                err.flush();
            }
            render(jobs.get(i), renderer, err);
        }
        return ExitCodes.OK;
    }

    /** One script and where its outputs go; null for an output not asked for. */
    private record Job(Path input, Path pdf, Path docx, Path csv, Path xlsx, Path sheet) {
    }

    /**
     * Every output of every script, decided before anything is written: no output may be a script,
     * and no two outputs may be the same file.
     */
    private List<Job> plan() {
        boolean any = pdf != null || shotlist != null || csv != null || xlsx != null || storyboards != null;
        List<Job> jobs = new ArrayList<>();
        Map<Path, String> claimed = new HashMap<>();
        for (Path input : scripts) {
            claimed.put(key(input), "the script " + input);
        }
        for (Path input : scripts) {
            Job job = new Job(input, output(input, any ? pdf : BESIDE_SCRIPT, ".pdf"),
                    output(input, shotlist, "-shotlist.docx"), output(input, csv, "-shotlist.csv"),
                    output(input, xlsx, "-shotlist.xlsx"), output(input, storyboards, "-storyboards.docx"));
            for (Path out : new Path[] {job.pdf(), job.docx(), job.csv(), job.xlsx(), job.sheet()}) {
                if (out == null) {
                    continue;
                }
                String owner = claimed.putIfAbsent(key(out), "another output");
                if (owner != null) {
                    throw UserError.usage(out + ": is also " + owner + "; give each output its own file");
                }
            }
            jobs.add(job);
        }
        return jobs;
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private PdfScreenplayRenderer pdfRenderer(PrintWriter err) {
        PdfScreenplayRenderer.Builder pdfBuilder = PdfScreenplayRenderer.builder()
                .warnings(warning -> {
                    err.println("slate: warning: " + warning);
                    err.flush();
                })
                .paper(paper)
                .sceneNumbers(sceneNumbers)
                .boldHeadings(boldHeadings)
                .underlinedHeadings(underlineHeadings)
                .printNotes(notes)
                .printSections(notes)
                .printSynopses(notes)
                .continuedMarkers(continued)
                .scenePerPage(scenePerPage);
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

    private void render(Job job, PdfScreenplayRenderer pdfRenderer, PrintWriter err) {
        Path input = job.input();
        Script script = Script.read(input);
        script.problems().forEach(p -> err.println(script.format(p)));
        err.flush();
        Path pdfOut = job.pdf();
        Path docxOut = job.docx();
        Path csvOut = job.csv();
        // The shot list's scene lengths are those of the PDF printed with the same options.
        ShotList.PageEighths lengths = ShotList.PageEighths.paginated(pdfRenderer.paginator());
        if (pdfOut != null) {
            Outputs.write(pdfOut, out -> {
                try {
                    pdfRenderer.render(script.screenplay(), out);
                } catch (MissingGlyphException e) {
                    throw UserError.io(missingGlyph(script, e), e);
                } catch (PdfRenderException e) {
                    throw UserError.io(input + ": " + e.getMessage(), e);
                }
            });
        }
        ShotListOptions list = shotListOptions(lengths);
        if (docxOut != null || job.sheet() != null) {
            StoryboardSource source = boards.source(input);
            // Each board that cannot be shown is a warning at its shot; the list is still written.
            Consumer<StoryboardProblem> warn = p -> err.println(script.format(BoardOptions.problem(script.sources(), p)));
            DocxShotListRenderer.Paper docxPaper = paper == Paper.A4 ? DocxShotListRenderer.Paper.A4
                    : DocxShotListRenderer.Paper.LETTER;
            if (docxOut != null) {
                DocxShotListRenderer renderer = DocxShotListRenderer.builder().paper(docxPaper).options(list)
                        .storyboards(source).maxBoardPixels(boards.maxPixels).boardProblems(warn).build();
                byte[] bytes = renderer.render(script.screenplay());
                err.flush();
                Outputs.write(docxOut, out -> out.write(bytes));
            }
            if (job.sheet() != null) {
                DocxStoryboardSheetRenderer sheet = DocxStoryboardSheetRenderer.builder().paper(docxPaper)
                        .options(list).storyboards(source).maxBoardPixels(boards.maxPixels)
                        .boardProblems(docxOut == null ? warn : p -> { }).build();
                byte[] bytes = sheet.render(script.screenplay());
                err.flush();
                Outputs.write(job.sheet(), out -> out.write(bytes));
            }
        }
        if (csvOut != null) {
            CsvShotListWriter writer = CsvShotListWriter.builder().options(list).byteOrderMark(csvBom).build();
            Outputs.write(csvOut, out -> writer.write(script.screenplay(), out));
        }
        if (job.xlsx() != null) {
            byte[] bytes = XlsxShotListRenderer.builder().options(list).build().render(script.screenplay());
            Outputs.write(job.xlsx(), out -> out.write(bytes));
        }
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
        return String.format("%s: no font can draw '%s' (U+%04X); %s, or name one with --fallback-font FONT", where,
                new String(Character.toChars(codePoint)), codePoint, MissingGlyphException.installAdvice(codePoint));
    }

    /** Where an output goes: null when not asked for, beside the script when no name was given. */
    private static Path output(Path input, String option, String suffix) {
        if (option == null) {
            return null;
        }
        Path target;
        if (option.equals(BESIDE_SCRIPT)) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            target = input.resolveSibling(base + suffix);
        } else {
            target = Path.of(option);
        }
        Outputs.checkNotInput(target, input);
        return target;
    }
}
