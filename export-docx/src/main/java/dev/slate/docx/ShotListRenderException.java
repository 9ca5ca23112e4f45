package dev.slate.docx;

/**
 * Rendering a shot list failed because of its input: a storyboard image that is missing, unreadable
 * or not an image. The message names the scene, the shot and what to do. No output is written.
 * It is an {@link IllegalArgumentException}: the screenplay handed to the renderer is what is wrong.
 *
 * @since 0.1.0
 */
public class ShotListRenderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure described by its message, caused by another (or null). */
    public ShotListRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
