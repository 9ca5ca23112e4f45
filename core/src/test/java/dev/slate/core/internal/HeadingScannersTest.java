package dev.slate.core.internal;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The heading scanners written by hand find what the regular expressions they replace find, on text
 * made of the characters those expressions care about.
 */
class HeadingScannersTest {

    private static final Pattern PREFIX = Pattern.compile(
            "^(INT\\.?\\s?/\\s?EXT|EXT\\.?\\s?/\\s?INT|I\\.?/E|E\\.?/I|INT|EXT|EST)(\\.|\\s|$)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DASH = Pattern.compile("[-\u2013\u2014]+\\s+");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?:^|(?<!\\s)\\s++)[-\u2013\u2014]++\\s++|(?<!\\s)\\s*+--++\\s*+");

    @Test
    void thePrefixIsFoundWhereThePatternFindsIt() {
        Gen<String> text = text("I", "i", "N", "n", "T", "t", "E", "e", "X", "x", "S", "s", ".", "/", " ", "\t", "\n",
                "\r", "\u0085", "\u2028", "\u0131", "A", "INT", "EXT", "int", "I/E");
        qt().withExamples(20_000).forAll(text).checkAssert(heading -> {
            Matcher m = PREFIX.matcher(heading);
            HeadingPrefix found = HeadingPrefix.find(heading);
            if (m.find()) {
                assertThat(found).as(heading).isEqualTo(new HeadingPrefix(m.end(1), m.end()));
            } else {
                assertThat(found).as(heading).isNull();
            }
        });
    }

    @Test
    void partsAreSplitWhereThePatternSplitsThem() {
        Gen<String> text = text("-", "--", "\u2013", "\u2014", " ", "  ", "\t", "A", "B", "(", ")");
        qt().withExamples(20_000).forAll(text).checkAssert(heading -> {
            assertThat(HeadingSeparators.split(heading)).as(heading).containsExactly(SEPARATOR.split(heading, -1));
            Matcher dash = LEADING_DASH.matcher(heading);
            assertThat(HeadingSeparators.leadingDashEnd(heading)).as(heading)
                    .isEqualTo(dash.lookingAt() ? dash.end() : -1);
            List<int[]> expected = new ArrayList<>();
            for (Matcher m = SEPARATOR.matcher(heading); m.find(); ) {
                expected.add(new int[] {m.start(), m.end()});
            }
            List<int[]> actual = new ArrayList<>();
            for (int[] found = HeadingSeparators.next(heading, 0); found != null;
                    found = HeadingSeparators.next(heading, found[1])) {
                actual.add(found);
            }
            assertThat(actual).as(heading).usingElementComparator(Arrays::compare).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void wordsAreTheRunsThatSplittingAtSpacesGives() {
        Gen<String> text = text("DAY", "later", "/", " ", "\t", "\n", "\u0001", "\u00A0", ".", "\u2019", "ß", "A");
        qt().withExamples(20_000).forAll(text).checkAssert(phrase -> {
            List<String> expected = new ArrayList<>();
            for (String raw : phrase.replace("/", " / ").trim().split("\\s+")) {
                String word = raw.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
                word = word.replaceAll("^[.,;:!?]+|[.,;:!?]+$", "");
                if (!word.isEmpty()) {
                    expected.add(word);
                }
            }
            assertThat(TimeOfDay.words(phrase)).as(phrase).isEqualTo(expected);
        });
    }

    @Test
    void aMillionSpacesAreScannedInOnePass() {
        String spaces = " ".repeat(1_000_000);
        assertThat(HeadingSeparators.split("HOUSE" + spaces + "-" + spaces + "DAY")).containsExactly("HOUSE", "DAY");
        assertThat(HeadingSeparators.split("HOUSE" + spaces + "DAY")).hasSize(1);
        assertThat(HeadingPrefix.find("INT." + spaces + "HOUSE")).isEqualTo(new HeadingPrefix(3, 1_000_004));
    }

    /** Text of 0 to 12 pieces, each one of {@code pieces}. */
    private static Gen<String> text(String... pieces) {
        return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 12).map(picks -> {
            StringBuilder text = new StringBuilder();
            picks.forEach(p -> text.append(pieces[p]));
            return text.toString();
        });
    }
}
