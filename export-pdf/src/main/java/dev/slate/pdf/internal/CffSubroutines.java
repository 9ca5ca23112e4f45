package dev.slate.pdf.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the subroutines that the kept glyphs call, directly or through other subroutines, by reading
 * their Type 2 charstrings: numbers, stem hints (whose count sizes a hint mask) and the calls, whose
 * subroutine number is the last number before them plus the INDEX's bias.
 */
final class CffSubroutines {

    private final List<byte[]> globals;
    private final Set<Integer> usedGlobals;
    private List<byte[]> locals;
    private Set<Integer> usedLocals;
    private final Deque<Double> stack = new ArrayDeque<>();
    private int stems;
    private boolean ended;

    CffSubroutines(List<byte[]> globals, Set<Integer> usedGlobals) {
        this.globals = globals;
        this.usedGlobals = usedGlobals;
    }

    /** Notes the subroutines a glyph calls, its local ones from {@code locals} into {@code usedLocals}. */
    void scan(byte[] charString, List<byte[]> locals, Set<Integer> usedLocals) {
        this.locals = locals;
        this.usedLocals = usedLocals;
        stack.clear();
        stems = 0;
        ended = false;
        run(charString, 0);
    }

    private void run(byte[] cs, int depth) {
        if (depth > 10) {
            return; // the Type 2 limit; a deeper font is broken, and its glyph simply draws less
        }
        for (int i = 0; i < cs.length && !ended; ) {
            int b = cs[i] & 0xFF;
            if (b >= 32 && b <= 246) {
                stack.push((double) (b - 139));
                i++;
            } else if (b >= 247 && b <= 250) {
                stack.push((double) ((b - 247) * 256 + (cs[i + 1] & 0xFF) + 108));
                i += 2;
            } else if (b >= 251 && b <= 254) {
                stack.push((double) (-(b - 251) * 256 - (cs[i + 1] & 0xFF) - 108));
                i += 2;
            } else if (b == 28) {
                stack.push((double) (short) ((cs[i + 1] & 0xFF) << 8 | cs[i + 2] & 0xFF));
                i += 3;
            } else if (b == 255) {
                int fixed = (cs[i + 1] & 0xFF) << 24 | (cs[i + 2] & 0xFF) << 16 | (cs[i + 3] & 0xFF) << 8 | cs[i + 4] & 0xFF;
                stack.push(fixed / 65536.0);
                i += 5;
            } else if (b == 1 || b == 3 || b == 18 || b == 23) { // hstem, vstem, hstemhm, vstemhm
                stems += stack.size() / 2;
                stack.clear();
                i++;
            } else if (b == 19 || b == 20) { // hintmask, cntrmask: a leading vstem's pairs count too
                stems += stack.size() / 2;
                stack.clear();
                i += 1 + (stems + 7) / 8;
            } else if (b == 10 || b == 29) { // callsubr, callgsubr
                List<byte[]> subrs = b == 10 ? locals : globals;
                Set<Integer> used = b == 10 ? usedLocals : usedGlobals;
                i++;
                if (stack.isEmpty() || subrs == null) {
                    continue;
                }
                int number = (int) (double) stack.pop() + bias(subrs.size());
                if (number >= 0 && number < subrs.size()) {
                    used.add(number);
                    run(subrs.get(number), depth + 1);
                }
            } else if (b == 11) { // return
                return;
            } else if (b == 14) { // endchar
                ended = true;
            } else {
                stack.clear();
                i += b == 12 ? 2 : 1;
            }
        }
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }
}
