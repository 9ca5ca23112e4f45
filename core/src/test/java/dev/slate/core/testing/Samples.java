package dev.slate.core.testing;

import dev.slate.core.Dialogue;
import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import dev.slate.core.StyledText;

/**
 * The sample screenplays every module's tests share, built with the model's builders: one for the
 * page (every element kind), one for the shot plan (a crew's shots for each scene).
 */
public final class Samples {

    private Samples() {
    }

    /** Every element kind, a title page, and enough text for several pages. */
    public static Screenplay rooftop() {
        String monologue = "I waited for you at the bus stop every day that winter. Every single day. "
                .repeat(6) + "And you never came.";
        return Screenplay.builder()
                .title("Love Lights My Way Back Home")
                .credit("Written by")
                .author("Lin Xiao")
                .draftDate("2026-11-26")
                .contact("lin@example.com")
                .transition("FADE IN:")
                .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", s -> s.number("1")
                        .action("Rain-stained concrete. JIAYI (17) holds her phone in a blue case.")
                        .dialogue("JIAYI", "(quietly)", "Mom? Are you there?")
                        .dialogue("MRS. SHEN (V.O.)", "Come home. Dinner is cold.")
                        .transition("CUT TO:"))
                .scene("INT. KITCHEN - NIGHT", s -> s.number("2")
                        .action(new StyledText(java.util.List.of(
                                new StyledText.Span("The kettle ", java.util.Set.of()),
                                new StyledText.Span("screams", java.util.Set.of(Style.BOLD)),
                                new StyledText.Span(". Nobody ", java.util.Set.of()),
                                new StyledText.Span("moves", java.util.Set.of(Style.ITALIC, Style.UNDERLINE)),
                                new StyledText.Span(".", java.util.Set.of()))))
                        .dualDialogue(Dialogue.of("JIAYI", "You never listen."), Dialogue.of("MRS. SHEN", "(at once)",
                                "You never stay."))
                        .lyrics("Maple leaves are falling down")
                        .centered("THE END?"))
                .scene("EXT. ALLEY - DAY", s -> s.number("12A")
                        .action(("Wind. Dust. A shoe heel cracks the pavement. ").repeat(70))
                        .dialogue("JIAYI", monologue + " " + monologue)
                        .action("She walks away."))
                .build();
    }

    /** Three scenes of "Love Lights My Way Back Home": a rooftop, an alley, and a scene without shots. */
    public static Screenplay loveLights() {
        return Screenplay.builder()
                .title("Love Lights My Way Back Home")
                .author("Mei Tan")
                .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", scene -> scene
                        .number("1")
                        .action("Four students stand in a loose semicircle on rain-stained concrete.")
                        .dialogue("JIAYI", "You said you would tell them.")
                        .shot("1", s -> s.size("WS").framing("master").angle("eye level").move("static")
                                .lens(24).subjects("JIAYI", "LIN XIAO", "CHEN WEI").setup("A").audio("sync")
                                .description("The four students in a loose semicircle, the horizon behind them.")
                                .setupMinutes(20).shootingMinutes(15))
                        .shot("1A", s -> s.size("MCU").framing("single").angle("low").move("push-in slow")
                                .lens(50).subjects("JIAYI").setup("B").audio("sync")
                                .description("Jiayi's mouth opens: shock, disbelief, then accusation.").shootingMinutes(10))
                        .shot("1B", s -> s.size("CU").framing("OTS").move("pan left").move("tilt down")
                                .lens("85mm").subjects("CHEN WEI").setup("A").audio("sync")
                                .description("Chen Wei steps back, hands raised in mock surrender, over Jiayi's shoulder.")
                                .shootingMinutes(10).note("Match his eyeline to 1A"))
                        .shot("1C", s -> s.size("insert").framing("cutaway").lens(100).setup("C").audio("MOS")
                                .description("Jiayi's clenched fist, the blue phone case dangling from her fingers.")
                                .shootingMinutes(5).props("blue phone case")))
                .scene("EXT. ALLEY BEHIND THE OLD BRICK SCHOOL - AFTERNOON", scene -> scene
                        .number("2")
                        .action("Maple leaves. Motorbikes lean against the wall.")
                        .dialogue("MRS. SHEN", "(softly)", "Lin Xiao.")
                        .shot("2", s -> s.size("WS").framing("two-shot").move("tracking left").lens(35)
                                .subjects("LIN XIAO", "MRS. SHEN").setup("A").audio("sync")
                                .description("Mother and daughter walk parallel, the pavement between them.")
                                .shootingMinutes(20).equipment("dolly"))
                        .shot("2A", s -> s.size("ECU").angle("ground level").move("static").lens(100)
                                .subjects("MRS. SHEN").setup("B").audio("MOS")
                                .description("Her bare foot on the cracked red pavement, toes painted burgundy.")
                                .shootingMinutes(15).rackFocus("shoe", "foot"))
                        .shot("2B", s -> s.size("MCU").framing("reaction").move("handheld").lens(50)
                                .subjects("林晓").setup("A").audio("sync")
                                .description("林晓 looks past her mother, hands deep in her pockets.").shootingMinutes(10))
                        .shot("2C", s -> s.size("EWS").framing("establishing").angle("worm's eye")
                                .move("arc counterclockwise slow").lens("24-70mm").audio("wild track")
                                .description("The alley from the ground, maple leaves in the wind.").shootingMinutes(5)))
                .scene("INT. STAIRWELL - CONTINUOUS", scene -> scene
                        .number("3")
                        .action("Empty. Footsteps echo."))
                .build();
    }
}
