package dev.slate.core.shot.internal;

import dev.slate.core.Location;
import dev.slate.core.shot.CameraMove;
import dev.slate.core.shot.Framing;
import dev.slate.core.shot.Shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a shot note as {@link ShotNoteReader} reads it: the short forms where they read back the
 * same, else every field keyed.
 */
public final class ShotNoteWriter {

    private ShotNoteWriter() {
    }

    /** The note text (without brackets) for a shot; its coverage is written by END SHOT markers. */
    public static String format(Shot shot) {
        String friendly = format(shot, false);
        Shot plain = shot.toBuilder().coverage(null).build();
        Optional<Shot> back = ShotNoteReader.read(friendly, new ShotNoteReader.Where(ignored -> { }, Location.DOCUMENT));
        return back.isPresent() && back.get().equals(plain) ? friendly : format(shot, true);
    }

    private static String format(Shot shot, boolean keyed) {
        List<String> fields = new ArrayList<>();
        List<String> camera = new ArrayList<>();
        shot.size().ifPresent(s -> camera.add(s.abbreviation()));
        // An insert framing without a size would read back as the size: it gets its key.
        boolean keyedInsert = shot.framing().filter(f -> f == Framing.INSERT).isPresent() && shot.size().isEmpty();
        shot.framing().filter(f -> !keyedInsert).ifPresent(f -> camera.add(f.abbreviation()));
        shot.angle().ifPresent(a -> camera.add(a.label()));
        for (CameraMove move : shot.moves()) {
            camera.add(move.text() + move.note().map(n -> " (" + Fields.escape(n, ",()") + ")").orElse(""));
        }
        shot.focus().ifPresent(f -> camera.add("rack focus " + focusName(f.from()) + " to " + focusName(f.to())));
        shot.lens().ifPresent(l -> camera.add(l.toString()));
        if (!camera.isEmpty()) {
            fields.add(String.join(", ", camera));
        }
        if (keyedInsert) {
            fields.add("framing: " + Framing.INSERT.abbreviation());
        }
        if (!shot.subjects().isEmpty()) {
            fields.add((keyed ? "with: " : "") + list(shot.subjects()));
        }
        if (!shot.description().isBlank()) {
            fields.add((keyed ? "description: " : "") + Fields.escape(shot.description(), ""));
        }
        if (!shot.props().isEmpty()) {
            fields.add("props: " + list(shot.props()));
        }
        if (keyed) {
            shot.setup().ifPresent(s -> fields.add("setup: " + Fields.escape(s, "")));
            shot.setupMinutes().ifPresent(m -> fields.add("setup time: " + m + " min"));
        } else if (shot.setup().isPresent() || shot.setupMinutes().isPresent()) {
            List<String> parts = new ArrayList<>();
            shot.setup().ifPresent(s -> parts.add(Fields.item(s)));
            shot.setupMinutes().ifPresent(m -> parts.add(m + " min"));
            fields.add("setup " + String.join(", ", parts));
        }
        shot.camera().ifPresent(c -> fields.add(!keyed && ShotValues.isShortCamera(c) ? "cam " + c
                : "camera: " + Fields.escape(c, "")));
        if (!shot.equipment().isEmpty()) {
            fields.add("gear: " + list(shot.equipment()));
        }
        shot.frameRate().ifPresent(f -> fields.add(keyed ? "fps: " + ShotValues.decimal(f) : ShotValues.decimal(f) + "fps"));
        shot.audio().ifPresent(a -> fields.add((keyed ? "audio: " : "") + a.abbreviation()));
        if (shot.vfx()) {
            fields.add("vfx");
        }
        shot.screenTime().ifPresent(t -> fields.add("screen " + ShotValues.duration(t)));
        shot.shootingMinutes().ifPresent(m -> fields.add((keyed ? "shoot: " : "") + m + " min"));
        shot.priority().ifPresent(p -> fields.add("priority: " + p.abbreviation()));
        shot.status().ifPresent(st -> fields.add("status: " + st.abbreviation()));
        shot.storyboard().ifPresent(s -> fields.add("storyboard: " + Fields.escape(s, "")));
        for (String note : shot.notes()) {
            fields.add("note: " + Fields.escape(note, ""));
        }
        return ShotNoteReader.SHOT + " " + shot.number() + (fields.isEmpty() ? "" : ": " + String.join(" | ", fields));
    }

    /** A rack-focus name; a " to " inside it is escaped so that it does not split the pair. */
    private static String focusName(String name) {
        return Fields.item(name).replace(" to ", " \\to ").replace(" TO ", " \\TO ");
    }

    private static String list(List<String> items) {
        List<String> escaped = new ArrayList<>();
        for (String item : items) {
            escaped.add(Fields.item(item));
        }
        return String.join(", ", escaped);
    }
}
