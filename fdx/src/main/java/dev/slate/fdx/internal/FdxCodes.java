package dev.slate.fdx.internal;

/** The codes of the problems found while reading FDX (listed on {@code FdxReader}). */
final class FdxCodes {

    static final String UNKNOWN_TYPE = "unknown-paragraph-type";
    static final String DIALOGUE_WITHOUT_CHARACTER = "dialogue-without-character";
    static final String EMPTY_HEADING = "empty-scene-heading";
    static final String BAD_SCENE_NUMBER = "bad-scene-number";
    static final String DUAL_DIALOGUE = "odd-dual-dialogue";
    static final String SHOT_OUTSIDE_SCENE = "shot-outside-scene";
    static final String UNMATCHED_SHOT_END = "unmatched-shot-end";
    static final String NOT_A_SCRIPT = "not-a-script";

    private FdxCodes() {
    }
}
