/**
 * The shot plan: a {@link dev.slate.core.shot.Shot} planned for a scene, the
 * {@link dev.slate.core.shot.Coverage} of the scene's elements it films, its
 * {@link dev.slate.core.shot.CameraMove}s, {@link dev.slate.core.shot.Lens} and
 * {@link dev.slate.core.shot.FocusChange}, and the set vocabularies ({@link dev.slate.core.shot.ShotSize},
 * {@link dev.slate.core.shot.Framing}, {@link dev.slate.core.shot.Angle}, {@link dev.slate.core.shot.Movement},
 * {@link dev.slate.core.shot.Direction}, {@link dev.slate.core.shot.Speed}, {@link dev.slate.core.shot.Audio}),
 * each a {@link dev.slate.core.shot.Term} that reads the abbreviations crews write.
 */
package dev.slate.core.shot;
