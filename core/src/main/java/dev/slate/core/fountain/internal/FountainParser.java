package dev.slate.core.fountain.internal;

import dev.slate.core.shot.internal.CastNotation;
import dev.slate.core.shot.internal.ShotNoteReader;
import dev.slate.core.internal.Cue;
import dev.slate.core.internal.Spaces;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Location;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.SceneHeading;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.shot.Shot;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.TitlePage;
import dev.slate.core.Transition;
import dev.slate.core.ReadResult;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Fountain text into a screenplay. Don't depend on this class: use
 * {@link dev.slate.core.fountain.FountainReader}. Immutable; each call works in its own context.
 */
public final class FountainParser {

    private final boolean readShots;

    public FountainParser(boolean readShots) {
        this.readShots = readShots;
    }

    public ReadResult parse(String text) {
        return new Context().run(text);
    }

    /** Elements with their packed source positions. */
    private static final class Elements {
        final List<Element> list = new ArrayList<>();
        long[] positions = new long[8];

        void add(Element element, long position) {
            if (list.size() == positions.length) {
                positions = java.util.Arrays.copyOf(positions, positions.length * 2);
            }
            positions[list.size()] = position;
            list.add(element);
        }

        long[] positions() {
            return java.util.Arrays.copyOf(positions, list.size());
        }
    }

    /** A shot read from its note, waiting for its END SHOT marker. */
    private static final class PendingShot {
        final Shot shot;
        final int first;
        final long position;
        int last = -1;

        PendingShot(Shot shot, int first, long position) {
            this.shot = shot;
            this.first = first;
            this.position = position;
        }
    }

    /** A scene being read. */
    private static final class SceneDraft {
        final SceneHeading heading;
        final String number;
        final long position;
        final Elements elements = new Elements();
        final List<PendingShot> shots = new ArrayList<>();
        /** Shots without their END SHOT yet, by number, the latest last. */
        final Map<String, ArrayDeque<PendingShot>> open = new HashMap<>();

        SceneDraft(SceneHeading heading, String number, long position) {
            this.heading = heading;
            this.number = number;
            this.position = position;
        }

        Scene build() {
            List<Shot> built = new ArrayList<>(shots.size());
            for (PendingShot p : shots) {
                built.add(p.last < 0 ? p.shot : p.shot.toBuilder().coverage(new Coverage(p.first, p.last)).build());
            }
            return new Scene(Optional.ofNullable(number), false, heading, elements.list, built); // Fountain has no lock
        }

        long[] shotPositions() {
            long[] out = new long[shots.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = shots.get(i).position;
            }
            return out;
        }
    }

    /** The state of one read. */
    private final class Context {
        final Problems problems = new Problems();
        final List<TitlePage.Field> title = new ArrayList<>();
        final List<CastMember> cast = new ArrayList<>();
        final Elements preamble = new Elements();
        final List<SceneDraft> scenes = new ArrayList<>();
        // The paragraph being read: its notes, and the next one to place.
        List<SourceLine> paragraph;
        NoteScanner.Result scan;
        List<String> clean;
        List<NoteScanner.Found> notes;
        int nextNote;
        /** Blank lines before the paragraph being read: extra ones between action paragraphs are kept. */
        int blanksBefore;

        ReadResult run(String text) {
            List<SourceLine> lines = SourceLines.split(text, problems);
            int n = lines.size();
            int i = skipBlank(lines, 0);
            // Notes may stand above the title page (afterwriting reads them so).
            while (i < n && lines.get(i).text().stripLeading().startsWith("[[")) {
                int j = paragraphEnd(lines, i);
                if (!onlyNotes(lines.subList(i, j))) {
                    break;
                }
                paragraph(lines.subList(i, j));
                i = skipBlank(lines, j);
            }
            if (i < n && Syntax.startsTitlePage(lines.get(i).text())) {
                i = titlePage(lines, i);
            }
            for (int blank = i; i < n; blank = i) {
                i = skipBlank(lines, i);
                if (i == n) {
                    break;
                }
                int j = paragraphEnd(lines, i);
                // A boneyard between blank lines is as if it was never there: the longest run counts.
                blanksBefore = 0;
                for (int k = blank, run = 0; k < i; k++) {
                    run = lines.get(k).boneyard() ? 0 : run + 1;
                    blanksBefore = Math.max(blanksBefore, run);
                }
                paragraph(lines.subList(i, j));
                blanksBefore = 0;
                i = j;
            }
            return result();
        }

        private int skipBlank(List<SourceLine> lines, int i) {
            while (i < lines.size() && SourceLine.isWhitespace(lines.get(i).text())) {
                i++;
            }
            return i;
        }

        private int paragraphEnd(List<SourceLine> lines, int i) {
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).isBlank()) {
                j++;
            }
            return j;
        }

        private boolean onlyNotes(List<SourceLine> lines) {
            NoteScanner.Result notes = NoteScanner.scan(lines, new Problems());
            for (int k = 0; k < lines.size(); k++) {
                if (!notes.onlyNotes(k)) {
                    return false;
                }
            }
            return true;
        }

        private ReadResult result() {
            List<Scene> built = new ArrayList<>(scenes.size());
            List<Positions.ScenePositions> positions = new ArrayList<>(scenes.size());
            for (SceneDraft draft : scenes) {
                built.add(draft.build());
                positions.add(new Positions.ScenePositions(draft.position, draft.elements.positions(),
                        draft.shotPositions()));
            }
            Screenplay screenplay = new Screenplay(new TitlePage(title), preamble.list, built, cast);
            return new ReadResult(screenplay, problems.list(), new Positions(preamble.positions(), positions));
        }

        private int titlePage(List<SourceLine> lines, int i) {
            String key = null;
            List<StyledText> values = new ArrayList<>();
            for (; i < lines.size() && !SourceLine.isWhitespace(lines.get(i).text()); i++) {
                String raw = lines.get(i).text();
                List<SourceLine> alone = lines.subList(i, i + 1);
                if (raw.stripLeading().startsWith("[[") && onlyNotes(alone)) {
                    paragraph(alone); // a note among the title fields goes before the script
                    continue;
                }
                String newKey = Syntax.titleKey(raw);
                if (newKey == null && !Syntax.isTitleContinuation(raw)) {
                    break; // the script starts on the next line that is neither a field nor indented
                }
                if (newKey != null) {
                    if (key != null) {
                        title.add(new TitlePage.Field(key, values));
                    }
                    key = newKey;
                    values = new ArrayList<>();
                    raw = raw.substring(raw.indexOf(':') + 1);
                }
                String value = raw.strip();
                if (!value.isEmpty()) {
                    values.add(Inline.parse(value));
                }
            }
            if (key != null) {
                title.add(new TitlePage.Field(key, values));
            }
            return i;
        }

        private Elements elements() {
            return scenes.isEmpty() ? preamble : scenes.get(scenes.size() - 1).elements;
        }

        private void add(Element element, SourceLine at) {
            add(element, Positions.pack(at.number(), at.firstColumn()));
        }

        private void add(Element element, long position) {
            Elements elements = elements();
            elements.add(element, position);
        }

        /** One run of non-blank lines: notes taken out, then split where shot notes stood. */
        private void paragraph(List<SourceLine> lines) {
            scan = NoteScanner.scan(lines, problems);
            paragraph = lines;
            clean = scan.cleanLines();
            notes = scan.notes();
            nextNote = 0;
            boolean[] special = new boolean[lines.size()];
            for (NoteScanner.Found note : notes) {
                special[note.index()] |= isSpecial(note.text());
            }
            int start = 0;
            for (int k = 0; k < lines.size(); k++) {
                if (special[k] && scan.onlyNotes(k)) {
                    block(start, k);
                    notesBefore(k + 1);
                    start = k + 1;
                } else if (Syntax.isPageBreak(clean.get(k).strip())) { // with or without blank lines around it
                    block(start, k);
                    element(new PageBreak(), k, k);
                    start = k + 1;
                }
            }
            block(start, lines.size());
            notesBefore(Integer.MAX_VALUE);
        }

        private boolean isSpecial(String note) {
            return readShots && (ShotNoteReader.isShot(note) || ShotNoteReader.isEnd(note) || CastNotation.isCast(note));
        }

        /** Places the notes that start before paragraph line {@code k}: shot notes and Note elements. */
        private void notesBefore(int k) {
            while (nextNote < notes.size() && notes.get(nextNote).index() < k) {
                NoteScanner.Found note = notes.get(nextNote++);
                if (isSpecial(note.text())) {
                    special(note);
                } else {
                    add(new Note(noteText(note.text())), Positions.pack(note.line(), note.column()));
                }
            }
        }

        private void special(NoteScanner.Found note) {
            String text = note.text();
            // Problems in a shot note name the scene it stands in, as well as the line.
            Location location = Location.source(note.line(), note.column());
            ShotNoteReader.Where where = new ShotNoteReader.Where(problems::add,
                    scenes.isEmpty() ? location : location.withScene(scenes.size() - 1));
            long position = Positions.pack(note.line(), note.column());
            if (CastNotation.isCast(text)) {
                Optional<CastMember> member = CastNotation.read(text, where);
                if (member.isPresent()) {
                    cast.add(member.get());
                } else {
                    add(new Note(noteText(text)), position);
                }
                return;
            }
            if (scenes.isEmpty()) {
                where.warn(Problems.SHOT_OUTSIDE_SCENE, "shot note before the first scene heading; "
                        + "kept as a note. Move it below the heading of the scene it belongs to");
                add(new Note(noteText(text)), position);
                return;
            }
            SceneDraft scene = scenes.get(scenes.size() - 1);
            if (ShotNoteReader.isEnd(text)) {
                for (String number : ShotNoteReader.endNumbers(text)) {
                    end(scene, number, where);
                }
                return;
            }
            Optional<Shot> shot = ShotNoteReader.read(text, where);
            if (shot.isPresent()) {
                PendingShot pending = new PendingShot(shot.get(), scene.elements.list.size(), position);
                scene.shots.add(pending);
                scene.open.computeIfAbsent(pending.shot.number(), n -> new ArrayDeque<>()).addLast(pending);
            } else {
                add(new Note(noteText(text)), position);
            }
        }

        private void end(SceneDraft scene, String number, ShotNoteReader.Where where) {
            ArrayDeque<PendingShot> open = scene.open.get(number);
            if (open != null && !open.isEmpty()) {
                PendingShot pending = open.removeLast();
                int last = scene.elements.list.size() - 1;
                if (last < pending.first) {
                    where.warn(Problems.UNMATCHED_SHOT_END, "END SHOT " + number + " comes before any element"
                            + " after its SHOT note; the shot is kept without coverage");
                } else {
                    pending.last = last;
                }
                return;
            }
            where.warn(Problems.UNMATCHED_SHOT_END, "END SHOT " + number + " has no open [[SHOT " + number
                    + ": ...]] note before it in this scene");
        }

        /** Paragraph lines {@code from} (inclusive) to {@code to} (exclusive), lines holding only notes left out. */
        private void block(int from, int to) {
            List<Integer> keep = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                if (!scan.onlyNotes(k)) {
                    keep.add(k);
                }
            }
            if (!keep.isEmpty()) {
                classify(keep);
            }
        }

        private String text(int k) {
            return clean.get(k);
        }

        private void element(Element element, int first, int last) {
            notesBefore(first);
            // A shot note written inside the element's text begins with the element.
            while (nextNote < notes.size() && notes.get(nextNote).index() <= last
                    && readShots && ShotNoteReader.isShot(notes.get(nextNote).text())) {
                special(notes.get(nextNote++));
            }
            add(element, paragraph.get(first));
            notesBefore(last + 1);
        }

        private void classify(List<Integer> paragraphLines) {
            List<Integer> keep = paragraphLines;
            String s0 = text(keep.get(0)).strip();
            // Headings, sections and synopses are single lines. The spec wants a blank line after a
            // heading; like afterwriting, lines right after one are read as the next paragraph
            // rather than the heading being lost.
            while (!s0.startsWith("!") && singleLine(s0, keep.get(0))) {
                if (keep.size() == 1) {
                    return;
                }
                keep = keep.subList(1, keep.size());
                s0 = text(keep.get(0)).strip();
            }
            int first = keep.get(0);
            int last = keep.get(keep.size() - 1);
            if (s0.startsWith("!")) {
                action(keep);
                return;
            }
            if (keep.size() == 1) {
                if (s0.startsWith(">") && !Syntax.isCentered(s0)) {
                    element(new Transition(Inline.parse(s0.substring(1).strip())), first, last);
                    return;
                }
                if (Syntax.isNaturalTransition(text(first))) {
                    element(new Transition(Inline.parse(s0)), first, last);
                    return;
                }
            }
            if (all(keep, true)) {
                StringBuilder lines = new StringBuilder();
                for (int k : keep) {
                    String s = text(k).strip();
                    lines.append(lines.length() > 0 ? "\n" : "").append(s.substring(1, s.length() - 1).strip());
                }
                element(new CenteredText(Inline.parse(lines.toString())), first, last);
                return;
            }
            if (all(keep, false)) {
                StringBuilder lines = new StringBuilder();
                for (int k : keep) {
                    String s = text(k).strip();
                    lines.append(lines.length() > 0 ? "\n" : "").append(s.substring(1));
                }
                element(new Lyrics(Inline.parse(lines.toString())), first, last);
                return;
            }
            if (keep.size() >= 2 && Syntax.isCue(s0) && dialogue(keep)) {
                return;
            }
            action(keep);
        }

        /** Reads paragraph line {@code k} if it is a heading, a section or a synopsis; false if it is none. */
        private boolean singleLine(String stripped, int k) {
            if (Syntax.hasHeadingPrefix(stripped) || Syntax.isForcedHeading(stripped)) {
                heading(stripped, k);
            } else if (Syntax.isSynopsis(stripped)) {
                element(new Synopsis(Inline.unescape(stripped.substring(1).strip())), k, k);
            } else if (Syntax.isSection(stripped)) {
                int level = 0;
                while (level < stripped.length() && stripped.charAt(level) == '#') {
                    level++;
                }
                element(new Section(level, Inline.unescape(stripped.substring(level).strip())), k, k);
            } else {
                return false;
            }
            return true;
        }

        /** Whether every line is centered ({@code true}) or a lyric ({@code false}). */
        private boolean all(List<Integer> keep, boolean centered) {
            for (int k : keep) {
                String s = text(k).strip();
                if (centered ? !Syntax.isCentered(s) : !Syntax.isLyric(s)) {
                    return false;
                }
            }
            return true;
        }

        private void heading(String stripped, int k) {
            String text = Syntax.isForcedHeading(stripped) ? stripped.substring(1).strip() : stripped;
            String number = null;
            if (text.endsWith("#") && text.length() > 1 && !Syntax.isEscaped(text, text.length() - 1)) {
                int open = text.lastIndexOf('#', text.length() - 2);
                if (open >= 0 && !Syntax.isEscaped(text, open)) {
                    String candidate = text.substring(open + 1, text.length() - 1);
                    String rest = text.substring(0, open).strip();
                    if (Syntax.isSceneNumber(candidate) && !rest.isEmpty()) {
                        number = candidate;
                        text = rest;
                    } else {
                        SourceLine at = paragraph.get(k);
                        problems.warning(Problems.BAD_SCENE_NUMBER, "scene number '#" + candidate + "#' is not letters"
                                + " and digits such as #12# or #12A#; it is kept in the heading", at.number(),
                                at.column() + at.text().lastIndexOf('#', at.text().length() - 2));
                    }
                }
            }
            notesBefore(k);
            SourceLine at = paragraph.get(k);
            scenes.add(new SceneDraft(SceneHeading.parse(Inline.parse(text)), number,
                    Positions.pack(at.number(), at.firstColumn())));
            notesBefore(k + 1);
        }

        private void action(List<Integer> keep) {
            StringBuilder text = new StringBuilder();
            if (keep.get(0) == 0 && blanksBefore > 1 && lastIsAction()) {
                text.append("\n".repeat(blanksBefore - 1));
            }
            for (int i = 0; i < keep.size(); i++) {
                String line = text(keep.get(i));
                if (line.startsWith("!")) {
                    line = line.substring(1);
                }
                line = line.equals("  ") ? "" : line.stripTrailing();
                text.append(i > 0 ? "\n" : "").append(line);
            }
            element(new Action(Inline.parse(text.toString())), keep.get(0), keep.get(keep.size() - 1));
        }

        /** Whether the last element read, notes left aside, is action. */
        private boolean lastIsAction() {
            List<Element> list = elements().list;
            for (int k = list.size() - 1; k >= 0; k--) {
                if (!(list.get(k) instanceof Note)) {
                    return list.get(k) instanceof Action;
                }
            }
            return false;
        }

        /**
         * Reads a cue and its lines; false when the cue names nobody or its name ends in ^ (before
         * extensions: no dual marker there), the lines then being action.
         */
        private boolean dialogue(List<Integer> keep) {
            String cue = Spaces.trim(text(keep.get(0)));
            if (cue.startsWith("@")) {
                cue = Spaces.trim(cue.substring(1));
            }
            boolean dual = cue.endsWith("^");
            while (cue.endsWith("^")) { // no name ends in ^: "NAME ^^" is NAME, dual
                cue = Spaces.trim(cue.substring(0, cue.length() - 1));
            }
            Cue read = Cue.read(Inline.unescape(cue));
            cue = read.name();
            List<String> extensions = read.extensions();
            if (cue.isEmpty() || cue.endsWith("^")) { // ^ marks dual dialogue only at the end of the line
                return false;
            }
            List<Dialogue.Part> parts = new ArrayList<>();
            StringBuilder run = null; // the speech or lyric lines being gathered
            boolean sung = false;
            for (int i = 1; i < keep.size(); i++) {
                String raw = text(keep.get(i));
                String line = raw.equals("  ") ? "" : raw.strip();
                boolean paren = line.length() >= 2 && line.startsWith("(") && line.endsWith(")");
                boolean lyric = Syntax.isLyric(line);
                if (run != null && (paren || lyric != sung)) {
                    parts.add(part(run, sung));
                    run = null;
                }
                if (paren) {
                    parts.add(new Dialogue.Parenthetical(Inline.parse(line.substring(1, line.length() - 1))));
                    continue;
                }
                String text = lyric ? line.substring(1) : line;
                run = run == null ? new StringBuilder(text) : run.append('\n').append(text);
                sung = lyric;
            }
            if (run != null) {
                parts.add(part(run, sung));
            }
            Dialogue dialogue = new Dialogue(cue, extensions, parts);
            int first = keep.get(0);
            int last = keep.get(keep.size() - 1);
            Elements elements = elements();
            int size = elements.list.size();
            if (dual) {
                notesBefore(first);
                if (size > 0 && elements.list.get(size - 1) instanceof Dialogue left) {
                    elements.list.set(size - 1, new DualDialogue(left, dialogue));
                    notesBefore(last + 1);
                    return true;
                }
                SourceLine at = paragraph.get(first);
                problems.warning(Problems.DUAL_WITHOUT_PARTNER, "dual-dialogue cue '" + cue + " ^' has no dialogue"
                        + " just before it to stand beside; it is read as ordinary dialogue", at.number(),
                        at.firstColumn());
            }
            element(dialogue, first, last);
            return true;
        }

        /** Speech, or lyrics ({@code ~} lines) sung inside a dialogue block. */
        private Dialogue.Part part(StringBuilder lines, boolean sung) {
            StyledText text = Inline.parse(lines.toString());
            return sung ? new Dialogue.Lyric(text) : new Dialogue.Speech(text);
        }

        /** A regular note's text: escaped brackets, slashes and backslashes read, kept blank lines emptied. */
        private String noteText(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length() && ("[]\\/".indexOf(raw.charAt(i + 1)) >= 0 || i == 0)) {
                    c = raw.charAt(++i);
                }
                out.append(c);
            }
            String text = out.toString();
            return text.indexOf("\n  \n") >= 0 || text.startsWith("  \n") || text.endsWith("\n  ")
                    ? String.join("\n", java.util.Arrays.stream(text.split("\n", -1))
                    .map(l -> l.equals("  ") ? "" : l).toList())
                    : text;
        }
    }
}
