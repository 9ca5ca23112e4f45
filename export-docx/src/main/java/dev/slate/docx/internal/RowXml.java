package dev.slate.docx.internal;

/**
 * The XML of a shot's table row written as text, byte for byte as POI would write the same row
 * (a row that never splits, one paragraph a cell in its style, one run whose lines are separated
 * by breaks, spaces at a line's edges preserved). A list of ten thousand shots holds a hundred
 * thousand cells: as POI objects they are most of the time and memory a document takes.
 */
final class RowXml {

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    private RowXml() {
    }

    /**
     * Appends a row.
     *
     * @param styles   the paragraph style of each cell
     * @param texts    the text of each cell, lines separated by line breaks
     * @param keepNext whether every paragraph keeps with the next row
     */
    static void row(StringBuilder out, DocxStyles[] styles, String[] texts, boolean keepNext) {
        out.append("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
        for (int c = 0; c < texts.length; c++) {
            out.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"").append(styles[c].id()).append("\"/>");
            if (keepNext) {
                out.append("<w:keepNext w:val=\"on\"/>");
            }
            out.append("</w:pPr>");
            if (!texts[c].isEmpty()) {
                run(out, texts[c]);
            }
            out.append("</w:p></w:tc>");
        }
        out.append("</w:tr>");
    }

    private static void run(StringBuilder out, String text) {
        out.append("<w:r>");
        String clean = Texts.clean(text);
        String[] lines = clean.indexOf('\n') < 0 && clean.indexOf('\r') < 0 ? new String[] {clean}
                : LINE_BREAK.split(clean, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<w:br/>");
            }
            String line = lines[i];
            if (line.isEmpty()) {
                out.append("<w:t/>");
                continue;
            }
            out.append(Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(line.length() - 1))
                    ? "<w:t xml:space=\"preserve\">" : "<w:t>");
            escape(out, line);
            out.append("</w:t>");
        }
        out.append("</w:r>");
    }

    /** As XmlBeans escapes text: {@code &}, {@code <}, and {@code >} after {@code ]]}. */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
        }
    }
}
