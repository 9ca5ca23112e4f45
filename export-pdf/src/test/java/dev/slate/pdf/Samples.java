package dev.slate.pdf;

import dev.slate.core.Dialogue;
import dev.slate.core.Screenplay;
import dev.slate.core.Style;
import dev.slate.core.StyledText;

/** Screenplays for renderer tests, built with the model's builders. */
final class Samples {

    private Samples() {
    }

    /** Every element kind, a title page, and enough text for several pages. */
    static Screenplay rooftop() {
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
}
