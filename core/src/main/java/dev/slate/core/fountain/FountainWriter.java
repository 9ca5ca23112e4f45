package dev.slate.core.fountain;

import dev.slate.core.Screenplay;
import dev.slate.core.internal.Checks;
import dev.slate.core.fountain.internal.ScriptWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a screenplay as canonical Fountain: one blank line between elements, forced markers
 * ({@code !}, {@code .}, {@code @}, {@code >}) only where a line would otherwise read as something
 * else, emphasis and escapes kept, the cast as cast notes after the title page, and each shot as a
 * shot note where its coverage begins with an {@code [[END SHOT n]]} note where it ends. Reading
 * the output with {@link FountainReader} gives the screenplay back.
 *
 * <pre>{@code
 * String text = FountainWriter.builder().build().write(screenplay);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FountainWriter {

    private final String lineSeparator;

    private FountainWriter(Builder builder) {
        this.lineSeparator = builder.lineSeparator;
    }

    /** A writer with the default settings. */
    public static FountainWriter create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The screenplay as Fountain text.
     *
     * @throws IllegalArgumentException when a shot covers elements that its scene does not have, or
     *                                  a section is deeper than level 1000
     */
    public String write(Screenplay screenplay) {
        return ScriptWriter.write(Checks.notNull(screenplay, "screenplay"), lineSeparator);
    }

    /**
     * Writes the screenplay to a writer, which is not closed. Nothing is written when the screenplay
     * cannot be written.
     *
     * @throws IOException when the writer fails
     */
    public void write(Screenplay screenplay, Writer writer) throws IOException {
        Checks.notNull(writer, "writer");
        writer.write(write(screenplay));
    }

    /** Settings of a {@link FountainWriter}. */
    public static final class Builder {
        private String lineSeparator = "\n";

        private Builder() {
        }

        /** The line separator: {@code "\n"} (the default) or {@code "\r\n"}. */
        public Builder lineSeparator(String lineSeparator) {
            Checks.notNull(lineSeparator, "lineSeparator");
            if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
                throw new IllegalArgumentException("lineSeparator must be \\n or \\r\\n");
            }
            this.lineSeparator = lineSeparator;
            return this;
        }

        public FountainWriter build() {
            return new FountainWriter(this);
        }
    }
}
