package dev.slate.cli;

import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.ProblemCodes;
import dev.slate.core.SourceMap;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import dev.slate.docx.Storyboards;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where storyboards are read from, for {@code render} and {@code check} alike. */
final class BoardOptions {

    @Option(names = "--boards", paramLabel = "DIR",
            description = "The folder storyboard paths are read in (default: the script's folder). "
                    + "A board outside it is refused.")
    Path boards;

    @Option(names = "--max-board-pixels", paramLabel = "N",
            description = "The largest storyboard image, in pixels (default: ${DEFAULT-VALUE}).")
    long maxPixels = 50_000_000;

    /** The boards of a script: inside {@code --boards}, or the script's own folder. */
    StoryboardSource source(Path script) {
        if (maxPixels <= 0) {
            throw UserError.usage("--max-board-pixels must be a positive number of pixels, got " + maxPixels);
        }
        if (boards != null && !Files.isDirectory(boards)) {
            throw UserError.io("--boards " + boards + ": not a folder; name the folder that holds the boards");
        }
        return StoryboardSource.files(folder(script));
    }

    /** The folder a script's storyboard paths are read in. */
    Path folder(Path script) {
        if (boards != null) {
            return boards;
        }
        Path folder = script.toAbsolutePath().getParent();
        return folder == null ? Path.of("") : folder;
    }

    /** Every board of the script that cannot be shown, as warnings at the shot's line and column. */
    List<Problem> problems(Script script) {
        return Storyboards.check(script.screenplay(), source(script.file()), maxPixels).stream()
                .map(p -> problem(script.sources(), p)).toList();
    }

    /** A board problem at its shot's place in the script. */
    static Problem problem(SourceMap sources, StoryboardProblem board) {
        Location at = Location.shot(board.sceneIndex(), board.shot());
        Optional<SourceMap.Position> position = sources.shot(board.sceneIndex(), board.shotIndex());
        if (position.isPresent()) {
            at = at.withSource(position.get().line(), position.get().column());
        }
        return Problem.warning(ProblemCodes.BAD_STORYBOARD, board.message(), at);
    }
}
