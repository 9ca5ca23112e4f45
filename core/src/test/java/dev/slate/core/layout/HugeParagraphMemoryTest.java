package dev.slate.core.layout;

import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.testing.Allocated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory proportional to the input for one huge paragraph: 200,000 short lines (600,000 characters,
 * 3,600 pages). The layout of it holds a line object and its text for each row, about 30 MB; while
 * the pages were filled, the paragraph's rows used to be held in several forms at once besides (a
 * copy of every line, a text, a placement and an offsets object for every row), which took a heap
 * of about 78 MB and allocated about 390 bytes a character; then all its rows (and a paragraph object
 * for each) stayed alive until the last page was filled, 52 MB. Now the rows laid on a page are let
 * go: 36 MB. No timing: the bounds are on memory.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HugeParagraphMemoryTest {

    private static final int CHARACTERS = 600_000;
    /**
     * Between what the layout needs (36 MB with the serial collector) and what it took while it held
     * every row of the paragraph until the end (52 MB).
     */
    private static final String SMALL_HEAP = "-Xmx44m";

    private static Screenplay shortLines(int characters) {
        return Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action("ab\n".repeat(characters / 3))).build();
    }

    /** Lays out the paragraph and prints its page count: what the small-heap JVM runs. */
    public static void main(String[] args) {
        System.out.println(Paginator.builder().build().paginate(shortLines(Integer.parseInt(args[0]))).pageCount());
    }

    @Test
    void aParagraphOfShortLinesIsLaidOutInASmallHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, SMALL_HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HugeParagraphMemoryTest.class.getName(),
                Integer.toString(CHARACTERS)).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as("laying out %,d characters with %s: %s", CHARACTERS, SMALL_HEAP, out).isZero();
        int pages = Paginator.builder().build().paginate(shortLines(CHARACTERS)).pageCount();
        assertThat(out.strip()).isEqualTo(Integer.toString(pages));
        assertThat(pages).isGreaterThan(CHARACTERS / 3 / 60);
    }

    @Test
    void layingOutAParagraphOfShortLinesAllocatesAFewHundredBytesACharacter() {
        Screenplay play = shortLines(CHARACTERS);
        Paginator paginator = Paginator.builder().build();
        long before = Allocated.bytes();
        Layout layout = paginator.paginate(play);
        long allocated = Allocated.bytes() - before;
        assertThat(layout.pages().stream().mapToInt(p -> p.lines().size()).sum()).isGreaterThanOrEqualTo(CHARACTERS / 3);
        assertThat(allocated).as("bytes allocated laying out %,d characters", CHARACTERS).isLessThan(250L * CHARACTERS);
    }

    @Test
    void theRowsOfAParagraphShareItsSpansAndTheSpansShareTheirStyles() {
        List<StyledText.Span> spans = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            spans.add(new StyledText.Span("word ", i % 2 == 0 ? Set.of() : EnumSet.of(Style.ITALIC)));
        }
        StyledText text = new StyledText(spans);
        Layout layout = Paginator.builder().build()
                .paginate(Screenplay.builder().scene("INT. ROOM - DAY", s -> s.action(text)).build());
        List<StyledText.Span> printed = layout.pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.kind() == LineKind.ACTION).flatMap(l -> l.text().spans().stream()).toList();
        // every span but the one a row ends in ("word" without its space) is the paragraph's own
        Set<StyledText.Span> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(text.spans());
        assertThat(printed).filteredOn(span -> span.text().equals("word ")).hasSizeGreaterThan(1_500)
                .allMatch(own::contains, "the paragraph's own span");
        assertThat(text.spans().get(1).styles()).isSameAs(text.spans().get(3).styles())
                .isSameAs(StyledText.of("x", Style.ITALIC).spans().get(0).styles());
        assertThat(text.lines()).containsExactly(text).first().isSameAs(text);
    }
}
