package dev.slate.examples;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compiles a snippet of documentation Java, as a method body with Slate's packages imported. */
final class JavaSnippets {

    private static final String IMPORTS = String.join("\n",
            "import dev.slate.core.*;", "import dev.slate.core.shot.*;", "import dev.slate.core.fountain.*;",
            "import dev.slate.core.layout.*;", "import dev.slate.core.report.*;", "import dev.slate.core.cast.*;",
            "import dev.slate.core.schedule.*;",
            "import dev.slate.pdf.*;", "import dev.slate.docx.*;", "import dev.slate.fdx.*;",
            "import java.io.InputStream;", "import java.io.OutputStream;", "import java.nio.file.*;",
            "import java.util.List;", "");

    private JavaSnippets() {
    }

    /** The compiler's diagnostics for the snippet as the body of a method that may throw; empty when it compiles. */
    /** The first group of every match of {@code snippet} in a UTF-8 file, in order. */
    static List<String> snippets(Path file, Pattern snippet) throws IOException {
        Matcher found = snippet.matcher(Files.readString(file, StandardCharsets.UTF_8));
        List<String> bodies = new ArrayList<>();
        while (found.find()) {
            bodies.add(found.group(1));
        }
        return bodies;
    }

    static List<String> compile(String className, String body, Path out) {
        String source = IMPORTS + "class " + className + " {\n    static void run() throws Exception {\n" + body
                + "\n    }\n}\n";
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compiler.getTask(null, null, diagnostics,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null,
                List.of(file)).call();
        List<String> found = diagnostics.getDiagnostics().stream().map(Diagnostic::toString).toList();
        return compiled || !found.isEmpty() ? found : List.of("did not compile");
    }
}
