package dev.slate.cli;

import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.core.schedule.Breakdown;
import dev.slate.core.schedule.ScheduleCodes;
import dev.slate.core.schedule.ScheduleNotes;
import dev.slate.core.schedule.ScheduleRates;
import dev.slate.core.schedule.ScheduleReport;
import dev.slate.core.schedule.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code slate schedule}: print the shooting schedule of a script, or propose one. */
@Command(name = "schedule", addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        description = {"Print the shooting schedule planned in a script's [[DAY ...]] notes, or propose one.",
                "Each day with its scenes, pages, setups, minutes, estimated wrap, cast and locations.",
                "--propose plans the unscheduled scenes and shots and compares the proposal with script order;",
                "--into writes the script with the proposed days as notes to a new file (the script is never changed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:a script cannot be read or the output cannot be written"})
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The Fountain file.")
    Path script;

    @Option(names = "--propose", description = "Propose days for every scene and shot not yet scheduled.")
    boolean propose;

    @Option(names = "--day-length", defaultValue = "12h", paramLabel = "LENGTH",
            converter = Converters.DayLengthConverter.class,
            description = "Length of a proposed day, meal included: 12h, 10h30 (default: ${DEFAULT-VALUE}).")
    Duration dayLength;

    @Option(names = "--pages-per-day", defaultValue = "3", paramLabel = "PAGES",
            description = "Pages a 12-hour day shoots, for scenes without shot estimates (default: ${DEFAULT-VALUE}).")
    double pagesPerDay;

    @Option(names = "--start", paramLabel = "DATE",
            description = "Date of the first proposed day, as 2027-03-01; without it the days have no dates.")
    LocalDate start;

    @Option(names = "--skip", paramLabel = "DAYS", converter = Converters.WeekdaysConverter.class,
            description = "Days of the week not shot, as sat,sun (with --start).")
    Set<DayOfWeek> skip;

    @Option(names = "--into", paramLabel = "NEW.fountain",
            description = "Write the script with the proposed days as [[DAY ...]] notes to this new file.")
    Path into;

    @picocli.CommandLine.Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        if (into != null && !propose) {
            throw UserError.usage("--into writes proposed days; add --propose");
        }
        if (!(pagesPerDay > 0) || pagesPerDay > 100) {
            throw UserError.usage("--pages-per-day must be more than 0 and at most 100, was " + pagesPerDay);
        }
        if (skip != null && start == null) {
            throw UserError.usage("--skip needs --start, the date the skipped weekdays count from");
        }
        if (into != null) {
            OutputPlan.output(script, into.toString(), "");
        }
        PrintWriter out = spec.commandLine().getOut();
        Script read = Script.read(script);
        Screenplay play = read.screenplay();
        ScheduleRates rates = ScheduleRates.DEFAULT.withDayLength(dayLength).withPagesPerDay(pagesPerDay);
        Breakdown breakdown = Breakdown.of(play);
        ScheduleNotes.Read planned = ScheduleNotes.read(play);
        ScheduleText text = new ScheduleText(breakdown, script.toString());
        if (!propose) {
            if (planned.schedule().isEmpty()) {
                out.println(script + ": no shooting days planned ([[DAY ...]] notes); run slate schedule --propose "
                        + script + " to propose some");
            } else {
                out.print(text.schedule(ScheduleReport.of(breakdown, planned.schedule(), rates), Set.of()));
            }
            read.problems().stream().filter(p -> ScheduleCodes.all().contains(p.code()))
                    .forEach(p -> out.println(read.format(p)));
            out.flush();
            return ExitCodes.OK;
        }
        Scheduler.Builder scheduler = Scheduler.builder().rates(rates);
        if (start != null) {
            scheduler.start(start).skip(skip == null ? EnumSet.noneOf(DayOfWeek.class) : skip);
        }
        Scheduler.Proposal proposal = scheduler.build().propose(breakdown, planned.schedule());
        Set<Integer> proposed = new HashSet<>();
        proposal.added().forEach(d -> proposed.add(d.number()));
        out.print(text.schedule(proposal.report(), proposed));
        out.print(text.comparison(proposal));
        if (into != null) {
            String fountain = FountainWriter.create().write(ScheduleNotes.append(play, proposal.added()));
            try (Outputs outputs = new Outputs(OutputStream.nullOutputStream())) {
                outputs.add(OutputTarget.of(into, false), o -> o.write(fountain.getBytes(StandardCharsets.UTF_8)));
                outputs.commit();
            }
            out.println("wrote " + into + " (" + proposal.added().size()
                    + (proposal.added().size() == 1 ? " day added)" : " days added)"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
