package dev.slate.cli;

import dev.slate.core.ReadResult;
import dev.slate.core.Screenplay;
import dev.slate.core.fountain.FountainReader;
import dev.slate.core.fountain.FountainWriter;
import dev.slate.fdx.FdxException;
import dev.slate.fdx.FdxReader;
import dev.slate.fdx.FdxWriter;
import dev.slate.core.layout.Paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The script formats the command reads and writes, chosen by a file's extension: {@code .fdx} is
 * Final Draft, anything else Fountain. A file whose content is the other format is refused with
 * a message saying so.
 */
enum ScriptFormat {
    FOUNTAIN(".fountain"), FDX(".fdx");

    private static final FountainReader FOUNTAIN_READER = FountainReader.create();

    final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    /** The format of a file by its extension: Final Draft for {@code .fdx}, Fountain otherwise. */
    static ScriptFormat of(Path file) {
        return named(file).orElse(FOUNTAIN);
    }

    /** The format a file's extension names, if it names one ({@code .fountain}, {@code .spmd}, {@code .fdx}). */
    static Optional<ScriptFormat> named(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".fdx")) {
            return Optional.of(FDX);
        }
        return name.endsWith(".fountain") || name.endsWith(".spmd") ? Optional.of(FOUNTAIN) : Optional.empty();
    }

    /** Reads a script's text, as {@link Inputs} decoded it, in this format. */
    ReadResult read(Path file, String text) {
        if (this == FOUNTAIN) {
            if (looksLikeFdx(text)) {
                throw UserError.io(file + ": is a Final Draft (FDX) file, not Fountain; rename it to .fdx");
            }
            return FOUNTAIN_READER.read(text);
        }
        try {
            return FdxReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (FdxException e) {
            String where = e.line().map(l -> ":" + l + e.column().map(c -> ":" + c).orElse("")).orElse("");
            throw UserError.io(file + where + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw UserError.io(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Writes a screenplay in this format. */
    void write(Screenplay play, Paper paper, OutputStream out) throws IOException {
        if (this == FDX) {
            FdxWriter.forPaper(paper).write(play, out);
        } else {
            out.write(FountainWriter.create().write(play).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean looksLikeFdx(String text) {
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        return start.startsWith("<?xml") || start.startsWith("<FinalDraft");
    }
}
