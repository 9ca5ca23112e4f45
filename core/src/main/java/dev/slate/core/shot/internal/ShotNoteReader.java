package dev.slate.core.shot.internal;

import dev.slate.core.shot.Angle;
import dev.slate.core.shot.Audio;
import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.FocusChange;
import dev.slate.core.shot.Framing;
import dev.slate.core.shot.Lens;
import dev.slate.core.Location;
import dev.slate.core.shot.Priority;
import dev.slate.core.shot.Status;
import dev.slate.core.Problem;
import dev.slate.core.shot.Shot;
import dev.slate.core.shot.ShotNotes;
import dev.slate.core.shot.ShotSize;
import dev.slate.core.internal.Casing;
import dev.slate.core.internal.SlateNumbers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the shot notation inside a note (a Fountain note, a Final Draft script note):
 * {@code [[SHOT 2B: CU, low angle, static, 50mm | MRS. SHEN | her bare foot on the red pavement | setup B | 3 min]]}.
 * Fields are separated by {@code |} and recognised by their form, so they may come in any order;
 * each also has a keyed form ({@code props: ...}) that the writer falls back to when the short form
 * would read differently. The grammar is documented in docs/fountain.md.
 */
public final class ShotNoteReader {

    /** See {@link ShotNotes#MALFORMED_SHOT}. */
    public static final String MALFORMED_SHOT = ShotNotes.MALFORMED_SHOT;
    /** See {@link ShotNotes#UNKNOWN_SHOT_TERM}. */
    public static final String UNKNOWN_SHOT_TERM = ShotNotes.UNKNOWN_SHOT_TERM;
    /** See {@link ShotNotes#DUPLICATE_SHOT_FIELD}. */
    public static final String DUPLICATE_SHOT_FIELD = ShotNotes.DUPLICATE_SHOT_FIELD;

    public static final String SHOT = "SHOT";
    public static final String END = "END SHOT";

    private ShotNoteReader() {
    }

    /** Whether a note's text is a shot note: {@code SHOT} then a space, a colon or the end. */
    public static boolean isShot(String note) {
        return note.startsWith(SHOT) && (note.length() == 4 || note.charAt(4) == ' ' || note.charAt(4) == ':');
    }

    /** Whether a note's text closes shots: {@code END SHOT 2B, 2C}. */
    public static boolean isEnd(String note) {
        return note.startsWith(END) && (note.length() == END.length() || note.charAt(END.length()) == ' ');
    }

    /** The shot numbers an END SHOT note closes. */
    public static List<String> endNumbers(String note) {
        return Fields.items(note.substring(END.length()));
    }

    /** Reports found while reading a shot note: where the note starts. */
    public record Where(Consumer<Problem> problems, Location location) {
        public void warn(String code, String message) {
            problems.accept(Problem.warning(code, message, location));
        }

        public void error(String code, String message) {
            problems.accept(Problem.error(code, message, location));
        }
    }

    /** Reads a shot note (without its brackets); empty when it is malformed, which is reported. */
    public static Optional<Shot> read(String note, Where where) {
        String text = collapseLines(note);
        int colon = Fields.indexOf(text, ':');
        String number = (colon < 0 ? text.substring(SHOT.length()) : text.substring(SHOT.length(), colon)).strip();
        if (!SlateNumbers.isValid(number)) {
            where.error(MALFORMED_SHOT, "shot note '" + abbreviate(text)
                    + "' needs a shot number of letters and digits, written [[SHOT 2B: CU, 50mm | ...]]");
            return Optional.empty();
        }
        Shot.Builder shot = Shot.builder(number);
        Seen seen = new Seen();
        if (colon >= 0) {
            for (String segment : Fields.split(text.substring(colon + 1), '|')) {
                String s = segment.strip();
                if (!s.isEmpty() && !field(s, shot, seen, where)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(shot.build());
    }

    /** What a shot note has already set, to report fields given twice. */
    private static final class Seen {
        final java.util.Set<String> fields = new java.util.HashSet<>();
        boolean description;
        /** The size so far is INSERT: a size written after it makes the insert the framing. */
        boolean insertSize;

        void set(String field, Where where) {
            if (!fields.add(field)) {
                where.warn(DUPLICATE_SHOT_FIELD, "shot note gives the " + field + " twice; the later one is used");
            }
        }
    }

    /** Reads one field into the builder; false when a value is malformed (reported). */
    private static boolean field(String s, Shot.Builder shot, Seen seen, Where where) {
        int colon = Fields.indexOf(s, ':');
        if (colon > 0) {
            String key = s.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = s.substring(colon + 1).strip();
            Boolean done = keyed(key, value, shot, seen, where);
            if (done != null) {
                return done;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String camera = ShotValues.camera(s);
        if (camera != null) {
            seen.set("camera", where);
            shot.camera(camera);
            return true;
        }
        if (Fields.startsWithWord(lower, "setup") && lower.length() > 6) {
            for (String part : Fields.items(s.substring(6))) {
                if (negativeMinutes(part)) {
                    return malformed(s, "minutes cannot be negative; write for example 'setup B, 5 min'", where);
                }
                Integer minutes = ShotValues.minutes(part);
                if (minutes != null) {
                    seen.set("setup time", where);
                    shot.setupMinutes(minutes);
                } else {
                    seen.set("setup", where);
                    shot.setup(part);
                }
            }
            return true;
        }
        if (negativeMinutes(s)) {
            return malformed(s, "minutes cannot be negative; write for example '5 min'", where);
        }
        Integer minutes = ShotValues.minutes(s);
        if (minutes != null) {
            seen.set("shooting time", where);
            shot.shootingMinutes(minutes);
            return true;
        }
        Double fps = ShotValues.fps(s);
        if (fps != null) {
            seen.set("frame rate", where);
            shot.frameRate(fps);
            return true;
        }
        if (lower.equals("vfx")) {
            shot.vfx(true);
            return true;
        }
        Optional<Audio> audio = Vocabularies.find(Audio.class, Fields.value(s));
        if (audio.isPresent()) {
            seen.set("audio", where);
            shot.audio(audio.get());
            return true;
        }
        if (Fields.startsWithWord(lower, "screen")) {
            return screen(s.substring(6).strip(), shot, seen, where);
        }
        // A field with any camera term is the camera field, whichever term is unknown: an unknown
        // first term must not turn the lens and moves after it into a description.
        List<String> terms = Fields.split(s, ',');
        if (terms.stream().anyMatch(t -> isCameraTerm(t.strip())) || looksLikeLens(s)) {
            for (String t : terms) {
                String term = t.strip();
                if (!term.isEmpty() && !cameraTerm(term, shot, seen, where)) {
                    where.warn(UNKNOWN_SHOT_TERM, "'" + Fields.value(term) + "' is no shot size, framing,"
                            + " angle, camera move or lens (write lenses as 50mm or 24-70mm); kept as a shot note."
                            + " Sizes: " + Vocabularies.accepted(ShotSize.class));
                    shot.note(Fields.value(term));
                }
            }
            return true;
        }
        String unescaped = Fields.value(s);
        if (Casing.isUpperCase(unescaped, 0, unescaped.length())) {
            seen.set("subjects", where);
            shot.subjects(Fields.items(s).toArray(new String[0]));
            return true;
        }
        if (!seen.description) {
            seen.description = true;
            shot.description(unescaped);
        } else {
            shot.note(unescaped);
        }
        return true;
    }

    /** A keyed field; null when the key is not one of ours (the text is then read by its form). */
    private static Boolean keyed(String key, String value, Shot.Builder shot, Seen seen, Where where) {
        switch (key) {
            case "framing" -> {
                Optional<Framing> framing = Vocabularies.find(Framing.class, Fields.value(value));
                if (framing.isEmpty()) {
                    return malformed(key + ": " + value, "name a framing: " + Vocabularies.accepted(Framing.class), where);
                }
                seen.set("framing", where);
                shot.framing(framing.get());
            }
            case "with", "subjects" -> {
                seen.set("subjects", where);
                shot.subjects(Fields.items(value).toArray(new String[0]));
            }
            case "props" -> {
                seen.set("props", where);
                shot.props(Fields.items(value).toArray(new String[0]));
            }
            case "description" -> {
                seen.set("description", where);
                seen.description = true;
                shot.description(Fields.value(value));
            }
            case "setup" -> {
                seen.set("setup", where);
                String setup = Fields.value(value);
                shot.setup(setup.isBlank() ? null : setup);
            }
            case "setup time", "shoot" -> {
                Integer minutes = ShotValues.minutes(value);
                if (minutes == null) {
                    return malformed(key + ": " + value, "write minutes as '20 min'", where);
                }
                seen.set(key.equals("shoot") ? "shooting time" : "setup time", where);
                if (key.equals("shoot")) {
                    shot.shootingMinutes(minutes);
                } else {
                    shot.setupMinutes(minutes);
                }
            }
            case "gear", "equipment" -> {
                seen.set("equipment", where);
                shot.equipment(Fields.items(value).toArray(new String[0]));
            }
            case "fps" -> {
                Double fps = ShotValues.number(value);
                if (fps == null) {
                    return malformed("fps: " + value, "write a frame rate as 'fps: 48' or '48fps'", where);
                }
                seen.set("frame rate", where);
                shot.frameRate(fps);
            }
            case "audio" -> {
                String given = Fields.value(value);
                Optional<Audio> audio = Vocabularies.find(Audio.class, given);
                if (given.isEmpty()) {
                    return true; // "audio:" with nothing after it says nothing
                }
                if (audio.isEmpty()) {
                    where.warn(UNKNOWN_SHOT_TERM, "unknown audio '" + value + "'; accepted: "
                            + Vocabularies.accepted(Audio.class) + "; kept as a shot note");
                    shot.note("audio " + given);
                } else {
                    seen.set("audio", where);
                    shot.audio(audio.get());
                }
            }
            case "vfx" -> shot.vfx(!value.equalsIgnoreCase("no"));
            case "screen" -> {
                return screen(value, shot, seen, where);
            }
            case "storyboard", "board" -> {
                seen.set("storyboard", where);
                String board = Fields.value(value);
                shot.storyboard(board.isBlank() ? null : board);
            }
            case "camera", "cam" -> {
                seen.set("camera", where);
                String camera = Fields.value(value);
                shot.camera(camera.isBlank() ? null : camera);
            }
            case "priority" -> {
                Optional<Priority> priority = Vocabularies.find(Priority.class, Fields.value(value));
                if (priority.isEmpty()) {
                    return malformed(key + ": " + value, "name a priority: " + Vocabularies.accepted(Priority.class),
                            where);
                }
                seen.set("priority", where);
                shot.priority(priority.get());
            }
            case "status" -> {
                Optional<Status> status = Vocabularies.find(Status.class, Fields.value(value));
                if (status.isEmpty()) {
                    return malformed(key + ": " + value, "name a status: " + Vocabularies.accepted(Status.class), where);
                }
                seen.set("status", where);
                shot.status(status.get());
            }
            case "note", "notes" -> {
                String note = Fields.value(value);
                if (!note.isBlank()) {
                    shot.note(note);
                }
            }
            default -> {
                return null;
            }
        }
        return true;
    }

    private static boolean malformed(String field, String hint, Where where) {
        where.error(MALFORMED_SHOT, "shot field '" + field + "' cannot be read: " + hint);
        return false;
    }

    private static boolean screen(String value, Shot.Builder shot, Seen seen, Where where) {
        Duration duration = ShotValues.duration(value);
        if (duration == null) {
            return malformed("screen " + value, "write screen time as 'screen 45s', 'screen 1m30s' or 'screen 1:30'",
                    where);
        }
        seen.set("screen time", where);
        shot.screenTime(duration);
        return true;
    }

    /** Size, framing, angle, lens, rack focus or camera move; false when the term is none. */
    private static boolean cameraTerm(String raw, Shot.Builder shot, Seen seen, Where where) {
        String term = Fields.value(raw);
        Optional<ShotSize> size = Vocabularies.find(ShotSize.class, term);
        // Crews write size and type together (ECU, insert): "insert" is a size alone, a framing beside a size.
        boolean insert = size.isPresent() && size.get() == ShotSize.INSERT;
        boolean framingFree = !seen.fields.contains("framing");
        if (insert && seen.fields.contains("size") && framingFree) {
            seen.fields.add("framing");
            shot.framing(Framing.INSERT);
            return true;
        }
        if (size.isPresent() && !insert && seen.insertSize && framingFree) {
            seen.fields.add("framing");
            shot.framing(Framing.INSERT);
            seen.insertSize = false;
            shot.size(size.get());
            return true;
        }
        if (size.isPresent()) {
            seen.set("size", where);
            seen.insertSize = insert;
            shot.size(size.get());
            return true;
        }
        Optional<Framing> framing = Vocabularies.find(Framing.class, term);
        if (framing.isPresent()) {
            seen.set("framing", where);
            shot.framing(framing.get());
            return true;
        }
        Optional<Angle> angle = Vocabularies.find(Angle.class, term);
        if (angle.isPresent()) {
            seen.set("angle", where);
            shot.angle(angle.get());
            return true;
        }
        Lens lens = ShotValues.lens(term);
        if (lens != null) {
            seen.set("lens", where);
            shot.lens(lens);
            return true;
        }
        String lower = term.toLowerCase(Locale.ROOT);
        if (lower.startsWith("rack ")) {
            String rest = raw.strip().substring(5).strip();
            if (rest.toLowerCase(Locale.ROOT).startsWith("focus ")) {
                rest = rest.substring(6).strip();
            }
            int to = rest.indexOf(" to ");
            String from = to < 0 ? "" : Fields.unescape(rest.substring(0, to)).strip();
            String target = to < 0 ? "" : Fields.unescape(rest.substring(to + 4)).strip();
            if (from.isEmpty() || target.isEmpty()) {
                return false;
            }
            seen.set("rack focus", where);
            shot.focus(new FocusChange(from, target));
            return true;
        }
        CameraMove move = move(raw.strip());
        if (move != null) {
            shot.move(move);
            return true;
        }
        return false;
    }

    private static final Where SILENT = new Where(ignored -> { }, Location.DOCUMENT);

    /** Whether a term is a camera term, without setting anything. */
    private static boolean isCameraTerm(String term) {
        return !term.isEmpty() && cameraTerm(term, Shot.builder("1"), new Seen(), SILENT);
    }

    /** A number with {@code mm} that is no lens, such as {@code 1.0E-4mm}: reported, never a description. */
    private static boolean looksLikeLens(String field) {
        String t = Fields.value(field).strip().toLowerCase(Locale.ROOT);
        return t.endsWith("mm") && t.length() > 2 && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-'
                || t.charAt(0) == '.') && t.indexOf(' ') < 0;
    }

    /** {@code -5 min}: minutes read as written would be negative. */
    private static boolean negativeMinutes(String text) {
        String t = text.strip();
        return t.startsWith("-") && ShotValues.minutes(t.substring(1)) != null;
    }

    /** {@code dolly in slow (along the railing)}. */
    private static CameraMove move(String raw) {
        String words = raw;
        String note = null;
        int open = Fields.indexOf(raw, '(');
        if (open > 0 && raw.endsWith(")") && !raw.endsWith("\\)")) {
            words = raw.substring(0, open).strip();
            note = Fields.unescape(raw.substring(open + 1, raw.length() - 1)).strip();
        }
        if (words.indexOf('\\') >= 0 || words.isEmpty()) {
            return null;
        }
        CameraMove move = MoveWords.read(words.split("\\s+")).move();
        return move == null || note == null || note.isEmpty() ? move : move.withNote(note);
    }

    /** Line breaks inside a note, with the indentation around them, read as one space. */
    public static String collapseLines(String note) {
        if (note.indexOf('\n') < 0) {
            return note;
        }
        StringBuilder out = new StringBuilder(note.length());
        for (String line : note.split("\n", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(line.strip());
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
