package dev.slate.cli;

import dev.slate.core.Problem;
import dev.slate.core.Screenplay;
import dev.slate.core.SourceMap;
import dev.slate.core.ReadResult;
import dev.slate.core.schedule.ScheduleCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A script read from a file: the screenplay, where its parts stand in the text, and every problem
 * found reading and validating it.
 */
record Script(Path file, String text, Screenplay screenplay, SourceMap sources, List<Problem> problems) {

    /** Reads a script in the format its extension names (see {@link ScriptFormat}). */
    static Script read(Path file) {
        String text = Inputs.readScript(file);
        ReadResult result = ScriptFormat.of(file).read(file, text);
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(result.screenplay().validate(result.sourceMap()));
        problems.addAll(ScheduleCheck.of(result.screenplay(), result.sourceMap()));
        return new Script(file, text, result.screenplay(), result.sourceMap(), List.copyOf(problems));
    }

    /** Where a character first stands in the file: {@code FILE:LINE:COLUMN}, or the file alone. */
    String where(int codePoint) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == codePoint) {
                return file + ":" + line + ":" + column;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return file.toString();
    }

    /** A problem as compilers print them: {@code FILE:LINE:COLUMN: error: message [code]}. */
    String format(Problem problem) {
        StringBuilder out = new StringBuilder(file.toString());
        Optional<Integer> line = problem.location().line();
        if (line.isPresent()) {
            out.append(':').append(line.get());
            problem.location().column().ifPresent(c -> out.append(':').append(c));
        }
        return out.append(": ").append(problem.severity().word()).append(": ").append(problem.message())
                .append(" [").append(problem.code()).append(']').toString();
    }
}
