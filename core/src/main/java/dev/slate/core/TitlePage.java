package dev.slate.core;

import dev.slate.core.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The title page: fields in the order written, each a key ({@code Title}, {@code Credit},
 * {@code Author}, {@code Source}, {@code Draft date}, {@code Contact}, {@code Copyright},
 * {@code Notes}, or any other) and one or more lines of styled text.
 *
 * @since 0.1.0
 */
public record TitlePage(List<Field> fields) {

    /** The empty title page: a script without one. */
    public static final TitlePage EMPTY = new TitlePage(List.of());

    /** One title-page field. */
    public record Field(String key, List<StyledText> lines) {
        public Field {
            Checks.notBlank(key, "key");
            lines = Checks.listOf(lines, "lines");
        }

        /** The lines without styles, joined by {@code '\n'}. */
        public String plain() {
            StringBuilder out = new StringBuilder();
            for (StyledText line : lines) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line.plain());
            }
            return out.toString();
        }
    }

    public TitlePage {
        fields = Checks.listOf(fields, "fields");
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The first field with this key, ignoring case; {@code Author} also finds {@code Authors}. */
    public Optional<Field> field(String key) {
        String wanted = canonical(key);
        return fields.stream().filter(f -> canonical(f.key()).equals(wanted)).findFirst();
    }

    /** The plain text of a field, if present. */
    public Optional<String> get(String key) {
        return field(key).map(Field::plain);
    }

    public Optional<String> title() {
        return get("Title");
    }

    public Optional<String> credit() {
        return get("Credit");
    }

    public Optional<String> authors() {
        return get("Author");
    }

    public Optional<String> source() {
        return get("Source");
    }

    public Optional<String> draftDate() {
        return get("Draft date");
    }

    public Optional<String> contact() {
        return get("Contact");
    }

    public Optional<String> copyright() {
        return get("Copyright");
    }

    public Optional<String> notes() {
        return get("Notes");
    }

    private static String canonical(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return k.equals("authors") ? "author" : k;
    }
}
