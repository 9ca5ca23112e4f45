package dev.slate.core.revision;

/**
 * How an element of the new draft relates to the old draft.
 *
 * @since 0.1.0
 */
public enum ChangeKind {
    /** The same kind and text as an element of the old draft. */
    UNCHANGED,
    /** An element of the old draft with some of its words changed. */
    CHANGED,
    /** New in this draft. */
    INSERTED
}
