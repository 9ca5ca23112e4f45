package dev.slate.fdx;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.TitlePage;
import dev.slate.core.ReadResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and writing FDX in memory, and comparing screenplays part by part, for the tests. */
final class Shared {

    private Shared() {
    }


    static ReadResult read(byte[] fdx) {
        try {
            return FdxReader.create().read(new ByteArrayInputStream(fdx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(Path fdx) {
        try {
            return read(Files.readAllBytes(fdx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screenplay through FDX and back. */
    static Screenplay trip(Screenplay play) {
        return read(FdxWriter.create().write(play)).screenplay();
    }

    /**
     * The screenplay as FDX keeps it: numbered scenes locked (an FDX number is the production's) and
     * title-page keys in Slate's spelling, in Final Draft's layout order (FDX's title page has no keys).
     */
    static Screenplay asFdxKeepsIt(Screenplay play) {
        List<Scene> scenes = new ArrayList<>();
        for (Scene scene : play.scenes()) {
            scenes.add(scene.toBuilder().locked(scene.number().isPresent()).build());
        }
        return play.toBuilder().scenes(scenes).titlePage(canonical(play.titlePage())).build();
    }

    /** Equal screenplays, compared part by part so that a failure names the part. */
    static void assertSame(Screenplay actual, Screenplay expected) {
        assertThat(actual.titlePage()).as("title page").isEqualTo(expected.titlePage());
        assertThat(actual.cast()).as("cast").isEqualTo(expected.cast());
        assertThat(actual.preamble()).as("preamble").isEqualTo(expected.preamble());
        assertThat(actual.scenes()).as("scene count").hasSameSizeAs(expected.scenes());
        for (int s = 0; s < expected.scenes().size(); s++) {
            Scene a = actual.scenes().get(s);
            Scene e = expected.scenes().get(s);
            assertThat(a.heading()).as("scene %d heading", s).isEqualTo(e.heading());
            assertThat(a.number()).as("scene %d number", s).isEqualTo(e.number());
            assertThat(a.numberLocked()).as("scene %d lock", s).isEqualTo(e.numberLocked());
            for (int k = 0; k < Math.min(a.elements().size(), e.elements().size()); k++) {
                assertThat(a.elements().get(k)).as("scene %d element %d", s, k).isEqualTo(e.elements().get(k));
            }
            assertThat(a.elements()).as("scene %d elements", s).isEqualTo(e.elements());
            assertThat(a.shots()).as("scene %d shots", s).isEqualTo(e.shots());
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static final List<String> CENTRED = List.of("Title", "Credit", "Author", "Source");
    private static final List<String> LOWER = List.of("Draft date", "Contact");

    /** Centred fields first, then the others in the order written; standard keys spelled as Slate does. */
    private static TitlePage canonical(TitlePage page) {
        List<TitlePage.Field> out = new ArrayList<>();
        for (String key : CENTRED) {
            page.field(key).ifPresent(f -> out.add(new TitlePage.Field(key, f.lines())));
        }
        for (TitlePage.Field field : page.fields()) {
            String key = field.key().toLowerCase(Locale.ROOT).replace("authors", "author");
            if (CENTRED.stream().noneMatch(k -> k.equalsIgnoreCase(key))) {
                String spelled = LOWER.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(field.key());
                out.add(new TitlePage.Field(spelled, field.lines()));
            }
        }
        return new TitlePage(out);
    }
}
