package dev.slate.examples;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java in the README compiles against the current API, so the first thing a developer copies works. */
class ReadmeJavaTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesJavaCompiles(@org.junit.jupiter.api.io.TempDir Path out) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher block = JAVA_BLOCK.matcher(readme);
        assertThat(block.find()).as("a java block in README.md").isTrue();
        String source = "import dev.slate.core.*;\nimport dev.slate.core.shot.*;\nimport dev.slate.pdf.*;\nimport dev.slate.docx.*;\n"
                + "import java.io.OutputStream;\nimport java.nio.file.*;\nimport java.util.List;\n"
                + "class ReadmeSnippet {\n    static void run() throws Exception {\n" + block.group(1) + "\n    }\n}\n";

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///ReadmeSnippet.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean compiled = compiler.getTask(null, null, diagnostics,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null,
                List.of(file)).call();

        assertThat(diagnostics.getDiagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(compiled).isTrue();
    }
}
