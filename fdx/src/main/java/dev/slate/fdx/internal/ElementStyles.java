package dev.slate.fdx.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file's {@code <ElementSettings>} say about each paragraph type: its default run style and,
 * for a user-defined type, the standard type it paginates as.
 */
final class ElementStyles {

    private final Map<String, String> styles = new HashMap<>();
    private final Map<String, String> paginateAs = new HashMap<>();

    ElementStyles(XmlNode root) {
        for (XmlNode settings : root.children("ElementSettings")) {
            Optional<String> type = settings.attribute("Type");
            if (type.isEmpty()) {
                continue;
            }
            String key = key(type.get());
            settings.child("FontSpec").flatMap(f -> f.attribute("Style")).ifPresent(s -> styles.put(key, s));
            settings.child("Behavior").flatMap(b -> b.attribute("PaginateAs")).ifPresent(p -> paginateAs.put(key, p));
        }
    }

    /** The style of runs without their own, as the file sets it or as Final Draft's defaults have it. */
    String defaultStyle(String type, ParagraphType known) {
        String set = styles.get(key(type));
        if (set != null) {
            return set;
        }
        return known != null && known.capitalised() ? Runs.ALL_CAPS : "";
    }

    /** The standard type a user-defined type paginates as, if the file says and it is one Slate knows. */
    Optional<ParagraphType> paginatedAs(String type) {
        return Optional.ofNullable(paginateAs.get(key(type))).flatMap(ParagraphType::named);
    }

    private static String key(String type) {
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
