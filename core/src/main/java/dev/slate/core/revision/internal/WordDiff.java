package dev.slate.core.revision.internal;

import dev.slate.core.revision.TextRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The word diff inside a changed element: the ranges of new or changed words of the new text and
 * the offsets where the old text's words were removed.
 */
public record WordDiff(List<TextRange> changed, List<Integer> removals) {

    /** Compares the words of {@code old} with those of {@code revised}. */
    public static WordDiff of(String old, String revised) {
        Words before = Words.of(old);
        Words after = Words.of(revised);
        int[] matched = Lcs.match(before.list(), after.list(), String::equals);
        List<TextRange> changed = new ArrayList<>();
        List<Integer> removals = new ArrayList<>();
        int nextOld = 0;
        for (int j = 0; j < matched.length; j++) {
            TextRange word = after.ranges().get(j);
            if (matched[j] < 0) {
                changed.add(word);
                continue;
            }
            if (matched[j] > nextOld && !precededByChange(changed, j, after)) {
                removals.add(word.start());
            }
            nextOld = matched[j] + 1;
        }
        if (nextOld < before.ranges().size() && (matched.length == 0 || matched[matched.length - 1] >= 0)) {
            removals.add(revised.length());
        }
        return new WordDiff(merged(changed, revised), List.copyOf(removals));
    }

    // A replaced word already carries the mark of the words it replaced.
    private static boolean precededByChange(List<TextRange> changed, int word, Words after) {
        return word > 0 && !changed.isEmpty() && changed.get(changed.size() - 1).equals(after.ranges().get(word - 1));
    }

    // Neighbouring changed words make one range, blanks between them included.
    private static List<TextRange> merged(List<TextRange> words, String text) {
        List<TextRange> ranges = new ArrayList<>();
        for (TextRange word : words) {
            if (!ranges.isEmpty()) {
                TextRange last = ranges.get(ranges.size() - 1);
                if (text.substring(last.end(), word.start()).isBlank()) {
                    ranges.set(ranges.size() - 1, new TextRange(last.start(), word.end()));
                    continue;
                }
            }
            ranges.add(word);
        }
        return List.copyOf(ranges);
    }
}
