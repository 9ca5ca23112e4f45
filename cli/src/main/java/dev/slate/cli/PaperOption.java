package dev.slate.cli;

import dev.slate.core.layout.Paper;
import picocli.CommandLine.Option;

/** {@code --paper letter|a4}, shared by the commands that lay out pages. */
final class PaperOption {

    @Option(names = "--paper", converter = Converters.PaperConverter.class,
            paramLabel = "PAPER", description = "letter or a4 (default: letter).")
    Paper paper = Paper.LETTER;
}
