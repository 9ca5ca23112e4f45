package dev.slate.fdx.internal;

/**
 * Writes XML text: elements indented by two spaces, {@code & < >} escaped in text and
 * {@code & < > "} in attributes, and the characters XML 1.0 forbids (control characters, unpaired
 * surrogates, U+FFFE and U+FFFF) dropped, since no parser would read a file holding them.
 */
final class XmlOut {

    private final StringBuilder out;
    private int depth;
    /** Whether the start tag last written is still open for attributes. */
    private boolean inTag;

    XmlOut(int capacity) {
        out = new StringBuilder(capacity);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n");
    }

    XmlOut open(String name) {
        closeTag();
        indent();
        out.append('<').append(name);
        inTag = true;
        depth++;
        return this;
    }

    XmlOut attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    /** Ends the element just opened, as {@code <Name .../>}. */
    XmlOut end() {
        depth--;
        out.append("/>\n");
        inTag = false;
        return this;
    }

    /** Closes an element that has children. */
    XmlOut close(String name) {
        depth--;
        if (inTag) {
            out.append("/>\n");
            inTag = false;
            return this;
        }
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding only text, on one line: {@code <Text Style="Bold">it</Text>}. */
    XmlOut textElement(String name, String style, String text) {
        closeTag();
        indent();
        out.append('<').append(name);
        if (style != null) {
            out.append(" Style=\"").append(style).append('"');
        }
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    private void closeTag() {
        if (inTag) {
            out.append(">\n");
            inTag = false;
        }
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void escape(String text, boolean attribute) {
        int plain = 0;
        while (plain < text.length() && verbatim(text.charAt(plain))) {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether a character is written as it is, in text and in attributes alike. */
    private static boolean verbatim(char c) {
        return c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"';
    }

    /** Whether XML 1.0 allows a (non-surrogate-pair) character. */
    static boolean allowed(char c) {
        return c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
