package dev.slate.docx.internal;

import dev.slate.core.shot.Shot;
import dev.slate.core.report.ShotList;
import dev.slate.docx.ShotListRenderException;
import dev.slate.docx.StoryboardImage;
import dev.slate.docx.StoryboardSource;
import org.apache.poi.util.Units;
import org.apache.poi.common.usermodel.PictureType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Storyboard images, loaded and checked for every shot before the document is written, and
 * scaled to fit their cell.
 */
final class Thumbnails {

    /** An image ready to place: its bytes and POI picture type, and its size in EMU. */
    record Thumbnail(byte[] bytes, PictureType pictureType, String fileName, int widthEmu, int heightEmu) {
    }

    private Thumbnails() {
    }

    /**
     * The thumbnail of every shot, per section and shot in list order.
     *
     * @throws ShotListRenderException naming the scene and shot of an image that is missing or unreadable
     */
    static List<List<Optional<Thumbnail>>> load(ShotList list, StoryboardSource source, double maxWidthPt,
                                                double maxHeightPt) {
        List<List<Optional<Thumbnail>>> all = new ArrayList<>(list.sections().size());
        for (ShotList.Section section : list.sections()) {
            List<Optional<Thumbnail>> shots = new ArrayList<>(section.shots().size());
            for (Shot shot : section.shots()) {
                String where = "storyboard of scene " + section.number() + ", shot " + shot.number();
                Optional<StoryboardImage> image;
                try {
                    image = source.image(section.scene(), shot);
                } catch (NoSuchFileException e) {
                    throw new ShotListRenderException(where + ": file not found: " + e.getFile()
                            + "; fix the shot's storyboard path or remove it", e);
                } catch (IOException e) {
                    throw new ShotListRenderException(where + ": cannot be read: " + e.getMessage(), e);
                }
                shots.add(image.map(i -> thumbnail(i, where, shot, maxWidthPt, maxHeightPt)));
            }
            all.add(shots);
        }
        return all;
    }

    private static Thumbnail thumbnail(StoryboardImage image, String where, Shot shot, double maxWidthPt,
                                       double maxHeightPt) {
        byte[] bytes = image.bytes();
        PictureType type = type(bytes);
        if (type == null) {
            throw new ShotListRenderException(where + ": " + image.origin()
                    + " is not a PNG or JPEG image; save the frame as PNG or JPEG", null);
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            decoded = null;
        }
        if (decoded == null || decoded.getWidth() <= 0 || decoded.getHeight() <= 0) {
            throw new ShotListRenderException(where + ": " + image.origin()
                    + " is corrupt or truncated and cannot be shown; export the frame again", null);
        }
        double scale = Math.min(maxWidthPt / decoded.getWidth(), maxHeightPt / decoded.getHeight());
        String name = "storyboard-" + shot.number() + (type == PictureType.PNG ? ".png" : ".jpeg");
        return new Thumbnail(bytes, type, name, Units.toEMU(decoded.getWidth() * scale),
                Units.toEMU(decoded.getHeight() * scale));
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
