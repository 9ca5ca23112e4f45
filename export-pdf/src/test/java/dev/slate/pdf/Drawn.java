package dev.slate.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The vector shapes of a PDF page as a reader sees them: each stroked path with its subpaths' points
 * and colour, and the bounding box of each filled path (in PDF points, y up from the foot).
 */
final class Drawn {

    /** A stroked path: its subpaths in drawing order, each a list of points; its stroking colour as 0xRRGGBB. */
    record Stroke(List<List<Point2D.Float>> parts, int rgb) {
        List<Point2D.Float> main() {
            return parts.get(0);
        }

        double x() {
            return main().get(0).x;
        }

        double top() {
            return main().stream().mapToDouble(p -> p.y).max().orElseThrow();
        }

        double bottom() {
            return main().stream().mapToDouble(p -> p.y).min().orElseThrow();
        }

        Rectangle2D bounds() {
            return Drawn.bounds(parts);
        }
    }

    /** What one page draws. */
    record Page(List<Stroke> strokes, List<Rectangle2D> fills) {
    }

    private Drawn() {
    }

    /** The shapes of every page of a document, in page order. */
    static List<Page> pages(PDDocument document) {
        List<Page> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            Engine engine = new Engine(page);
            try {
                engine.processPage(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pages.add(new Page(engine.strokes, engine.fills));
        }
        return pages;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final List<Stroke> strokes = new ArrayList<>();
        private final List<Rectangle2D> fills = new ArrayList<>();
        private final List<List<Point2D.Float>> parts = new ArrayList<>();
        private Point2D.Float current = new Point2D.Float();

        Engine(PDPage page) {
            super(page);
        }

        private List<Point2D.Float> part() {
            if (parts.isEmpty()) {
                parts.add(new ArrayList<>(List.of(current)));
            }
            return parts.get(parts.size() - 1);
        }

        @Override
        public void moveTo(float x, float y) {
            current = transformedPoint(x, y);
            parts.add(new ArrayList<>(List.of(current)));
        }

        @Override
        public void lineTo(float x, float y) {
            current = transformedPoint(x, y);
            part().add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            part().add(transformedPoint(x1, y1));
            part().add(transformedPoint(x2, y2));
            current = transformedPoint(x3, y3);
            part().add(current);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            parts.add(new ArrayList<>(List.of(point(p0), point(p1), point(p2), point(p3))));
        }

        private static Point2D.Float point(Point2D p) {
            return new Point2D.Float((float) p.getX(), (float) p.getY());
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            parts.clear();
        }

        @Override
        public void strokePath() throws IOException {
            int rgb = getGraphicsState().getStrokingColor().toRGB();
            strokes.add(new Stroke(List.copyOf(parts), rgb));
            parts.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            Rectangle2D box = Drawn.bounds(parts);
            if (box != null) {
                fills.add(box);
            }
            parts.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }

    /** The smallest box around every point of the subpaths; null when there is none. */
    private static Rectangle2D bounds(List<List<Point2D.Float>> parts) {
            Rectangle2D box = null;
            for (List<Point2D.Float> part : parts) {
                for (Point2D.Float p : part) {
                    if (box == null) {
                        box = new Rectangle2D.Float(p.x, p.y, 0, 0);
                    } else {
                        box.add(p);
                    }
                }
            }
        return box;
    }
}
