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
