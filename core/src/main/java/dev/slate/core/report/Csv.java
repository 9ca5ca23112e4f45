package dev.slate.core.report;

import dev.slate.core.internal.Checks;

import java.util.List;

/**
 * CSV as spreadsheets read it, written the same way by every CSV output: RFC 4180 (a field is
 * quoted when it holds a comma, a quote or a line break, quotes doubled; CRLF ends a record), and
 * text that a spreadsheet would run as a formula neutralised (OWASP's rule): a field starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}.
 *
 * @since 0.1.0
 */
public final class Csv {

    /** The UTF-8 byte order mark, without which Excel and Calc read UTF-8 as a legacy encoding. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    /** Whether a spreadsheet would read the text as a formula: it starts with = + - @, a tab or a CR. */
    public static boolean looksLikeFormula(String text) {
        Checks.notNull(text, "text");
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text made safe for a spreadsheet: a leading {@code '} when it would read as a formula. */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** One text field, neutralised and quoted as needed. */
    public static String field(String text) {
        String value = neutralised(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Appends one record of text fields and its CRLF. */
    public static void record(StringBuilder out, List<String> fields) {
        Checks.notNull(out, "out");
        List<String> values = Checks.listOf(fields, "fields");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }
}
