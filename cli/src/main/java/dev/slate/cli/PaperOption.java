package dev.slate.cli;

import dev.slate.core.layout.Paper;
import picocli.CommandLine.Option;

/** {@code --paper letter|a4}, shared by the commands that lay out pages. */
final class PaperOption {

    @Option(names = "--paper", defaultValue = "letter", converter = Converters.PaperConverter.class,
            paramLabel = "PAPER", description = "letter or a4 (default: ${DEFAULT-VALUE}).")
    Paper paper;
}
