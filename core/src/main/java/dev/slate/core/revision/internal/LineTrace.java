package dev.slate.core.revision.internal;

import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Screenplay;
import dev.slate.core.layout.Layout;
import dev.slate.core.layout.Line;
import dev.slate.core.layout.LineKind;
import dev.slate.core.layout.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each printed line of a layout comes from: the element and the characters of its compared
 * text ({@link ElementText}) that the line shows. Found by reading the lines of each scene in order
 * against the printed text of its elements, white space ignored, so that the layout needs to know
 * nothing of revisions: a cue, a parenthetical's brackets and a wrapped row are all found where the
 * paginator put them.
 */
public final class LineTrace {

    /** A line's source: element {@code element} of scene {@code scene} (-1 before the first), characters {@code start..end}. */
    public record Source(int scene, int element, int start, int end) {
    }

    /** The printed text of one column of an element, and for each of its characters the compared offset. */
    private record Column(String text, int[] offsets) {
    }

    private final Screenplay screenplay;
    private int scene = Integer.MIN_VALUE;
    private int element;
    private List<Column> columns = List.of();
    private int[] positions = new int[0];

    private LineTrace(Screenplay screenplay) {
        this.screenplay = screenplay;
    }

    /** The source of every line, page by page and line by line as the layout lists them; null for lines no element prints. */
    public static List<List<Source>> of(Screenplay screenplay, Layout layout) {
        LineTrace trace = new LineTrace(screenplay);
        List<List<Source>> pages = new ArrayList<>(layout.pageCount());
        for (Page page : layout.pages()) {
            List<Source> sources = new ArrayList<>(page.lines().size());
            for (Line line : page.lines()) {
                sources.add(traced(line.kind()) ? trace.next(line) : null);
            }
            pages.add(sources);
        }
        return pages;
    }

    /** Whether a line of this kind prints the text of a compared element. */
    private static boolean traced(LineKind kind) {
        return switch (kind) {
            case ACTION, CHARACTER, PARENTHETICAL, DIALOGUE, LYRICS, TRANSITION, CENTERED -> true;
            default -> false;
        };
    }

    private Source next(Line line) {
        if (line.scene() != scene) {
            scene = line.scene();
            element = -1;
            columns = List.of();
        }
        List<Element> elements = scene < 0 ? screenplay.preamble()
                : scene < screenplay.scenes().size() ? screenplay.scenes().get(scene).elements() : List.of();
        String text = line.text().plain();
        if (text.isBlank()) {
            return null;
        }
        for (int e = Math.max(element, 0); e < elements.size(); e++) {
            if (e != element) {
                List<Column> next = columns(elements.get(e));
                if (next.isEmpty()) {
                    continue;
                }
                element = e;
                columns = next;
                positions = new int[next.size()];
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                int start = skipSpace(column.text(), positions[c]);
                int end = match(column.text(), start, text);
                if (end >= 0) {
                    positions[c] = end;
                    return new Source(scene, element, column.offsets()[start],
                            end > start ? column.offsets()[end - 1] + 1 : column.offsets()[start]);
                }
            }
        }
        return null;
    }

    /** Where {@code line} ends when it is read from {@code start} of {@code text}, white space ignored; -1 when it is not there. */
    private static int match(String text, int start, String line) {
        int i = start;
        boolean any = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isWhitespace(c)) {
                continue;
            }
            i = skipSpace(text, i);
            if (i >= text.length() || text.charAt(i) != c) {
                return -1;
            }
            i++;
            any = true;
        }
        return any ? i : -1;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The printed columns of a compared element (two for dual dialogue), none for an element not compared. */
    private static List<Column> columns(Element element) {
        Optional<ElementText.Keyed> keyed = ElementText.of(element);
        if (keyed.isEmpty()) {
            return List.of();
        }
        if (element instanceof Dialogue dialogue) {
            return List.of(dialogue(dialogue, 0));
        }
        if (element instanceof DualDialogue dual) {
            Column left = dialogue(dual.left(), 0);
            int right = ElementText.of(dual).get().text().length() - ElementText.dialogue(dual.right()).length();
            return List.of(left, dialogue(dual.right(), right));
        }
        String text = keyed.get().text();
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            offsets[i] = i;
        }
        return List.of(new Column(text, offsets));
    }

    /** A dialogue as printed: its cue, and each part on its own line, parentheticals in brackets. */
    private static Column dialogue(Dialogue dialogue, int base) {
        StringBuilder printed = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int at = base;
        String cue = dialogue.cue();
        for (int i = 0; i < cue.length(); i++) {
            printed.append(cue.charAt(i));
            offsets.add(at++);
        }
        for (Dialogue.Part part : dialogue.parts()) {
            printed.append('\n');
            offsets.add(at++);
            String text = part.text().plain();
            boolean bracketed = part instanceof Dialogue.Parenthetical;
            if (bracketed) {
                printed.append('(');
                offsets.add(at);
            }
            for (int i = 0; i < text.length(); i++) {
                printed.append(text.charAt(i));
                offsets.add(at++);
            }
            if (bracketed) {
                printed.append(')');
                offsets.add(Math.max(at - 1, base));
            }
        }
        offsets.add(at);
        return new Column(printed.toString(), offsets.stream().mapToInt(Integer::intValue).toArray());
    }
}
