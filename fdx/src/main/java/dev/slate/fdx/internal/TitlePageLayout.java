package dev.slate.fdx.internal;

import dev.slate.core.StyledText;
import dev.slate.core.TitlePage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slate's title-page fields and Final Draft's title page, which is free-form lines with no fields.
 * Written as Final Draft's default title page lays them out: title, credit, author and source
 * centred (17 blank lines, title, 3 blank, credit, 2 blank, author, 4 blank, source), then from
 * line 45, in the order written, the draft date right-aligned, the contact and any other field as
 * {@code Key: text} left-aligned (FORMAT.md's title page). Read back by position: centred blocks are title, credit (a
 * line with "by" or "written"), author and source; the right block is the draft date; left blocks
 * are {@code Key: text} fields or the contact; anything else is kept under {@code Notes}.
 */
final class TitlePageLayout {

    static final String TITLE = "Title";
    static final String CREDIT = "Credit";
    static final String AUTHOR = "Author";
    static final String SOURCE = "Source";
    static final String DRAFT_DATE = "Draft date";
    static final String CONTACT = "Contact";
    static final String NOTES = "Notes";
    private static final List<String> CENTRED = List.of(TITLE, CREDIT, AUTHOR, SOURCE);
    private static final int[] BLANKS_BEFORE = {17, 3, 2, 4};
    private static final int LOWER_BLOCK_LINE = 44;
    private static final Pattern CREDIT_LIKE = Pattern.compile(
            "(?i).*\\b(by|written|screenplay|story|teleplay|adapted)\\b.*");
    private static final Pattern LABEL = Pattern.compile("([\\p{L}][\\p{L} ]{0,29}): ?(.*)");

    /** How a title-page line is aligned, as FDX's {@code Alignment} spells it. */
    enum Align {
        CENTER("Center"), LEFT("Left"), RIGHT("Right");

        final String fdx;

        Align(String fdx) {
            this.fdx = fdx;
        }

        static Align of(String alignment) {
            String a = alignment.toLowerCase(Locale.ROOT);
            return a.startsWith("center") ? CENTER : a.equals("right") ? RIGHT : LEFT;
        }
    }

    /** One line of the title page: its text and alignment; empty text for a blank line. */
    record Line(StyledText text, Align align) {
        static final Line BLANK = new Line(StyledText.EMPTY, Align.LEFT);
    }

    private TitlePageLayout() {
    }

    static List<Line> lines(TitlePage page) {
        List<Line> lines = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < CENTRED.size(); i++) {
            Optional<TitlePage.Field> field = standard(page, CENTRED.get(i));
            if (field.isEmpty()) {
                continue;
            }
            blanks(lines, any ? BLANKS_BEFORE[i] : BLANKS_BEFORE[0]);
            field.get().lines().forEach(l -> lines.add(new Line(l, Align.CENTER)));
            any = true;
        }
        List<List<Line>> lower = new ArrayList<>();
        for (TitlePage.Field field : page.fields()) {
            String key = canonical(field.key());
            if (key.equals(DRAFT_DATE) && standard(page, DRAFT_DATE).get() == field) {
                lower.add(block(field.lines(), null, Align.RIGHT));
            } else if (key.equals(CONTACT) && standard(page, CONTACT).get() == field) {
                lower.add(block(field.lines(), null, Align.LEFT));
            } else if (!CENTRED.contains(key) || standard(page, key).get() != field) {
                lower.add(block(field.lines(), field.key(), Align.LEFT));
            }
        }
        if (!lower.isEmpty()) {
            blanks(lines, Math.max(1, LOWER_BLOCK_LINE - lines.size()));
            for (int i = 0; i < lower.size(); i++) {
                if (i > 0) {
                    lines.add(Line.BLANK);
                }
                lines.addAll(lower.get(i));
            }
        }
        return lines;
    }

    /** The first field with a standard key, when it is spelled as Slate spells it or in another case. */
    private static Optional<TitlePage.Field> standard(TitlePage page, String key) {
        return page.fields().stream().filter(f -> canonical(f.key()).equals(key)).findFirst();
    }

    private static String canonical(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (String standard : List.of(TITLE, CREDIT, AUTHOR, SOURCE, DRAFT_DATE, CONTACT)) {
            if (k.equals(standard.toLowerCase(Locale.ROOT))) {
                return standard;
            }
        }
        return k.equals("authors") ? AUTHOR : key;
    }

    private static List<Line> block(List<StyledText> text, String label, Align align) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            StyledText line = text.get(i);
            lines.add(new Line(i == 0 && label != null ? StyledText.of(label + ": ").append(line) : line, align));
        }
        if (lines.isEmpty() && label != null) {
            lines.add(new Line(StyledText.of(label + ":"), align));
        }
        return lines;
    }

    private static void blanks(List<Line> lines, int count) {
        for (int i = 0; i < count; i++) {
            lines.add(Line.BLANK);
        }
    }

    /** The title page read back from its lines. */
    static TitlePage read(List<Line> lines) {
        Map<String, List<StyledText>> fields = new LinkedHashMap<>();
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (Line line : lines) {
            if (line.text().plain().isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        int nextCentred = 0;
        for (List<Line> b : blocks) {
            List<StyledText> text = b.stream().map(Line::text).toList();
            if (b.get(0).align() == Align.CENTER) {
                nextCentred = centred(fields, text, nextCentred);
            } else if (b.get(0).align() == Align.RIGHT && !fields.containsKey(DRAFT_DATE)) {
                fields.put(DRAFT_DATE, new ArrayList<>(text));
            } else {
                leftBlock(fields, text);
            }
        }
        List<TitlePage.Field> out = new ArrayList<>();
        fields.forEach((key, value) -> out.add(new TitlePage.Field(key, value)));
        return new TitlePage(out);
    }

    private static int centred(Map<String, List<StyledText>> fields, List<StyledText> text, int next) {
        int slot = next;
        if (slot == 1 && !CREDIT_LIKE.matcher(text.get(0).plain()).matches()) {
            slot = 2; // no credit line: this is the author
        }
        if (slot >= CENTRED.size()) {
            fields.computeIfAbsent(NOTES, k -> new ArrayList<>()).addAll(text);
            return slot;
        }
        fields.put(CENTRED.get(slot), new ArrayList<>(text));
        return slot + 1;
    }

    private static void leftBlock(Map<String, List<StyledText>> fields, List<StyledText> text) {
        String first = text.get(0).plain();
        Matcher label = LABEL.matcher(first);
        if (label.matches() && !fields.containsKey(label.group(1))) {
            List<StyledText> lines = new ArrayList<>();
            int cut = first.length() - label.group(2).length();
            if (!label.group(2).isEmpty()) {
                lines.add(text.get(0).substring(cut, first.length()));
            }
            lines.addAll(text.subList(1, text.size()));
            fields.put(label.group(1), lines);
        } else if (!fields.containsKey(CONTACT)) {
            fields.put(CONTACT, new ArrayList<>(text));
        } else {
            fields.computeIfAbsent(NOTES, k -> new ArrayList<>()).addAll(text);
        }
    }
}
