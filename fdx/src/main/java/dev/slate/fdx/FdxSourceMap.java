package dev.slate.fdx;

import dev.slate.core.SourceMap;

import java.util.Optional;

/**
 * Where the parts of a screenplay read from FDX stand in the file: the XML line and column where
 * the start tag of the paragraph (or script note) they came from ends, and the paragraph's index
 * among the {@code <Paragraph>} children of {@code <Content>}, counted from 0.
 *
 * @since 0.1.0
 */
public interface FdxSourceMap extends SourceMap {

    /** The index in {@code <Content>} of the paragraph a scene's heading came from. */
    Optional<Integer> sceneParagraph(int scene);

    /** The index in {@code <Content>} of the paragraph an element starts in; {@code scene} is -1 for the preamble. */
    Optional<Integer> elementParagraph(int scene, int element);
}
