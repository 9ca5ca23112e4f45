package dev.slate.core.fountain;

import dev.slate.core.testing.SharedFolder;
import dev.slate.core.ReadResult;

import dev.slate.core.Action;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script of the shared corpus reads without an error, and its scenes, characters and element
 * counts match what fountain-js 1.2.4 (aw-parser for the one file fountain-js fails on) made of it:
 * the token sequences committed under corpus-expected/. Where this reader follows the Fountain spec
 * or afterwriting instead, corpus-expected/deviations.txt says by how much and why.
 */
class CorpusTest {

    static Stream<Path> corpus() {
        return SharedFolder.fountainScripts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsLikeTheReferenceParser(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".fountain", "");
        ReadResult result = FountainReader.create().read(Files.readString(file));
        assertThat(result.problems()).as("error-level problems").noneMatch(Problem::isError);

        List<String> tokens = tokens(name);
        Map<String, Integer> expected = new TreeMap<>();
        Set<String> expectedCharacters = new TreeSet<>();
        boolean fountainJs = !tokens.isEmpty() && !tokens.get(0).startsWith("title_page");
        for (String token : tokens) {
            String[] parts = token.split("\t", 2);
            expected.merge(kind(parts[0], fountainJs), 1, Integer::sum);
            if (parts[0].equals("character")) {
                expectedCharacters.add(characterName(parts[1]));
            }
        }
        for (String[] deviation : deviations(name)) {
            if (deviation[1].equals("character")) {
                String character = deviation[2].substring(1);
                if (deviation[2].startsWith("-")) {
                    expectedCharacters.remove(character);
                } else {
                    expectedCharacters.add(character);
                }
            } else {
                expected.merge(deviation[1], Integer.parseInt(deviation[2]), Integer::sum);
            }
        }

        Screenplay play = result.screenplay();
        Map<String, Integer> actual = counts(play);
        assertThat(actual.getOrDefault("scene", 0)).as("scenes").isEqualTo(expected.getOrDefault("scene", 0));
        assertThat(new TreeSet<>(play.characters())).as("characters").isEqualTo(expectedCharacters);
        if (fountainJs) {
            for (String kind : List.of("action", "dialogue", "parenthetical", "transition", "centered", "lyrics",
                    "page_break", "note", "section", "synopsis")) {
                assertThat(actual.getOrDefault(kind, 0)).as(kind + " count").isEqualTo(expected.getOrDefault(kind, 0));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writtenBackReadsTheSame(Path file) throws IOException {
        Screenplay play = FountainReader.create().read(Files.readString(file)).screenplay();
        String written = FountainWriter.create().write(play);
        ReadResult again = FountainReader.create().read(written);
        assertThat(again.problems()).as("problems reading the written text").isEmpty();
        assertThat(again.screenplay()).as("read back").isEqualTo(play);
    }

    /** Every line "> TEXT" (not centered) is a transition reading TEXT: the marker and the space after it dropped. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void forcedTransitionsDropTheirMarker(Path file) throws IOException {
        String text = Files.readString(file);
        ReadResult result = FountainReader.create().read(text);
        Map<Integer, String> transitions = new TreeMap<>(); // by source line
        Screenplay play = result.screenplay();
        for (int s = -1; s < play.scenes().size(); s++) {
            List<Element> elements = s < 0 ? play.preamble() : play.scenes().get(s).elements();
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e) instanceof Transition transition) {
                    int line = result.sourceMap().element(s, e).orElseThrow().line();
                    transitions.put(line, transition.text().plain());
                }
            }
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<Integer, String> forced = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(">") && !line.endsWith("<")) {
                forced.put(i + 1, line.substring(1).strip());
            }
        }
        assertThat(transitions).as("transitions by line").containsAllEntriesOf(forced);
        assertThat(transitions.values()).as("transition texts").noneMatch(t -> t.startsWith(">"));
    }

    /** fountain-js token types as element kinds; aw-parser's line tokens count only as scenes and cues. */
    private static String kind(String type, boolean fountainJs) {
        return switch (type) {
            case "scene_heading" -> "scene";
            case "dialogue_begin" -> "dialogue";
            case "dialogue" -> fountainJs ? "speech" : "dialogue-line";
            default -> type;
        };
    }

    private static String characterName(String cue) {
        String name = cue.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (name.endsWith("^")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        while (name.endsWith(")") && name.lastIndexOf('(') > 0) {
            name = name.substring(0, name.lastIndexOf('(')).strip();
        }
        return name;
    }

    private static Map<String, Integer> counts(Screenplay play) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("scene", play.scenes().size());
        List<Element> all = new ArrayList<>(play.preamble());
        play.scenes().stream().map(Scene::elements).forEach(all::addAll);
        for (Element e : all) {
            if (e instanceof DualDialogue dual) {
                count(counts, dual.left());
                count(counts, dual.right());
            } else if (e instanceof Dialogue d) {
                count(counts, d);
            } else {
                counts.merge(e instanceof Action ? "action" : e instanceof Transition ? "transition"
                        : e instanceof CenteredText ? "centered" : e instanceof Lyrics ? "lyrics"
                        : e instanceof PageBreak ? "page_break" : e instanceof Note ? "note"
                        : e instanceof Section ? "section" : e instanceof Synopsis ? "synopsis" : "other", 1,
                        Integer::sum);
            }
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, Dialogue d) {
        counts.merge("dialogue", 1, Integer::sum);
        for (Dialogue.Part part : d.parts()) {
            if (part instanceof Dialogue.Parenthetical) {
                counts.merge("parenthetical", 1, Integer::sum);
            }
        }
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String line : resource("/corpus-expected/" + name + ".tokens").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                tokens.add(line);
            }
        }
        return tokens;
    }

    /**
     * The tab-separated lines {@code FILE KIND DELTA REASON} of deviations.txt for this file; for the
     * kind {@code character} the delta is {@code -NAME} or {@code +NAME}.
     */
    private static List<String[]> deviations(String name) {
        List<String[]> deviations = new ArrayList<>();
        for (String line : resource("/corpus-expected/deviations.txt").split("\n")) {
            String[] parts = line.split("\t");
            if (!line.startsWith("#") && parts.length == 4 && parts[0].equals(name)) {
                deviations.add(parts);
            }
        }
        return deviations;
    }

    private static String resource(String path) {
        try (InputStream in = CorpusTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
