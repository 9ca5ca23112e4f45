package dev.slate.core.fountain.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the notes ({@code [[ ... ]]}, also across lines) of one paragraph and removes them from its
 * lines. A note cannot cross a blank line, so the search for its end stops with the paragraph; once
 * a search fails no later note of the paragraph can close, which keeps the scan linear.
 */
final class NoteScanner {

    /** A note's text (escapes kept) and where it starts: paragraph line index, source line and column. */
    record Found(String text, int index, int line, int column) {
    }

    /**
     * The paragraph's lines without their notes, and the notes in order.
     *
     * @param inNote for each line, whether some of it belonged to a note
     */
    record Result(List<String> cleanLines, List<Found> notes, boolean[] inNote) {

        /** Whether a line held nothing but notes. */
        boolean onlyNotes(int k) {
            return inNote[k] && SourceLine.isWhitespace(cleanLines.get(k));
        }
    }

    private NoteScanner() {
    }

    static Result scan(List<SourceLine> lines, Problems problems) {
        List<String> clean = new ArrayList<>(lines.size());
        List<Found> notes = new ArrayList<>();
        boolean hasOpen = false;
        for (SourceLine line : lines) {
            if (line.text().indexOf("[[") >= 0) {
                hasOpen = true;
                break;
            }
        }
        if (!hasOpen) {
            for (SourceLine line : lines) {
                clean.add(line.text());
            }
            return new Result(clean, notes, new boolean[lines.size()]);
        }
        boolean noClose = false; // a search for "]]" failed: the rest of the paragraph holds none
        int closeLine = -1;
        int closeAt = -1; // the last "]]" found ahead, reused while before it
        StringBuilder note = null;
        boolean[] inNote = new boolean[lines.size()];
        StringBuilder[] outs = new StringBuilder[lines.size()];
        int noteIndex = 0;
        int noteLine = 0;
        int noteColumn = 0;
        for (int k = 0; k < lines.size(); k++) {
            String text = lines.get(k).text();
            outs[k] = new StringBuilder(text.length());
            // Text after a note that closes on a later line joins the line the note opened on.
            StringBuilder out = note != null ? outs[noteIndex] : outs[k];
            inNote[k] = note != null;
            boolean closedAfterSpace = false; // one of the spaces around a removed note is dropped
            int n = text.length();
            for (int i = 0; i < n; ) {
                char c = text.charAt(i);
                StringBuilder target = note != null ? note : out;
                if (c == ' ' && closedAfterSpace && note == null) {
                    closedAfterSpace = false;
                    i++;
                } else if (c == '\\' && i + 1 < n) {
                    closedAfterSpace = false;
                    target.append(c).append(text.charAt(i + 1));
                    i += 2;
                } else if (note != null && c == ']' && i + 1 < n && text.charAt(i + 1) == ']') {
                    notes.add(new Found(note.toString(), noteIndex, noteLine, noteColumn));
                    note = null;
                    closedAfterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
                    i += 2;
                } else if (note == null && c == '[' && i + 1 < n && text.charAt(i + 1) == '[') {
                    closedAfterSpace = false;
                    boolean closes = !noClose && (closeLine > k || closeLine == k && closeAt > i + 1);
                    if (!noClose && !closes) {
                        int[] found = findClose(lines, k, i + 2);
                        closes = found != null;
                        if (closes) {
                            closeLine = found[0];
                            closeAt = found[1];
                        } else {
                            noClose = true;
                            problems.warning(Problems.UNCLOSED_NOTE, "note '[[' is not closed with ']]' before the"
                                    + " next blank line, so it is printed as text; close it with ']]' (write a blank"
                                    + " line inside a note as two spaces)", lines.get(k).number(),
                                    lines.get(k).column() + i);
                        }
                    }
                    if (closes) {
                        inNote[k] = true;
                        note = new StringBuilder();
                        noteIndex = out == outs[k] ? k : noteIndex;
                        noteLine = lines.get(k).number();
                        noteColumn = lines.get(k).column() + i;
                    } else {
                        out.append("[[");
                    }
                    i += 2;
                } else {
                    closedAfterSpace = false;
                    target.append(c);
                    i++;
                }
            }
            if (note != null) {
                note.append('\n');
            }
        }
        for (StringBuilder out : outs) {
            clean.add(out.toString());
        }
        return new Result(clean, notes, inNote);
    }

    /** The line index and position of the next unescaped "]]", or null. */
    private static int[] findClose(List<SourceLine> lines, int k, int from) {
        for (int j = k; j < lines.size(); j++) {
            String text = lines.get(j).text();
            for (int i = j == k ? from : 0; i < text.length() - 1; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == ']' && text.charAt(i + 1) == ']') {
                    return new int[] {j, i};
                }
            }
        }
        return null;
    }
}
