package dev.slate.docx;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a storyboard frame, PNG or JPEG. The bytes are checked when a document is rendered,
 * so that a corrupt image is reported with the shot it belongs to.
 *
 * @since 0.1.0
 */
public final class StoryboardImage {

    private final byte[] bytes;
    private final String origin;

    private StoryboardImage(byte[] bytes, String origin) {
        this.bytes = bytes;
        this.origin = origin;
    }

    /**
     * An image from bytes, copied.
     *
     * @param origin where the bytes come from, for error messages: a file name or a URL
     */
    public static StoryboardImage of(byte[] bytes, String origin) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        return new StoryboardImage(bytes.clone(), origin);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Where the bytes come from, as given. */
    public String origin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryboardImage other && Arrays.equals(bytes, other.bytes) && origin.equals(other.origin);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + origin.hashCode();
    }

    @Override
    public String toString() {
        return "StoryboardImage[" + origin + ", " + bytes.length + " bytes]";
    }
}
