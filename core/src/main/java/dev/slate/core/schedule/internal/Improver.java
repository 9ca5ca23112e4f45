package dev.slate.core.schedule.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Improves the order of the locations by moving one location at a time to where the packed schedule
 * costs least, until no move helps (or after a few rounds): a day costs most, then a company move,
 * then a cast member's work day, then a hold day. Night work stays after day work.
 */
public final class Improver {

    private static final int ROUNDS = 4;
    private static final long DAY = 1000;
    private static final long MOVE = 60;
    private static final long CAST_DAY = 20;
    private static final long HOLD_DAY = 4;

    private final Packer packer;

    /** An improver that packs with this packer. */
    public Improver(Packer packer) {
        this.packer = packer;
    }

    /** The work in the best order found, flattened. */
    public List<Work> improve(List<List<Work>> groups) {
        List<List<Work>> order = new ArrayList<>();
        groups.forEach(g -> order.add(packer.split(g)));
        long best = cost(order);
        for (int round = 0; round < ROUNDS; round++) {
            boolean better = false;
            for (int i = 0; i < order.size(); i++) {
                List<Work> moving = order.get(i);
                int bestAt = i;
                for (int j = 0; j < order.size(); j++) {
                    if (j == i || !sameKind(order, moving, j)) {
                        continue;
                    }
                    List<List<Work>> trial = new ArrayList<>(order);
                    trial.remove(i);
                    trial.add(j, moving);
                    long cost = cost(trial);
                    if (cost < best) {
                        best = cost;
                        bestAt = j;
                    }
                }
                if (bestAt != i) {
                    order.remove(i);
                    order.add(bestAt, moving);
                    better = true;
                }
            }
            if (!better) {
                break;
            }
        }
        List<Work> out = new ArrayList<>();
        order.forEach(out::addAll);
        return out;
    }

    /** Whether the group may stand at position j: among groups of the same day or night kind. */
    private static boolean sameKind(List<List<Work>> order, List<Work> moving, int j) {
        boolean night = moving.get(0).night();
        return order.get(j).get(0).night() == night;
    }

    private long cost(List<List<Work>> order) {
        List<Work> flat = new ArrayList<>();
        order.forEach(flat::addAll);
        List<Packer.Day> days = packer.fill(flat, true);
        long moves = 0;
        long worked = 0;
        BitSet seen = new BitSet();
        int[] first = new int[64];
        int[] last = new int[64];
        for (int d = 0; d < days.size(); d++) {
            Packer.Day day = days.get(d);
            moves += day.moves;
            worked += day.cast.cardinality();
            for (int c = day.cast.nextSetBit(0); c >= 0; c = day.cast.nextSetBit(c + 1)) {
                if (c >= first.length) {
                    first = Arrays.copyOf(first, c * 2);
                    last = Arrays.copyOf(last, c * 2);
                }
                if (!seen.get(c)) {
                    seen.set(c);
                    first[c] = d;
                }
                last[c] = d;
            }
        }
        long span = 0;
        for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
            span += last[c] - first[c] + 1;
        }
        return days.size() * DAY + moves * MOVE + worked * CAST_DAY + (span - worked) * HOLD_DAY;
    }
}
