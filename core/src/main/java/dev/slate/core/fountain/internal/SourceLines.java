package dev.slate.core.fountain.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Fountain text into lines (LF, CRLF or CR; a leading byte-order mark dropped) and removes
 * the boneyard ({@code /* ... *}{@code /}, also across lines) in one linear pass. Text before an
 * opening and after a closing marker joins into one line, as the reference parsers do.
 */
final class SourceLines {

    private SourceLines() {
    }

    static List<SourceLine> split(String text, Problems problems) {
        List<SourceLine> lines = new ArrayList<>();
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder joined = null; // only for a line that a boneyard cuts into pieces
        int segment = i; // start of the text not yet copied into the current line
        int lineNumber = 1;
        int lineStart = i; // index in text of the current source line's first character
        int firstLine = 1;
        int firstColumn = 1;
        boolean unclosedReported = false;
        int closeSearchedFrom = Integer.MAX_VALUE; // no "*/" exists at or after this index
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                String line = joined == null ? text.substring(segment, i) : joined.append(text, segment, i).toString();
                lines.add(new SourceLine(line, firstLine, firstColumn, joined != null));
                joined = null;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                segment = i;
                lineNumber++;
                lineStart = i;
                firstLine = lineNumber;
                firstColumn = 1;
            } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\r' && text.charAt(i + 1) != '\n') {
                i += 2;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = i + 2 >= closeSearchedFrom ? -1 : text.indexOf("*/", i + 2);
                if (close < 0) {
                    closeSearchedFrom = Math.min(closeSearchedFrom, i + 2);
                    if (!unclosedReported) {
                        unclosedReported = true;
                        problems.warning(Problems.UNCLOSED_BONEYARD,
                                "boneyard '/*' is never closed, so it is printed as text; close it with '*/'",
                                lineNumber, i - lineStart + 1);
                    }
                    i += 2;
                    continue;
                }
                if (joined == null) {
                    joined = new StringBuilder();
                }
                joined.append(text, segment, i);
                // Count the lines the boneyard swallows, so later line numbers stay right; a "/*"
                // inside is a boneyard the writer meant to nest, which the first "*/" already closes.
                boolean nestedReported = false;
                for (int k = i + 2; k < close; k++) {
                    char b = text.charAt(k);
                    if (b == '/' && !nestedReported && text.charAt(k + 1) == '*') {
                        nestedReported = true;
                        problems.warning(Problems.NESTED_BONEYARD, "boneyard '/*' inside a boneyard: boneyards do"
                                + " not nest, so the first '*/' closes both and the text after it is printed;"
                                + " remove the inner '/*' or close it before opening another", lineNumber,
                                k - lineStart + 1);
                    }
                    boolean crBeforeLf = b == '\r' && text.charAt(k + 1) == '\n';
                    if (b == '\n' || b == '\r' && !crBeforeLf) {
                        lineNumber++;
                        lineStart = k + 1;
                    }
                }
                if (joined.length() == 0 && firstLine == lineNumber) {
                    firstColumn = close + 2 - lineStart + 1;
                }
                i = close + 2;
                segment = i;
            } else {
                i++;
            }
        }
        if (i > segment || joined != null || i > lineStart || lines.isEmpty()) {
            String line = joined == null ? text.substring(segment, i) : joined.append(text, segment, i).toString();
            lines.add(new SourceLine(line, firstLine, firstColumn, joined != null));
        }
        return lines;
    }
}
