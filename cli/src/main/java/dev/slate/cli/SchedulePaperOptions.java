package dev.slate.cli;

import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.DayOutOfDays;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.docx.DocxSchedulePapers;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The schedule's papers that {@code slate render} writes: one-liner, stripboard, day out of days, call sheet. */
final class SchedulePaperOptions {

    private static final String BESIDE_SCRIPT = OutputPlan.BESIDE_SCRIPT;

    @Option(names = "--one-liner", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the schedule's one-liner as DOCX (default name: SCRIPT-one-liner.docx).")
    String oneLiner;

    @Option(names = "--stripboard", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the stripboard as DOCX (default name: SCRIPT-stripboard.docx).")
    String stripboard;

    @Option(names = "--dood", arity = "0..1", fallbackValue = BESIDE_SCRIPT, paramLabel = "FILE",
            description = "Write the day out of days: .docx, .csv or .xlsx by the file's name (default: SCRIPT-dood.docx).")
    String dood;

    @Option(names = "--call-sheet", paramLabel = "DAY",
            description = "Write the call sheet of shooting day DAY as SCRIPT-call-sheet-DAY.docx.")
    Integer callSheet;

    /** One paper of one script. */
    record Paper(Path file, BiFunction<Path, Inputs, byte[]> content) {
    }

    /** What a paper is made from. */
    record Inputs(Script script, Breakdown breakdown, ScheduleReport report) {
    }

    boolean any() {
        return oneLiner != null || stripboard != null || dood != null || callSheet != null;
    }

    /** A file name needs a single script. */
    void checkNames(int scripts) {
        OutputPlan.checkNames(scripts, "--one-liner, --stripboard or --dood", "each", oneLiner, stripboard, dood);
    }

    /** The papers asked for, for this script. */
    private List<Paper> plan(Path input, dev.slate.core.layout.Paper paper) {
        DocxSchedulePapers papers = DocxSchedulePapers.builder().paper(paper).build();
        List<Paper> out = new ArrayList<>();
        if (oneLiner != null) {
            out.add(new Paper(target(input, oneLiner, "-one-liner.docx"), (file, in) ->
                    papers.oneLiner(in.script().screenplay(), in.breakdown(), in.report())));
        }
        if (stripboard != null) {
            out.add(new Paper(target(input, stripboard, "-stripboard.docx"), (file, in) ->
                    papers.stripboard(in.script().screenplay(), in.breakdown(), in.report())));
        }
        if (dood != null) {
            Path file = target(input, dood, "-dood.docx");
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                out.add(new Paper(file, (f, in) -> DayOutOfDays.of(in.report(), in.breakdown().cast()).toCsv()
                        .getBytes(StandardCharsets.UTF_8)));
            } else if (name.endsWith(".xlsx")) {
                out.add(new Paper(file, (f, in) ->
                        papers.dayOutOfDaysWorkbook(in.script().screenplay(), in.breakdown(), in.report())));
            } else if (name.endsWith(".docx")) {
                out.add(new Paper(file, (f, in) ->
                        papers.dayOutOfDays(in.script().screenplay(), in.breakdown(), in.report())));
            } else {
                throw UserError.usage(file + ": --dood writes .docx, .csv or .xlsx; name the file so");
            }
        }
        if (callSheet != null) {
            int day = callSheet;
            out.add(new Paper(target(input, BESIDE_SCRIPT, "-call-sheet-" + day + ".docx"), (file, in) -> {
                try {
                    return papers.callSheet(in.script().screenplay(), in.breakdown(), in.report(), day);
                } catch (IllegalArgumentException e) {
                    throw UserError.usage(input + ": " + e.getMessage());
                }
            }));
        }
        return out;
    }

    /** Adds the papers asked for to a script's outputs, refusing a script that has no schedule. */
    void add(Script script, dev.slate.core.layout.Paper size, boolean force, Outputs outputs) {
        List<Paper> papers = plan(script.file(), size);
        if (papers.isEmpty()) {
            return;
        }
        ScheduleNotes.Read read = ScheduleNotes.read(script.screenplay());
        if (read.schedule().isEmpty()) {
            throw UserError.usage(script.file() + ": no shooting days planned for the schedule's papers; write "
                    + "[[DAY ...]] notes, or run slate schedule --propose " + script.file() + " --into NEW.fountain");
        }
        Breakdown breakdown = Breakdown.of(script.screenplay());
        Inputs inputs = new Inputs(script, breakdown, ScheduleReport.of(breakdown, read.schedule(), ScheduleRates.DEFAULT));
        List<byte[]> contents = new ArrayList<>();
        papers.forEach(p -> contents.add(p.content().apply(p.file(), inputs)));
        for (int i = 0; i < papers.size(); i++) {
            byte[] bytes = contents.get(i);
            outputs.add(OutputTarget.of(papers.get(i).file(), force), o -> o.write(bytes));
        }
    }

    private static Path target(Path input, String option, String suffix) {
        return OutputPlan.output(input, option, suffix);
    }
}
