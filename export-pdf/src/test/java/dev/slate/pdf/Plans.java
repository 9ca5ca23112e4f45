package dev.slate.pdf;

import dev.slate.core.Dialogue;
import dev.slate.core.Element;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Coverage;
import dev.slate.core.shot.Shot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shot plan a director might draw up for any script: a master per scene, a single per speaker, an insert. */
final class Plans {

    private Plans() {
    }

    /** The screenplay with every scene's shots replaced by a master, singles of up to three speakers and an insert. */
    static Screenplay coverEveryScene(Screenplay play) {
        List<Scene> scenes = new ArrayList<>();
        for (int s = 0; s < play.scenes().size(); s++) {
            Scene scene = play.scenes().get(s);
            List<Element> elements = scene.elements();
            List<Shot> shots = new ArrayList<>();
            if (!elements.isEmpty()) {
                String n = Integer.toString(s + 1);
                shots.add(Shot.builder(n).size("WS").framing("master")
                        .coverage(new Coverage(0, elements.size() - 1)).build());
                Map<String, int[]> speakers = new LinkedHashMap<>();
                for (int e = 0; e < elements.size(); e++) {
                    if (elements.get(e) instanceof Dialogue d && (speakers.size() < 3
                            || speakers.containsKey(d.character()))) {
                        int index = e;
                        speakers.computeIfAbsent(d.character(), k -> new int[] {index, index})[1] = e;
                    }
                }
                char letter = 'A';
                for (Map.Entry<String, int[]> speaker : speakers.entrySet()) {
                    shots.add(Shot.builder(n + letter++).size("CU").framing("single").subjects(speaker.getKey())
                            .coverage(new Coverage(speaker.getValue()[0], speaker.getValue()[1])).build());
                }
                shots.add(Shot.builder(n + letter).size("insert").coverage(Coverage.of(elements.size() / 2)).build());
            }
            scenes.add(scene.toBuilder().shots(shots).build());
        }
        return play.toBuilder().scenes(scenes).build();
    }
}
