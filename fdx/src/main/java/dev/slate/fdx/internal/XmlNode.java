package dev.slate.fdx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the XML read, with its attributes, its children (elements and text, in order) and
 * where its start tag stands. Names are compared as written; attribute values as read.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    /** {@link XmlNode} and {@link String} children in document order. */
    final List<Object> children = new ArrayList<>();
    final int line;
    final int column;

    XmlNode(String name, Map<String, String> attributes, int line, int column) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
        this.column = column;
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** The child elements with this name, ignoring case. */
    List<XmlNode> children(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof XmlNode node && node.name.equalsIgnoreCase(childName)) {
                out.add(node);
            }
        }
        return out;
    }

    Optional<XmlNode> child(String childName) {
        for (Object child : children) {
            if (child instanceof XmlNode node && node.name.equalsIgnoreCase(childName)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** The text directly inside, joined. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Object child : children) {
            if (child instanceof String s) {
                out.append(s);
            }
        }
        return out.toString();
    }
}
