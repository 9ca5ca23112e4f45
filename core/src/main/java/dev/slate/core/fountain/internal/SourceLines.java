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

    static List<Line> split(String text, Problems problems) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder current = new StringBuilder();
        int lineNumber = 1;
        int lineStart = i; // index in text of the current source line's first character
        int firstLine = 1;
        int firstColumn = 1;
        boolean unclosedReported = false;
        int closeSearchedFrom = Integer.MAX_VALUE; // no "*/" exists at or after this index
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(new Line(current.toString(), firstLine, firstColumn));
                current.setLength(0);
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                lineNumber++;
                lineStart = i;
                firstLine = lineNumber;
                firstColumn = 1;
                continue;
            }
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\r' && text.charAt(i + 1) != '\n') {
                current.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = i + 2 >= closeSearchedFrom ? -1 : text.indexOf("*/", i + 2);
                if (close < 0) {
                    closeSearchedFrom = Math.min(closeSearchedFrom, i + 2);
                    if (!unclosedReported) {
                        unclosedReported = true;
                        problems.warning(Problems.UNCLOSED_BONEYARD,
                                "boneyard '/*' is never closed with '*/'; its text is kept as script text",
                                lineNumber, i - lineStart + 1);
                    }
                    current.append("/*");
                    i += 2;
                    continue;
                }
                // Count the lines the boneyard swallows, so later line numbers stay right.
                for (int k = i + 2; k < close; k++) {
                    char b = text.charAt(k);
                    boolean crBeforeLf = b == '\r' && text.charAt(k + 1) == '\n';
                    if (b == '\n' || b == '\r' && !crBeforeLf) {
                        lineNumber++;
                        lineStart = k + 1;
                    }
                }
                if (current.length() == 0 && firstLine == lineNumber) {
                    firstColumn = close + 2 - lineStart + 1;
                }
                i = close + 2;
                continue;
            }
            current.append(c);
            i++;
        }
        if (current.length() > 0 || i > lineStart || lines.isEmpty()) {
            lines.add(new Line(current.toString(), firstLine, firstColumn));
        }
        return lines;
    }
}
