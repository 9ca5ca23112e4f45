/**
 * The screenplay and shot model, and the services that work on it.
 *
 * <h2>The model</h2>
 * A {@link dev.slate.core.Screenplay} has a {@link dev.slate.core.TitlePage}, the elements before
 * its first scene, its {@link dev.slate.core.Scene}s in order and its cast of
 * {@link dev.slate.core.CastMember}s. A scene has an optional number (text such as {@code 12A},
 * possibly locked), a {@link dev.slate.core.SceneHeading} ({@code INT. SCHOOL - ROOFTOP - DAY} read
 * into prefix, location, sub-location and time of day), its script {@link dev.slate.core.Element}s
 * (a sealed family: action, dialogue, dual dialogue, transition, centered text, lyrics, page break,
 * note, section, synopsis) and the {@link dev.slate.core.shot.Shot}s planned for it. A shot carries its
 * slate number, size, framing, angle, camera moves, lens, subjects, estimates and the
 * {@link dev.slate.core.shot.Coverage} of the scene's elements it films. Set vocabularies
 * ({@link dev.slate.core.shot.ShotSize}, {@link dev.slate.core.shot.Framing}, {@link dev.slate.core.shot.Angle},
 * {@link dev.slate.core.shot.Movement}...) read the abbreviations crews write ({@code CU}, {@code OTS},
 * {@code MOS}) in any case.
 *
 * <p>Every value is immutable, compares by value and refuses {@code null} with a message naming the
 * field. Text keeps inline styles as {@link dev.slate.core.StyledText}.
 *
 * <h2>Writing a scene</h2>
 * Builders write a scene in about as many lines as the script; {@code toBuilder()} edits a copy.
 * <pre>{@code
 * Screenplay play = Screenplay.builder()
 *         .title("Love Lights My Way Back Home")
 *         .character("JIAYI")
 *         .character("LIN XIAO")
 *         .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", scene -> scene
 *                 .number("12")
 *                 .action("Wind tugs at the laundry lines. JIAYI stands at the rail.")
 *                 .dialogue("LIN XIAO (O.S.)", "(breathless)", "You came.")
 *                 .dialogue("JIAYI", "We are not done yet.")
 *                 .shot("12", shot -> shot.size("WS").framing("master").lens(24).covers(0, 2).shootingMinutes(30))
 *                 .shot("12A", shot -> shot.size("CU").move("push-in slow").lens("85mm")
 *                         .subjects("JIAYI").covers(2, 2).shootingMinutes(15)))
 *         .build();
 * }</pre>
 *
 * <h2>Checking and numbering</h2>
 * {@link dev.slate.core.Screenplay#validate()} lists the {@link dev.slate.core.Problem}s of a
 * document (codes in {@link dev.slate.core.ProblemCodes}) and never throws.
 * {@link dev.slate.core.SceneNumbering} numbers scenes (keeping locked numbers, giving inserted
 * scenes A-numbers) and {@link dev.slate.core.ShotNumbering} letters shots ({@code 12}, {@code 12A}...).
 * Reports are in {@code dev.slate.core.report}.
 */
package dev.slate.core;
