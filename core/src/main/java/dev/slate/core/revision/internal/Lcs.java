package dev.slate.core.revision.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/** The longest common subsequence of two lists: which item of the new list matches which of the old. */
public final class Lcs {

    private Lcs() {
    }

    /**
     * For each item of {@code revised}, the index of the item of {@code old} it is matched with, or
     * {@code -1}; matches keep both lists' order.
     */
    public static <T> int[] match(List<T> old, List<T> revised, BiPredicate<T, T> same) {
        // a common head and tail are matched as they are (an unchanged draft costs one pass), and only
        // what lies between them goes through the quadratic table
        int[] matched = new int[revised.size()];
        Arrays.fill(matched, -1);
        int head = 0;
        while (head < old.size() && head < revised.size() && same.test(old.get(head), revised.get(head))) {
            matched[head] = head;
            head++;
        }
        int tail = 0;
        while (tail < old.size() - head && tail < revised.size() - head
                && same.test(old.get(old.size() - 1 - tail), revised.get(revised.size() - 1 - tail))) {
            matched[revised.size() - 1 - tail] = old.size() - 1 - tail;
            tail++;
        }
        int[] middle = table(old.subList(head, old.size() - tail), revised.subList(head, revised.size() - tail), same);
        for (int j = 0; j < middle.length; j++) {
            matched[head + j] = middle[j] < 0 ? -1 : head + middle[j];
        }
        return matched;
    }

    private static <T> int[] table(List<T> old, List<T> revised, BiPredicate<T, T> same) {
        int n = old.size();
        int m = revised.size();
        int[][] length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = same.test(old.get(i), revised.get(j))
                        ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        int[] matched = new int[m];
        Arrays.fill(matched, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same.test(old.get(i), revised.get(j))) {
                matched[j++] = i++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }
}
