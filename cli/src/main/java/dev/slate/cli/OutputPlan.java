package dev.slate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every output of a {@code render} run goes, decided before anything is written: no output may
 * be a script, no two outputs may be the same file, and each target is one Slate may write.
 */
final class OutputPlan {

    /** An option's value when it is given without a file name: the file goes beside the script. */
    static final String BESIDE_SCRIPT = "";

    /** One script and where its outputs go; null for an output not asked for. */
    record Job(Path input, OutputTarget pdf, OutputTarget docx, OutputTarget csv, OutputTarget xlsx,
               OutputTarget sheet) {
    }

    private OutputPlan() {
    }

    /**
     * The jobs for these scripts. {@code pdf}, {@code docx}, {@code csv}, {@code xlsx} and
     * {@code sheet} (the storyboard sheet) are the option values: null when not given,
     * {@link #BESIDE_SCRIPT} when given without a name.
     */
    static List<Job> plan(List<Path> scripts, String pdf, String docx, String csv, String xlsx, String sheet,
                          boolean force) {
        checkNames(scripts.size(), "--pdf, --shotlist, --csv, --xlsx or --storyboards", "each output",
                pdf, docx, csv, xlsx, sheet);
        boolean any = pdf != null || docx != null || csv != null || xlsx != null || sheet != null;
        Map<Object, String> claimed = new HashMap<>();
        for (Path input : scripts) {
            claimed.put(key(input), "the script " + input);
        }
        List<Job> jobs = new ArrayList<>();
        for (Path input : scripts) {
            Path[] outs = {output(input, any ? pdf : BESIDE_SCRIPT, ".pdf"), output(input, docx, "-shotlist.docx"),
                    output(input, csv, "-shotlist.csv"), output(input, xlsx, "-shotlist.xlsx"),
                    output(input, sheet, "-storyboards.docx")};
            OutputTarget[] targets = new OutputTarget[outs.length];
            for (int i = 0; i < outs.length; i++) {
                if (outs[i] == null) {
                    continue;
                }
                String owner = claimed.putIfAbsent(key(outs[i]), "another output");
                if (owner != null) {
                    throw UserError.usage(outs[i] + ": is also " + owner + "; give each output its own file");
                }
                targets[i] = OutputTarget.of(outs[i], force);
            }
            jobs.add(new Job(input, targets[0], targets[1], targets[2], targets[3], targets[4]));
        }
        return jobs;
    }

    /**
     * Refuses an output file name given for several scripts, which would all write the one file.
     *
     * @param options the options the names belong to, for the message
     * @param each    what goes beside each script ("each output")
     * @param named   the options' values: null when not given, {@link #BESIDE_SCRIPT} without a name
     */
    static void checkNames(int scripts, String options, String each, String... named) {
        for (String name : named) {
            if (scripts > 1 && name != null && !name.equals(BESIDE_SCRIPT)) {
                throw UserError.usage("an output file name needs a single script; with several scripts, give "
                        + options + " without a name to write " + each + " beside its script");
            }
        }
    }

    /** The target of a command with one input and one output, such as {@code convert}. */
    static OutputTarget single(Path input, Path output, boolean force) {
        if (!output.toString().equals(OutputTarget.STANDARD_OUTPUT) && sameFile(output, input)) {
            throw UserError.usage(output + ": is the input script; choose another output file");
        }
        return OutputTarget.of(output, force);
    }

    /** Where an output goes: null when not asked for, beside the script when no name was given. */
    static Path output(Path input, String option, String suffix) {
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
        if (!option.equals(OutputTarget.STANDARD_OUTPUT) && sameFile(target, input)) {
            throw UserError.usage(target + ": is the input script; choose another output file");
        }
        return target;
    }

    /** The same file however it is named: through links, and {@code -} for standard output. */
    private static Object key(Path path) {
        if (path.toString().equals(OutputTarget.STANDARD_OUTPUT)) {
            return OutputTarget.STANDARD_OUTPUT;
        }
        try {
            return path.toRealPath();
        } catch (IOException notYet) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Whether two paths name the same file: through links when both exist, else by their normalised paths. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException ignored) {
            // Fall back to comparing the paths.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
