package dev.slate.core.cast;

import dev.slate.core.SceneRef;
import dev.slate.core.CastMember;
import dev.slate.core.Dialogue;
import dev.slate.core.Element;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.core.internal.Checks;
import dev.slate.core.internal.Dialogues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Each character of a screenplay with the scenes they appear in and how much they say: the cast in
 * order, then every other speaking character in order of first appearance. A character appears in a
 * scene where they speak (by name or by an alias of their cast entry) or are in frame in one of its
 * shots.
 *
 * @param rows one row per character
 *
 * @since 0.1.0
 */
public record CastReport(List<Row> rows) {

    public CastReport {
        rows = Checks.listOf(rows, "rows");
    }

    /**
     * One character.
     *
     * @param character      the name, as in the cast or as first written in a cue
     * @param scenes         the scenes they appear in, in order
     * @param dialogueBlocks how many times they speak: dialogue blocks, each side of a dual dialogue counting
     * @param dialogueLines  the non-blank lines of their speech, as written (parentheticals not counted)
     * @param words          the words of their speech
     */
    public record Row(String character, List<SceneRef> scenes, int dialogueBlocks, int dialogueLines, int words) {
        public Row {
            Checks.notBlank(character, "character");
            scenes = Checks.listOf(scenes, "scenes");
            Checks.notNegative(dialogueBlocks, "dialogueBlocks");
            Checks.notNegative(dialogueLines, "dialogueLines");
            Checks.notNegative(words, "words");
        }
    }

    /** The cast report of a screenplay. */
    public static CastReport of(Screenplay screenplay) {
        Checks.notNull(screenplay, "screenplay");
        return new Tally(screenplay).report();
    }

    /** The per-character counts of one report, keyed by the upper-case name. */
    private static final class Tally {
        private final Screenplay play;
        private final Map<String, Counts> counts = new LinkedHashMap<>();

        Tally(Screenplay play) {
            this.play = play;
            play.cast().forEach(member -> counts.putIfAbsent(key(member.name()), new Counts(member.name())));
        }

        CastReport report() {
            play.preamble().forEach(element -> countSpeech(element, -1));
            for (int s = 0; s < play.scenes().size(); s++) {
                for (Element element : play.scenes().get(s).elements()) {
                    countSpeech(element, s);
                }
            }
            // Once every speaker is known, a shot framing one puts them in its scene.
            for (int s = 0; s < play.scenes().size(); s++) {
                for (Shot shot : play.scenes().get(s).shots()) {
                    for (String subject : shot.subjects()) {
                        Counts known = counts.get(key(canonicalName(subject)));
                        if (known != null) {
                            known.appearsIn(s);
                        }
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            counts.values().forEach(c -> rows.add(c.row(play)));
            return new CastReport(rows);
        }

        private void countSpeech(Element element, int scene) {
            Dialogues.each(element, dialogue -> {
                String name = canonicalName(dialogue.character());
                Counts c = counts.computeIfAbsent(key(name), k -> new Counts(name));
                c.speaks(dialogue);
                if (scene >= 0) {
                    c.appearsIn(scene);
                }
            });
        }

        /** The cast name a name or alias stands for, or the name itself. */
        private String canonicalName(String name) {
            return play.castMember(name).map(CastMember::name).orElse(name.strip());
        }

        private static String key(String name) {
            return name.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** What one character says and where they appear, counted as the script is read. */
    private static final class Counts {
        private static final Pattern SPACE = Pattern.compile("\\s+");

        private final String name;
        private final Set<Integer> scenes = new TreeSet<>();
        private int blocks;
        private int lines;
        private int words;

        Counts(String name) {
            this.name = name;
        }

        void appearsIn(int scene) {
            scenes.add(scene);
        }

        void speaks(Dialogue dialogue) {
            blocks++;
            for (Dialogue.Part part : dialogue.parts()) {
                if (part instanceof Dialogue.Parenthetical) {
                    continue; // directions are not lines; speech and lyrics are
                }
                for (String line : part.text().plain().split("\n", -1)) {
                    if (!line.isBlank()) {
                        lines++;
                        words += SPACE.split(line.strip()).length;
                    }
                }
            }
        }

        Row row(Screenplay play) {
            List<SceneRef> refs = new ArrayList<>();
            scenes.forEach(s -> refs.add(SceneRef.of(s, play.scenes().get(s))));
            return new Row(name, refs, blocks, lines, words);
        }
    }
}
