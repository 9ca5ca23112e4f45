package dev.slate.fdx.internal;

import dev.slate.core.Action;
import dev.slate.core.CastMember;
import dev.slate.core.CenteredText;
import dev.slate.core.shot.Coverage;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Lyrics;
import dev.slate.core.Note;
import dev.slate.core.PageBreak;
import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.Section;
import dev.slate.core.shot.Shot;
import dev.slate.core.ShotHeading;
import dev.slate.core.Style;
import dev.slate.core.StyledText;
import dev.slate.core.Synopsis;
import dev.slate.core.Transition;
import dev.slate.core.layout.SceneLength;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a screenplay's elements into body paragraphs. Script notes (the cast, each shot where its
 * coverage starts, END SHOT where it ends, writers' notes) are anchored after the text of the
 * paragraph before them, or before the text of the next paragraph when a page break or nothing
 * comes first, so that reading them back puts each note where it was.
 */
final class ContentWriter {

    private final List<ParagraphOut> out = new ArrayList<>();
    /** Notes and a page break waiting for the next paragraph. */
    private final List<String> pendingNotes = new ArrayList<>();
    private boolean pendingBreak;
    /** Whether the last paragraph written ends a dialogue block. */
    private boolean afterDialogue;

    /** The paragraphs of the screenplay; {@code lengths} gives each scene's length and page, or is empty. */
    static List<ParagraphOut> paragraphs(Screenplay play, List<SceneLength> lengths) {
        ContentWriter writer = new ContentWriter();
        for (CastMember member : play.cast()) {
            writer.note(PlanNotes.cast(member));
        }
        play.preamble().forEach(writer::element);
        for (int s = 0; s < play.scenes().size(); s++) {
            writer.scene(play.scenes().get(s), s < lengths.size() ? lengths.get(s) : null);
        }
        writer.flush();
        return writer.out;
    }

    private void scene(Scene scene, SceneLength length) {
        ParagraphOut heading = new ParagraphOut(ParagraphType.SCENE_HEADING, StyledText.of(scene.heading().text()));
        heading.number = scene.number().orElse(null);
        if (length != null) {
            heading.length = length.pages();
            heading.page = Integer.toString(length.firstPage());
        }
        paragraph(heading);
        List<Element> elements = scene.elements();
        List<List<Shot>> starting = new ArrayList<>();
        List<List<String>> ending = new ArrayList<>();
        for (int e = 0; e <= elements.size(); e++) {
            starting.add(new ArrayList<>());
            ending.add(new ArrayList<>());
        }
        for (Shot shot : scene.shots()) {
            shot.coverage().ifPresent(c -> {
                if (c.last() >= elements.size()) {
                    throw new IllegalArgumentException("shot " + shot.number() + " of scene "
                            + scene.number().orElse(scene.heading().text()) + " covers elements " + c.first() + "-"
                            + c.last() + " but the scene has " + elements.size()
                            + "; fix the coverage before writing");
                }
            });
            starting.get(shot.coverage().map(Coverage::first).orElse(0)).add(shot);
            shot.coverage().ifPresent(c -> ending.get(c.last()).add(shot.number()));
        }
        starting.get(0).forEach(shot -> note(PlanNotes.shot(shot)));
        for (int e = 0; e < elements.size(); e++) {
            element(elements.get(e));
            if (!ending.get(e).isEmpty()) {
                note(PlanNotes.end(ending.get(e)));
            }
            starting.get(e + 1).forEach(shot -> note(PlanNotes.shot(shot)));
        }
    }

    private void element(Element element) {
        if (element instanceof Action a) {
            paragraph(new ParagraphOut(ParagraphType.ACTION, a.text()));
        } else if (element instanceof CenteredText c) {
            ParagraphOut p = new ParagraphOut(ParagraphType.ACTION, c.text());
            p.alignment = "Center";
            paragraph(p);
        } else if (element instanceof Dialogue d) {
            List<ParagraphOut> speech = dialogue(d);
            paragraph(speech.get(0));
            speech.subList(1, speech.size()).forEach(out::add);
            afterDialogue = true;
        } else if (element instanceof DualDialogue d) {
            ParagraphOut wrapper = new ParagraphOut(ParagraphType.GENERAL, StyledText.EMPTY);
            wrapper.dual = new ArrayList<>(dialogue(d.left()));
            wrapper.dual.addAll(dialogue(d.right()));
            paragraph(wrapper);
        } else if (element instanceof Transition t) {
            paragraph(new ParagraphOut(ParagraphType.TRANSITION, t.text()));
        } else if (element instanceof ShotHeading s) {
            paragraph(new ParagraphOut(ParagraphType.SHOT, s.text()));
        } else if (element instanceof Lyrics l) {
            if (afterDialogue && !pendingBreak) {
                carrier(); // else the lyrics would read as sung lines of the dialogue before them
            }
            paragraph(new ParagraphOut(ParagraphType.LYRICS, l.text()));
        } else if (element instanceof Synopsis s) {
            paragraph(new ParagraphOut(ParagraphType.SUMMARY, StyledText.of(s.text())));
        } else if (element instanceof Section s) {
            paragraph(new ParagraphOut(ParagraphType.OUTLINE, "Outline " + s.level(), StyledText.of(s.text())));
        } else if (element instanceof Note n) {
            note(PlanNotes.note(n.text()));
        } else if (element instanceof PageBreak) {
            if (pendingBreak || !pendingNotes.isEmpty()) {
                carrier();
            }
            pendingBreak = true;
        }
    }

    private static List<ParagraphOut> dialogue(Dialogue d) {
        List<ParagraphOut> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphOut(ParagraphType.CHARACTER, StyledText.of(d.cue())));
        for (Dialogue.Part part : d.parts()) {
            if (part instanceof Dialogue.Parenthetical) {
                paragraphs.add(new ParagraphOut(ParagraphType.PARENTHETICAL,
                        StyledText.of("(").append(part.text()).append(StyledText.of(")"))));
            } else if (part instanceof Dialogue.Lyric) {
                paragraphs.add(new ParagraphOut(ParagraphType.LYRICS, part.text()));
            } else {
                paragraphs.add(new ParagraphOut(ParagraphType.DIALOGUE, part.text()));
            }
        }
        return paragraphs;
    }

    private static StyledText italic(StyledText text) {
        List<StyledText.Span> spans = new ArrayList<>();
        for (StyledText.Span span : text.spans()) {
            java.util.Set<Style> styles = java.util.EnumSet.of(Style.ITALIC);
            styles.addAll(span.styles());
            spans.add(new StyledText.Span(span.text(), styles));
        }
        return new StyledText(spans);
    }

    /** A note after the last paragraph's text, or before the next paragraph's when a page break comes first. */
    private void note(String text) {
        if (pendingBreak || out.isEmpty()) {
            pendingNotes.add(text);
        } else {
            out.get(out.size() - 1).notesAfter.add(text);
        }
    }

    private void paragraph(ParagraphOut p) {
        afterDialogue = p.type == ParagraphType.CHARACTER;
        p.startsNewPage = pendingBreak;
        p.notesBefore.addAll(pendingNotes);
        pendingBreak = false;
        pendingNotes.clear();
        out.add(p);
    }

    /** An empty General paragraph that only carries a page break or notes with nothing printed after them. */
    private void carrier() {
        paragraph(new ParagraphOut(ParagraphType.GENERAL, StyledText.EMPTY));
    }

    private void flush() {
        if (pendingBreak || !pendingNotes.isEmpty()) {
            carrier();
        }
    }
}
