package dev.slate.core.layout.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional markers of a scene that runs over a page: {@code (CONTINUED)} on the last line of the
 * page, and at the top of the next {@code CONTINUED:}, from the scene's third page on
 * {@code CONTINUED: (2)}, {@code (3)}..., with the scene number beside it where numbers are printed
 * ({@code 12  CONTINUED:  12}), as Final Draft and Movie Magic print them.
 */
final class ContinuedMarkers {

    private final Settings settings;
    private final List<String> numbers;
    private final int[] pagesSoFar;

    /** {@code numbers} are the printed scene numbers, one per scene. */
    ContinuedMarkers(Settings settings, List<String> numbers) {
        this.settings = settings;
        this.numbers = numbers;
        this.pagesSoFar = new int[numbers.size()];
    }

    /** The foot marker of a page where {@code scene} goes on, on row {@code row}. */
    Line foot(int scene, int row) {
        return new Line(row, LineKind.CONTINUED, settings.paper().rightEdge(), Line.Align.RIGHT,
                StyledText.of("(CONTINUED)"), scene);
    }

    /** The head marker of the next page of {@code scene}, in reading order; called once per such page. */
    List<Line> head(int scene) {
        int page = ++pagesSoFar[scene] + 1; // the scene's second page prints no count
        String text = page == 2 ? "CONTINUED:" : "CONTINUED: (" + (page - 1) + ")";
        List<Line> lines = new ArrayList<>();
        SceneNumberPosition where = settings.sceneNumbers();
        StyledText number = StyledText.of(numbers.get(scene));
        if (where == SceneNumberPosition.LEFT || where == SceneNumberPosition.BOTH) {
            lines.add(new Line(0, LineKind.SCENE_NUMBER, BlockMaker.SCENE_NUMBER_LEFT, Line.Align.LEFT, number, scene));
        }
        lines.add(new Line(0, LineKind.CONTINUED, Paper.LEFT_MARGIN, Line.Align.LEFT, StyledText.of(text), scene));
        if (where == SceneNumberPosition.RIGHT || where == SceneNumberPosition.BOTH) {
            lines.add(new Line(0, LineKind.SCENE_NUMBER, settings.paper().rightSceneNumber(), Line.Align.LEFT, number,
                    scene));
        }
        return lines;
    }
}
