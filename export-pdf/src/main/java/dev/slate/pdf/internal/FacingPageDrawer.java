package dev.slate.pdf.internal;

import dev.slate.core.StyledText;
import dev.slate.core.layout.Paper;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.shot.Shot;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A facing page of a lined script: the shots whose tramlines are on the lined page opposite, one row
 * each with the plan's details and empty columns for the takes, the circled takes, the timecode and
 * notes, for the script supervisor to fill in on set. More rows than a page holds go on to another
 * facing page.
 */
final class FacingPageDrawer {

    static final float SIZE = 7;
    static final float LEADING = 8.5f;
    /** A row keeps room to write takes in by hand. */
    static final float MIN_ROW = 30;
    static final float MARGIN = 36;
    static final float PAD = 2;
    static final float HEADING_SIZE = 10;

    /** A column: its header, its width in characters, and the plan field it prints (null: left empty). */
    private record Column(String header, int chars, ShotListColumn field) {
    }

    // the columns the issue and supervisors' facing pages ask for; 522 pt wide, inside A4's margins (523 pt)
    private static final List<Column> COLUMNS = List.of(new Column("Shot", 5, ShotListColumn.SHOT),
            new Column("Setup", 5, ShotListColumn.SETUP), new Column("Cam", 3, ShotListColumn.CAMERA),
            new Column("Size", 6, ShotListColumn.SIZE),
            new Column("Angle", 8, ShotListColumn.ANGLE), new Column("Move", 12, ShotListColumn.MOVEMENT),
            new Column("Lens", 6, ShotListColumn.LENS), new Column("Subjects", 13, ShotListColumn.SUBJECTS),
            new Column("Description", 16, ShotListColumn.DESCRIPTION), new Column("Min.", 4, ShotListColumn.MINUTES),
            new Column("Takes", 8, null), new Column("Circled", 7, null), new Column("Timecode", 9, null),
            new Column("Notes", 9, null));

    private final TextPainter painter;
    private final Paper paper;

    FacingPageDrawer(TextPainter painter, Paper paper) {
        this.painter = painter;
        this.paper = paper;
    }

    /** The shots of a lined page's segments, each once, in the order their lines stand. */
    static List<Shot> shots(List<TramlinePlan.Segment> segments) {
        Map<Shot, Boolean> seen = new IdentityHashMap<>();
        List<Shot> shots = new ArrayList<>();
        for (TramlinePlan.Segment segment : segments) {
            if (seen.put(segment.shot(), Boolean.TRUE) == null) {
                shots.add(segment.shot());
            }
        }
        return shots;
    }

    /** The shots split into facing pages: as many rows on each as fit; one empty page for none. */
    List<List<Shot>> pages(List<Shot> shots) {
        List<List<Shot>> pages = new ArrayList<>();
        List<Shot> page = new ArrayList<>();
        float room = tableTop() - MARGIN - rowHeight(null);
        for (Shot shot : shots) {
            float height = rowHeight(shot);
            if (!page.isEmpty() && height > room) {
                pages.add(page);
                page = new ArrayList<>();
                room = tableTop() - MARGIN - rowHeight(null);
            }
            page.add(shot);
            room -= height;
        }
        pages.add(page);
        return pages;
    }

    /** Draws one facing page for script page {@code number}: its heading and the table of its shots. */
    void draw(PDPageContentStream out, int number, List<Shot> shots) throws IOException {
        float top = Geometry.points(paper.height()) - MARGIN;
        painter.draw(out, StyledText.of("Shots on page " + number), MARGIN, top - HEADING_SIZE, HEADING_SIZE,
                () -> "the facing page heading");
        float y = tableTop();
        y = row(out, null, y);
        for (Shot shot : shots) {
            y = row(out, shot, y);
        }
    }

    private float tableTop() {
        return Geometry.points(paper.height()) - MARGIN - HEADING_SIZE - 10;
    }

    /** Draws a row (the header row for a null shot) with its top at {@code top}; returns its foot. */
    private float row(PDPageContentStream out, Shot shot, float top) throws IOException {
        float height = rowHeight(shot);
        float x = MARGIN;
        for (Column column : COLUMNS) {
            List<String> lines = lines(column, shot);
            for (int i = 0; i < lines.size(); i++) {
                painter.draw(out, StyledText.of(lines.get(i)), x + PAD, top - PAD - SIZE - i * LEADING + 1.5f, SIZE,
                        () -> "the facing page");
            }
            x += width(column);
        }
        x = MARGIN; // the cell borders after the text: a path may not enclose a text object
        for (Column column : COLUMNS) {
            out.addRect(x, top - height, width(column), height);
            x += width(column);
        }
        out.setLineWidth(0.5f);
        out.stroke();
        return top - height;
    }

    private float rowHeight(Shot shot) {
        int lines = 1;
        for (Column column : COLUMNS) {
            lines = Math.max(lines, lines(column, shot).size());
        }
        float height = lines * LEADING + 2 * PAD;
        return shot == null ? height : Math.max(MIN_ROW, height);
    }

    private static float width(Column column) {
        return column.chars() * SIZE * 0.6f + 2 * PAD;
    }

    private static List<String> lines(Column column, Shot shot) {
        String text = shot == null ? column.header() : column.field() == null ? "" : column.field().cell(shot);
        return wrap(text, column.chars());
    }

    /** Words in lines of at most {@code width} characters; a longer word is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
