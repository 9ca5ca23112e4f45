package dev.slate.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every snippet of the javadoc overview page compiles against the current API, as the page promises. */
class OverviewJavaTest {

    private static final Pattern SNIPPET = Pattern.compile("<pre>\\{@code\\n(.*?)\\n}</pre>", Pattern.DOTALL);

    @Test
    void everyOverviewSnippetCompiles(@TempDir Path out) throws IOException {
        List<String> bodies = JavaSnippets.snippets(Path.of("../core/src/main/javadoc/overview.html"), SNIPPET);
        assertThat(bodies).as("snippets on the overview page").hasSizeGreaterThanOrEqualTo(6);
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(JavaSnippets.compile("Overview" + i, bodies.get(i), out)).as("snippet %d:%n%s", i, bodies.get(i))
                    .isEmpty();
        }
    }
}
