package dev.slate.core.testing;

import dev.slate.core.ReadResult;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Problem;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.shot.Shot;
import dev.slate.core.SourceMap;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.TitlePage;
import dev.slate.core.Transition;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The element listing that the spec examples expect: one line per title field, cast member,
 * element, scene, shot and problem, with styles shown as {@code <b>}, {@code <i>}, {@code <u>} and
 * line breaks as {@code \n}. Positions are shown as {@code @line:column}, a problem's scene index
 * as {@code in scene N}.
 */
public final class Listing {

    private final StringBuilder out = new StringBuilder();
    private final SourceMap map;

    private Listing(SourceMap map) {
        this.map = map;
    }

    public static String of(ReadResult result) {
        Listing listing = new Listing(result.sourceMap());
        listing.screenplay(result.screenplay());
        for (Problem problem : result.problems()) {
            listing.line(problem.severity().word() + " " + problem.code() + " @" + problem.location().line().orElse(0)
                    + ":" + problem.location().column().orElse(0)
                    + problem.location().scene().map(s -> " in scene " + s).orElse(""));
        }
        return listing.out.toString();
    }

    private void screenplay(Screenplay play) {
        for (TitlePage.Field field : play.titlePage().fields()) {
            StringBuilder line = new StringBuilder("title ").append(field.key()).append(':');
            for (StyledText value : field.lines()) {
                line.append(" [").append(text(value)).append(']');
            }
            line(line.toString());
        }
        for (CastMember member : play.cast()) {
            line("cast " + member.name() + member.description().map(d -> " | " + d).orElse("")
                    + (member.aliases().isEmpty() ? "" : " | aka " + String.join(", ", member.aliases())));
        }
        for (int e = 0; e < play.preamble().size(); e++) {
            element(play.preamble().get(e), "", pos(map.element(-1, e)));
        }
        for (int s = 0; s < play.scenes().size(); s++) {
            Scene scene = play.scenes().get(s);
            line("scene " + text(scene.heading().styledText()) + scene.number().map(n -> " #" + n).orElse("")
                    + pos(map.scene(s)));
            for (int e = 0; e < scene.elements().size(); e++) {
                element(scene.elements().get(e), "  ", pos(map.element(s, e)));
            }
            for (int k = 0; k < scene.shots().size(); k++) {
                line("  " + shot(scene.shots().get(k)) + pos(map.shot(s, k)));
            }
        }
    }

    private static String pos(Optional<SourceMap.Position> position) {
        return position.map(p -> " @" + p.line() + ":" + p.column()).orElse("");
    }

    private void element(Element element, String indent, String pos) {
        if (element instanceof Action a) {
            line(indent + "action \"" + text(a.text()) + "\"" + pos);
        } else if (element instanceof Dialogue d) {
            dialogue(d, indent, "dialogue", pos);
        } else if (element instanceof DualDialogue dual) {
            line(indent + "dual" + pos);
            dialogue(dual.left(), indent + "  ", "left", "");
            dialogue(dual.right(), indent + "  ", "right", "");
        } else if (element instanceof Transition t) {
            line(indent + "transition \"" + text(t.text()) + "\"" + pos);
        } else if (element instanceof CenteredText c) {
            line(indent + "centered \"" + text(c.text()) + "\"" + pos);
        } else if (element instanceof Lyrics l) {
            line(indent + "lyrics \"" + text(l.text()) + "\"" + pos);
        } else if (element instanceof PageBreak) {
            line(indent + "page-break" + pos);
        } else if (element instanceof Note n) {
            line(indent + "note \"" + escape(n.text()) + "\"" + pos);
        } else if (element instanceof Section s) {
            line(indent + "section " + s.level() + " \"" + escape(s.text()) + "\"" + pos);
        } else if (element instanceof Synopsis s) {
            line(indent + "synopsis \"" + escape(s.text()) + "\"" + pos);
        }
    }

    private void dialogue(Dialogue d, String indent, String kind, String pos) {
        line(indent + kind + " " + d.character() + (d.extensions().isEmpty() ? "" : " " + d.extensions()) + pos);
        for (Dialogue.Part part : d.parts()) {
            line(indent + "  " + (part instanceof Dialogue.Parenthetical ? "paren"
                    : part instanceof Dialogue.Lyric ? "lyric" : "speech") + " \""
                    + text(part.text()) + "\"");
        }
    }

    static String shot(Shot s) {
        StringBuilder b = new StringBuilder("shot ").append(s.number());
        Consumer<String> add = part -> b.append(' ').append(part);
        s.size().ifPresent(v -> add.accept("size=" + v.name()));
        s.framing().ifPresent(v -> add.accept("framing=" + v.name()));
        s.angle().ifPresent(v -> add.accept("angle=" + v.name()));
        s.moves().forEach(m -> add.accept("move=" + m.movement().name() + m.direction().map(d -> "/" + d.name()).orElse("")
                + m.speed().map(v -> "/" + v.name()).orElse("") + m.note().map(n -> "(" + n + ")").orElse("")));
        s.focus().ifPresent(f -> add.accept("rack=" + f.from() + ">" + f.to()));
        s.lens().ifPresent(l -> add.accept("lens=" + l));
        list(add, "subjects", s.subjects());
        list(add, "props", s.props());
        if (!s.description().isEmpty()) {
            add.accept("description=\"" + s.description() + "\"");
        }
        s.setup().ifPresent(v -> add.accept("setup=" + v));
        list(add, "equipment", s.equipment());
        s.frameRate().ifPresent(v -> add.accept("fps=" + v));
        s.audio().ifPresent(v -> add.accept("audio=" + v.name()));
        if (s.vfx()) {
            add.accept("vfx");
        }
        s.screenTime().ifPresent(v -> add.accept("screen=" + v));
        s.setupMinutes().ifPresent(v -> add.accept("setup-min=" + v));
        s.shootingMinutes().ifPresent(v -> add.accept("shoot-min=" + v));
        s.storyboard().ifPresent(v -> add.accept("storyboard=" + v));
        list(add, "notes", s.notes());
        s.coverage().ifPresent(c -> add.accept("covers=" + c.first() + "-" + c.last()));
        return b.toString();
    }

    private static void list(Consumer<String> add, String name, List<String> values) {
        if (!values.isEmpty()) {
            add.accept(name + "=" + values);
        }
    }

    static String text(StyledText text) {
        StringBuilder b = new StringBuilder();
        for (StyledText.Span span : text.spans()) {
            String open = (span.has(Style.BOLD) ? "<b>" : "") + (span.has(Style.ITALIC) ? "<i>" : "")
                    + (span.has(Style.UNDERLINE) ? "<u>" : "");
            String close = (span.has(Style.UNDERLINE) ? "</u>" : "") + (span.has(Style.ITALIC) ? "</i>" : "")
                    + (span.has(Style.BOLD) ? "</b>" : "");
            b.append(open).append(escape(span.text())).append(close);
        }
        return b.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                default -> out.append(Character.isISOControl(c) || Character.isSurrogate(c)
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
