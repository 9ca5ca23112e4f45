package dev.slate.docx.internal;

import dev.slate.core.Scene;
import dev.slate.core.Screenplay;
import dev.slate.core.shot.Shot;
import dev.slate.docx.StoryboardImage;
import dev.slate.docx.StoryboardProblem;
import dev.slate.docx.StoryboardSource;
import dev.slate.docx.Storyboards;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The storyboards of every shot, loaded once before the document is written. A board that cannot
 * be shown becomes an empty frame with its path and a problem, never a failure: one bad file must
 * not stop a crew's list. Image sizes are read from the header and checked against the pixel limit
 * before anything is decoded; a large board is decoded at a reduced size and embedded at thumbnail
 * size, so that neither memory nor the document grows with the original.
 */
public final class Boards {

    /** Thumbnails are embedded at about this resolution: sharp in print, small in the file. */
    private static final double DPI = 200;

    /** What a shot's storyboard cell shows. */
    public sealed interface Board permits Picture, Frame, Link {
    }

    /** An image ready to place: its bytes, POI picture type, and size in EMU. */
    public record Picture(byte[] bytes, PictureType pictureType, String fileName, int widthEmu, int heightEmu)
            implements Board {
    }

    /** An empty frame to sketch in, labelled with the board's path when one was named. */
    public record Frame(String label) implements Board {
    }

    /** A board given as a URL: never fetched, printed as its text. */
    public record Link(String url) implements Board {
    }

    private final Map<Shot, Board> boards = new IdentityHashMap<>();
    private final List<StoryboardProblem> problems = new ArrayList<>();

    private Boards() {
    }

    /**
     * Loads every named board of a screenplay.
     *
     * @param maxWidthPt  the widest a thumbnail prints
     * @param maxHeightPt the tallest a thumbnail prints
     * @param maxPixels   the largest image accepted, in pixels, checked from the header
     */
    public static Boards load(Screenplay screenplay, StoryboardSource source, double maxWidthPt, double maxHeightPt,
                              long maxPixels) {
        Boards loaded = new Boards();
        for (int s = 0; s < screenplay.scenes().size(); s++) {
            Scene scene = screenplay.scenes().get(s);
            for (int k = 0; k < scene.shots().size(); k++) {
                Shot shot = scene.shots().get(k);
                loaded.load(s, k, scene, shot, source, maxWidthPt, maxHeightPt, maxPixels);
            }
        }
        return loaded;
    }

    private void load(int s, int k, Scene scene, Shot shot, StoryboardSource source, double maxWidthPt,
                      double maxHeightPt, long maxPixels) {
        String written = shot.storyboard().orElse("");
        if (Storyboards.isLink(written)) {
            boards.put(shot, new Link(written));
            return;
        }
        try {
            Optional<StoryboardImage> image = source.image(scene, shot);
            if (image.isPresent()) {
                boards.put(shot, picture(image.get(), shot, maxWidthPt, maxHeightPt, maxPixels));
            } else if (!written.isEmpty()) {
                boards.put(shot, new Frame(written));
            }
        } catch (NoSuchFileException e) {
            fail(s, k, shot, written, "file not found; fix the shot's storyboard path or remove it");
        } catch (IOException | BoardException e) {
            fail(s, k, shot, written, e.getMessage());
        } catch (RuntimeException e) {
            // A source written by a caller may fail in any way: the list is still printed.
            fail(s, k, shot, written, "cannot be read (" + e + ")");
        }
    }

    private void fail(int s, int k, Shot shot, String written, String reason) {
        String board = written.isEmpty() ? "(from the storyboard source)" : written;
        problems.add(new StoryboardProblem(s, k, shot.number(), board, reason));
        boards.put(shot, new Frame(written));
    }

    /** What the shot's storyboard cell shows; empty for a shot without a board. */
    public Optional<Board> of(Shot shot) {
        return Optional.ofNullable(boards.get(shot));
    }

    /** Every board that could not be shown, in script order. */
    public List<StoryboardProblem> problems() {
        return List.copyOf(problems);
    }

    /** A board that cannot be shown, with the reason. */
    private static final class BoardException extends Exception {
        BoardException(String reason) {
            super(reason, null, false, false);
        }
    }

    private static Picture picture(StoryboardImage image, Shot shot, double maxWidthPt, double maxHeightPt,
                                   long maxPixels) throws BoardException {
        byte[] bytes = image.bytes();
        PictureType type = type(bytes);
        if (type == null) {
            throw new BoardException("not a PNG or JPEG image; save the frame as PNG or JPEG");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BoardException("is corrupt and cannot be shown; export the frame again");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new BoardException("is corrupt and cannot be shown; export the frame again");
                }
                if ((long) width * height > maxPixels) {
                    throw new BoardException(String.format(Locale.ROOT, "%d × %d pixels is over the limit of %s "
                            + "megapixels; save a smaller frame", width, height, megapixels(maxPixels)));
                }
                double scale = Math.min(maxWidthPt / width, maxHeightPt / height);
                double widthPt = width * scale;
                double heightPt = height * scale;
                // Decode only every n-th pixel of a large board: memory follows the thumbnail, not the file.
                int wanted = (int) Math.ceil(widthPt / 72 * DPI);
                int step = Math.max(1, width / Math.max(1, wanted));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                String name = "storyboard-" + shot.number() + (type == PictureType.PNG ? ".png" : ".jpeg");
                byte[] embedded = step == 1 ? bytes : encode(decoded, type);
                return new Picture(embedded, type, name, Units.toEMU(widthPt), Units.toEMU(heightPt));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BoardException("is corrupt or truncated and cannot be shown; export the frame again");
        }
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }

    private static byte[] encode(BufferedImage image, PictureType type) throws IOException {
        BufferedImage rgb = image;
        if (type == PictureType.JPEG && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(rgb, type == PictureType.PNG ? "png" : "jpeg", out)) {
            throw new IOException("no image writer");
        }
        return out.toByteArray();
    }

    /** The POI picture type from the file's signature, or null when it is neither PNG nor JPEG. */
    private static PictureType type(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureType.PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return PictureType.JPEG;
        }
        return null;
    }
}
