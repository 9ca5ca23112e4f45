package dev.slate.core.revision.internal;

import dev.slate.core.Element;
import dev.slate.core.revision.ChangeKind;
import dev.slate.core.revision.ElementChange;
import dev.slate.core.revision.TextRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The diff over the compared elements of two element lists, keyed by kind and text; an old and a new
 * element of the same kind left unmatched between the same two matches are one changed element,
 * compared word by word.
 */
public final class ElementDiff {

    /** The changes of the new list's elements, and whether elements were removed after the last. */
    public record Result(List<ElementChange> changes, boolean removedAtEnd) {
    }

    private record Item(int index, ElementText.Keyed key) {
    }

    private ElementDiff() {
    }

    /** Compares {@code old} with {@code revised}. */
    public static Result of(List<Element> old, List<Element> revised) {
        List<Item> before = compared(old);
        List<Item> after = compared(revised);
        int[] matched = Lcs.match(before, after, (a, b) -> a.key().equals(b.key()));
        ElementChange[] changes = new ElementChange[revised.size()];
        boolean pendingRemoval = false;
        int nextOld = 0;
        int j = 0;
        while (j <= after.size()) {
            int end = j;
            while (end < after.size() && matched[end] < 0) {
                end++;
            }
            int oldEnd = end < after.size() ? matched[end] : before.size();
            pendingRemoval = gap(before.subList(nextOld, oldEnd), after.subList(j, end), changes);
            if (end == after.size()) {
                break;
            }
            Item kept = after.get(end);
            changes[kept.index()] = pendingRemoval
                    ? new ElementChange(ChangeKind.UNCHANGED, OptionalInt.of(before.get(oldEnd).index()), List.of(),
                    List.of(0))
                    : ElementChange.unchanged(before.get(oldEnd).index());
            pendingRemoval = false;
            nextOld = oldEnd + 1;
            j = end + 1;
        }
        for (int i = 0; i < changes.length; i++) {
            if (changes[i] == null) {
                changes[i] = new ElementChange(ChangeKind.UNCHANGED, OptionalInt.empty(), List.of(), List.of());
            }
        }
        return new Result(List.of(changes), pendingRemoval);
    }

    // Pairs the unmatched old and new elements of one gap by kind, in order; returns whether old
    // elements were left over (removed) after the gap's last new element.
    private static boolean gap(List<Item> old, List<Item> revised, ElementChange[] changes) {
        int o = 0;
        boolean removed = false;
        for (Item item : revised) {
            int pair = -1;
            for (int k = o; k < old.size(); k++) {
                if (old.get(k).key().kind().equals(item.key().kind())) {
                    pair = k;
                    break;
                }
            }
            if (pair < 0) {
                String text = item.key().text();
                List<Integer> removals = removed ? List.of(0) : List.of();
                changes[item.index()] = new ElementChange(ChangeKind.INSERTED, OptionalInt.empty(),
                        List.of(new TextRange(0, text.length())), removals);
                removed = false;
                continue;
            }
            WordDiff words = WordDiff.of(old.get(pair).key().text(), item.key().text());
            List<Integer> removals = new ArrayList<>(words.removals());
            if ((pair > o || removed) && !removals.contains(0)) {
                removals.add(0, 0);
            }
            changes[item.index()] = new ElementChange(ChangeKind.CHANGED, OptionalInt.of(old.get(pair).index()),
                    words.changed(), removals);
            removed = false;
            o = pair + 1;
        }
        return removed || o < old.size();
    }

    private static List<Item> compared(List<Element> elements) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Optional<ElementText.Keyed> key = ElementText.of(elements.get(i));
            if (key.isPresent()) {
                items.add(new Item(i, key.get()));
            }
        }
        return items;
    }
}
