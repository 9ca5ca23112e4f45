package dev.slate.core.layout;

/**
 * How the scenes and elements of a previous draft correspond to those of its revision: what
 * {@link Paginator#paginateLocked} follows to lay the revision on the previous draft's pages.
 * {@link dev.slate.core.revision.RevisedLayout} makes one from a draft comparison.
 *
 * @since 0.1.0
 */
public interface DraftMatching {

    /** The index in the revision of the previous draft's scene {@code scene}, or -1 when it has gone. */
    int scene(int scene);

    /**
     * The index, in its scene of the revision, of element {@code element} of the previous draft's scene
     * {@code scene} (-1 for the elements before the first scene), or -1 when it has gone.
     */
    int element(int scene, int element);
}
