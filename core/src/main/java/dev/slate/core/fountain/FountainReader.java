package dev.slate.core.fountain;

import dev.slate.core.ReadResult;

import dev.slate.core.internal.Checks;
import dev.slate.core.fountain.internal.FountainParser;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads Fountain 1.1 text into a {@link dev.slate.core.Screenplay}, with the shot plan written in
 * shot notes ({@code [[SHOT 2B: CU, low angle, 50mm | MRS. SHEN | her bare foot | setup B | 3 min]]})
 * and the cast in cast notes ({@code [[CAST: MRS. SHEN | Lin Xiao's mother]]}).
 *
 * <pre>{@code
 * ReadResult result = FountainReader.builder().build().read(text);
 * Screenplay play = result.screenplay();
 * result.problems().forEach(p -> System.err.println(p.location().line().orElse(0) + ": " + p.message()));
 * }</pre>
 *
 * <p>Reading never throws on any text: what cannot be classified is action, and suspicious
 * constructs are reported as problems with these codes: {@code unclosed-note},
 * {@code unclosed-boneyard}, {@code malformed-shot} (error), {@code unknown-shot-term},
 * {@code duplicate-shot-field}, {@code shot-outside-scene}, {@code unmatched-shot-end},
 * {@code dual-without-partner}, {@code bad-scene-number}. Time and memory are linear in the length
 * of the text.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FountainReader {

    private final FountainParser parser;

    private FountainReader(Builder builder) {
        this.parser = new FountainParser(builder.shots);
    }

    /** A reader with the default settings. */
    public static FountainReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads Fountain text. */
    public ReadResult read(CharSequence text) {
        return parser.parse(Checks.notNull(text, "text").toString());
    }

    /**
     * Reads Fountain text from a reader, which is not closed.
     *
     * @throws IOException when the reader fails
     */
    public ReadResult read(Reader reader) throws IOException {
        Checks.notNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return read(text);
    }

    /** Settings of a {@link FountainReader}. */
    public static final class Builder {
        private boolean shots = true;

        private Builder() {
        }

        /**
         * Whether shot and cast notes are read into the screenplay's shots and cast (default
         * {@code true}); when {@code false} they stay ordinary notes.
         */
        public Builder shots(boolean shots) {
            this.shots = shots;
            return this;
        }

        public FountainReader build() {
            return new FountainReader(this);
        }
    }
}
