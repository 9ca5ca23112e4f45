package dev.slate.core;

/**
 * A script element: what a scene (or the part of a script before its first scene) is made of.
 * The kinds are closed, so a {@code switch} over them is checked for completeness by the compiler.
 */
public sealed interface Element
        permits Action, Dialogue, DualDialogue, Transition, CenteredText, Lyrics, PageBreak, Note, Section,
        Synopsis, ShotHeading {
}
