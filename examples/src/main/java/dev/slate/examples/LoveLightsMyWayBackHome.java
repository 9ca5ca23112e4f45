package dev.slate.examples;

import dev.slate.core.Screenplay;
import dev.slate.core.report.CsvShotListWriter;
import dev.slate.docx.DocxShotListRenderer;
import dev.slate.fdx.FdxWriter;
import dev.slate.pdf.PdfScreenplayRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two scenes of <i>Love Lights My Way Back Home</i> (a school rooftop and an alley), with their
 * shot plan, written with the builder API. The same screenplay is bundled as
 * {@code love-lights-my-way-back-home.fountain}; a test proves both are equal.
 *
 * <p>Run it to write the screenplay PDF, the shot-list DOCX, its CSV and the script as a Final Draft
 * file (FDX, shot plan carried as script notes) into a folder (default
 * {@code target/love-lights}). This is an example: no API contract.
 */
public final class LoveLightsMyWayBackHome {

    private LoveLightsMyWayBackHome() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/love-lights");
        for (Path file : write(screenplay(), folder)) {
            System.out.println(file);
        }
    }

    /** Writes the PDF, DOCX, CSV and FDX of a screenplay into a folder; returns the files written. */
    static Path[] write(Screenplay play, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path pdf = folder.resolve("love-lights-my-way-back-home.pdf");
        Path docx = folder.resolve("love-lights-my-way-back-home-shotlist.docx");
        Path csv = folder.resolve("love-lights-my-way-back-home-shotlist.csv");
        Path fdx = folder.resolve("love-lights-my-way-back-home.fdx");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfScreenplayRenderer.builder().build().render(play, out);
        }
        try (OutputStream out = Files.newOutputStream(docx)) {
            DocxShotListRenderer.builder().build().render(play, out);
        }
        try (OutputStream out = Files.newOutputStream(csv)) {
            CsvShotListWriter.builder().build().write(play, out);
        }
        try (OutputStream out = Files.newOutputStream(fdx)) {
            FdxWriter.create().write(play, out);
        }
        return new Path[] {pdf, docx, csv, fdx};
    }

    public static Screenplay screenplay() {
        return Screenplay.builder()
                .title("Love Lights My Way Back Home")
                .credit("Written by")
                .author("The Slate Team")
                .draftDate("26 November 2026")
                .character("JIAYI", "17, navy blazer with the school crest, tie knotted precisely")
                .character("LIN XIAO", "17, Jiayi's classmate; Mrs. Shen's daughter")
                .character("CHEN WEI", "17, jacket unbuttoned")
                .character("THIRD GIRL", "17, a classmate who hangs back")
                .character("MRS. SHEN", "40s, Lin Xiao's mother; burgundy velvet, white silk scarf, brooch")
                .scene("EXT. SCHOOL ROOFTOP - LATE AFTERNOON", scene -> scene
                        .number("1")
                        .action("Rain has stained the concrete in long grey tongues. The city behind the rail "
                                + "is going gold.")                                                        // 0
                        .action("Four students in a loose semicircle. At the centre, JIAYI, the school crest "
                                + "pinned to her navy blazer, her tie knotted to the collar. LIN XIAO grips a "
                                + "wooden broom handle upright, like a staff. A THIRD GIRL hangs back by the "
                                + "water tank.")                                                           // 1
                        .action("CHEN WEI, jacket unbuttoned, steps back with his hands raised in mock "
                                + "surrender. His eyes drift to the horizon.")                             // 2
                        .dialogue("JIAYI", "You said it was a joke.")                                      // 3
                        .dialogue("CHEN WEI", "It was a joke.")                                            // 4
                        .dialogue("JIAYI", "(the shock turning)", "You showed them. All of them.")         // 5
                        .dialogue("CHEN WEI", "(to the sky, not to her)",
                                "Everybody's seen worse.")                                                 // 6
                        .dialogue("JIAYI", "Not of me.")                                                   // 7
                        .action("Lin Xiao plants the broom handle on the concrete. She says nothing. She "
                                + "has chosen a side.")                                                    // 8
                        .action("Jiayi looks past him: the stairwell door, the rail, the drop. There is no "
                                + "way out she would take.")                                               // 9
                        .action("Her fist clenches. The blue phone case dangles from her fingers, its "
                                + "screen dark. She does not call for help. She does not run. She holds.")  // 10
                        .dialogue("THIRD GIRL", "(barely)", "Jiayi...")                                    // 11
                        .dialogue("JIAYI", "Don't.")                                                       // 12
                        .action("Chen Wei shrugs and looks at the horizon, as if he were late for "
                                + "somewhere else.")                                                       // 13
                        .shot("1", shot -> shot.size("WS").framing("group").angle("eye level").move("static")
                                .lens(35).subjects("JIAYI", "LIN XIAO", "CHEN WEI", "THIRD GIRL")
                                .description("Master: the four on the stained roof, the city behind them")
                                .setup("A").equipment("tripod").audio("sync").shootingMinutes(20).covers(0, 13))
                        .shot("1A", shot -> shot.size("MS").framing("single").angle("eye level")
                                .move("pan right").lens(50).subjects("CHEN WEI")
                                .description("Chen Wei backs away, hands raised, eyes on the horizon")
                                .setup("C").audio("sync").shootingMinutes(10).covers(2, 6))
                        .shot("1B", shot -> shot.size("MCU").framing("single").angle("eye level")
                                .move("push-in slow").lens(85).subjects("JIAYI")
                                .description("Jiayi: shock, disbelief, then accusation").setup("B")
                                .equipment("dolly").audio("sync").shootingMinutes(15).covers(3, 12))
                        .shot("1C", shot -> shot.size("MS").framing("single").angle("low").move("static")
                                .lens(50).subjects("LIN XIAO").props("broom handle")
                                .description("Lin Xiao plants the broom handle like a staff of judgment")
                                .setup("C").audio("sync").shootingMinutes(8).covers(8, 8))
                        .shot("1D", shot -> shot.size("ECU").framing("cutaway").angle("eye level")
                                .move("static").lens(100).subjects("JIAYI").props("blue phone case")
                                .description("Insert: Jiayi's clenched fist, the blue phone case dangling")
                                .setup("D").equipment("macro lens", "slider").audio("MOS").shootingMinutes(10)
                                .note("Hold long; the camera lingers").covers(10, 10)))
                .scene("EXT. ALLEY BEHIND THE OLD BRICK SCHOOL - LATE AFTERNOON", scene -> scene
                        .number("2")
                        .action("Fallen maple leaves on cracked red pavement. Motorbikes lean against the "
                                + "brick wall like forgotten sentinels.")                                  // 0
                        .action("LIN XIAO walks alone, phone to her ear, shoulders hunched, her pace measured.")  // 1
                        .dialogue("LIN XIAO", "(into the phone)", "I said I'm coming. I know what time it is.") // 2
                        .action("On the other side of the alley MRS. SHEN walks parallel to her: burgundy "
                                + "velvet, a white silk scarf tied in a bow at her throat, a pearl-and-crystal "
                                + "brooch catching the weak light. Her heels click. One step hitches.")    // 3
                        .dialogue("MRS. SHEN", "(softly)", "Lin Xiao.")                                    // 4
                        .action("Lin Xiao stops. She lowers the phone, tucks it into her blazer pocket and "
                                + "half turns.")                                                           // 5
                        .action("Mrs. Shen's heel catches a crack. She pitches forward, arms wide. Her left "
                                + "foot slides out of the shoe: toes painted burgundy, the arch reddened where "
                                + "the strap bit in.")                                                     // 6
                        .action("She leaves the shoe where it lies.")                                      // 7
                        .dialogue("MRS. SHEN", "I'm not here to shout.", "(beat)",
                                "I'm afraid. Of losing you. Of standing in that house and nobody seeing "
                                        + "me.")                                                           // 8
                        .action("Lin Xiao's hands stay in her pockets. Her eyes go past her mother's "
                                + "shoulder, to the traffic, the leaves, anything else.")                  // 9
                        .dialogue("MRS. SHEN", "(a whisper)", "I just wanted you to be safe.")             // 10
                        .action("In the pocket, Lin Xiao's knuckles whiten.")                              // 11
                        .action("A single tear cuts a path through Mrs. Shen's foundation. Her trembling "
                                + "hand finds Lin Xiao's forearm and rests there.")                        // 12
                        .action("Lin Xiao does not pull away. She does not lean in.")                      // 13
                        .action("The hand on the forearm. Lin Xiao's eyes on the horizon. The shoe in the "
                                + "dust.")                                                                 // 14
                        .transition("FADE OUT.")                                                           // 15
                        .shot("2", shot -> shot.size("WS").framing("two-shot").angle("eye level")
                                .move("tracking right slow").lens(35).subjects("LIN XIAO", "MRS. SHEN")
                                .description("Mother and daughter walk parallel, the alley between them")
                                .setup("A").equipment("gimbal").audio("sync").shootingMinutes(25).covers(0, 5)
                                .note("No music. Leaves crunching, a distant scooter"))
                        .shot("2A", shot -> shot.size("MCU").framing("single").angle("eye level")
                                .move("tracking right").lens(50).subjects("LIN XIAO").props("phone")
                                .description("Lin Xiao on the phone; she lowers it and pockets it")
                                .setup("B").equipment("gimbal").audio("sync").shootingMinutes(12).covers(1, 5))
                        .shot("2B", shot -> shot.size("ECU").framing("cutaway").angle("eye level")
                                .move("static").lens(100).subjects("MRS. SHEN").props("silk scarf", "brooch")
                                .description("Insert: the knot of the white silk scarf, the brooch catching "
                                        + "the light")
                                .setup("C").equipment("macro lens").audio("MOS").shootingMinutes(6).covers(3, 3))
                        .shot("2C", shot -> shot.size("CU").framing("single").angle("eye level").move("static")
                                .lens(85).subjects("MRS. SHEN")
                                .description("Mrs. Shen calls her name softly, her eyes already wet")
                                .setup("C").audio("sync").shootingMinutes(12).covers(4, 10))
                        .shot("2D", shot -> shot.size("CU").angle("ground level").move("crane down slow")
                                .lens(50).subjects("MRS. SHEN").props("shoe")
                                .description("The camera drops, low and intimate, to the bare foot on the "
                                        + "red pavement")
                                .setup("D").equipment("jib").audio("sync").shootingMinutes(20).covers(6, 7)
                                .note("Foot double on standby"))
                        .shot("2E", shot -> shot.size("CU").framing("reaction").angle("eye level")
                                .move("push-in slow").lens(85).subjects("LIN XIAO")
                                .description("Lin Xiao's eyes past her mother's shoulder; her knuckles "
                                        + "whiten in the pocket")
                                .setup("B").equipment("dolly").audio("sync").shootingMinutes(12).covers(8, 11))
                        .shot("2F", shot -> shot.size("ECU").framing("cutaway").angle("eye level")
                                .move("static").lens(100).subjects("LIN XIAO").props("school badge")
                                .description("Insert: the frayed edge of Lin Xiao's school badge")
                                .setup("B").equipment("macro lens").audio("MOS").shootingMinutes(5).covers(9, 9))
                        .shot("2G", shot -> shot.size("ECU").framing("cutaway").angle("low").move("static")
                                .lens(100).description("Dust motes in the slanted sunlight through the trees")
                                .setup("E").audio("wild track").shootingMinutes(5)
                                .note("Record a wild track of leaves and breath").covers(12, 12))
                        .shot("2H", shot -> shot.size("MS").framing("two-shot").angle("low").move("static")
                                .rackFocus("the shoe", "Lin Xiao").lens(35).subjects("LIN XIAO", "MRS. SHEN")
                                .props("shoe")
                                .description("Final image: the hand on the forearm, Lin Xiao's eyes on the "
                                        + "horizon, the shoe in the dust")
                                .setup("E").equipment("tripod").audio("sync").shootingMinutes(20).covers(12, 15))
                        // The shooting schedule: one note a day (docs/schedule.md).
                        .note("DAY 1: Mon 2027-03-01 | call 12:00 | 8h\n  | scene 1\n  | meal 45 min\n"
                                + "  | move 30 min to ALLEY BEHIND THE OLD BRICK SCHOOL\n  | scene 2: setups A, B")
                        .note("DAY 2: Tue 2027-03-02 | call 13:00 | 8h | scene 2: setups C, D, E"))
                .build();
    }
}
