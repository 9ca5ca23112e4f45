package dev.slate.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Courier Prime, the default family, shipped in this jar under the SIL Open Font Licence
 * (dev/slate/pdf/fonts/OFL.txt). Read from the jar once, when a renderer first needs it.
 */
public final class BundledFonts {

    private static final String[] FILES = {"CourierPrime-Regular", "CourierPrime-Bold", "CourierPrime-Italic",
        "CourierPrime-BoldItalic"};
    /** The PDF names of the faces: every face of Debian's files calls itself CourierPrime-Regular. */
    private static final String[] PDF_NAMES = {"CourierPrime", "CourierPrime-Bold", "CourierPrime-Italic",
        "CourierPrime-BoldItalic"};

    private static FamilyData courierPrime;

    private BundledFonts() {
    }

    /** Courier Prime's four faces. */
    public static synchronized FamilyData courierPrime() {
        if (courierPrime == null) {
            FontData[] faces = new FontData[4];
            for (int i = 0; i < 4; i++) {
                faces[i] = new FontData("Courier Prime (" + Styles.name(i) + ")", read(FILES[i] + ".otf"), PDF_NAMES[i],
                        true);
            }
            courierPrime = new FamilyData("Courier Prime", faces[0], faces[1], faces[2], faces[3]);
        }
        return courierPrime;
    }

    private static byte[] read(String file) {
        try (InputStream in = BundledFonts.class.getResourceAsStream("/dev/slate/pdf/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the slate-export-pdf jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file + ": " + e.getMessage(), e);
        }
    }
}
