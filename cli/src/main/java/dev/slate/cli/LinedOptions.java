package dev.slate.cli;

import dev.slate.pdf.PdfScreenplayRenderer;
import dev.slate.pdf.TramlineColours;
import dev.slate.pdf.TramlinePlacement;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lined-script options of {@code slate render}: the shot plan drawn over the PDF's pages. */
final class LinedOptions {

    @Option(names = "--lined", description = "Draw the shot plan over the PDF: one line per planned shot over "
            + "the script lines it covers, wavy where its speaker is off camera.")
    boolean lined;

    @Option(names = "--facing-pages", description = "With --lined: before each page, a table of the shots whose "
            + "lines are on it, with empty columns for takes, circled takes, timecode and notes.")
    boolean facingPages;

    @Option(names = "--tramline-colours", converter = ColoursConverter.class,
            paramLabel = "by-shot-kind|black|by-camera",
            description = "Colours of the lines: by-shot-kind (red wide, blue single, black two-shot, green insert), "
                    + "black, or by-camera (A red, B blue, C green, D purple, E brown, F teal; no camera black) "
                    + "(default: by-shot-kind).")
    TramlineColours colours = TramlineColours.BY_SHOT_KIND;

    @Option(names = "--tramline-placement", converter = PlacementConverter.class,
            paramLabel = "over-text|left-band",
            description = "Where the lines run: over-text (US) or left-band, in the left margin (UK) "
                    + "(default: over-text).")
    TramlinePlacement placement = TramlinePlacement.OVER_TEXT;

    /** Sets the renderer's lined options. */
    void apply(PdfScreenplayRenderer.Builder pdf) {
        pdf.lined(lined).facingPages(facingPages).tramlineColours(colours).tramlinePlacement(placement);
    }

    /** An enum constant written in lower case with hyphens: {@code LEFT_BAND} as {@code left-band}. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new TypeConversionException("unknown " + what + " '" + value + "'; accepted: "
                + Arrays.stream(type.getEnumConstants()).map(LinedOptions::name).collect(Collectors.joining(", ")));
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class ColoursConverter implements ITypeConverter<TramlineColours> {
        @Override
        public TramlineColours convert(String value) {
            return parse(TramlineColours.class, value, "tramline colours");
        }
    }

    static final class PlacementConverter implements ITypeConverter<TramlinePlacement> {
        @Override
        public TramlinePlacement convert(String value) {
            return parse(TramlinePlacement.class, value, "tramline placement");
        }
    }
}
