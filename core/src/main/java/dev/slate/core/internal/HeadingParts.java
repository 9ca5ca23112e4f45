package dev.slate.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A scene heading after its prefix, read as a 1st AD breaks it down: location, sub-locations, time
 * of day and modifiers. The time of day is the first dash-separated part that reads as one
 * ({@link TimeOfDay}), else a time after the last comma or at the end without a dash
 * ({@code HOUSE DAY}); a heading with neither has no time of day, and all its dash-separated parts
 * after the first are sub-locations ({@code HOUSE - KITCHEN}). A group in parentheses or
 * brackets is a modifier when it stands in or after the time of day, or when it is one of the
 * known ones ({@code FLASHBACK}, {@code MOVING}, a year) anywhere; other groups belong to the
 * location ({@code RESTAURANT (LA RUE 14°)}).
 *
 * @param location    the place, possibly empty
 * @param subLocation the parts between place and time, joined by {@code " - "}, or null
 * @param timeOfDay   as written, or null
 * @param reading     what the time of day says, or null when there is none
 * @param modifiers   the modifiers, without their brackets, in order
 */
public record HeadingParts(String location, String subLocation, String timeOfDay, TimeOfDay.Reading reading,
                           List<String> modifiers) {

    private static final Set<String> KNOWN_MODIFIERS = Set.of("FLASHBACK", "FLASH BACK", "FLASHFORWARD",
            "FLASH FORWARD", "FLASH-FORWARD", "MOVING", "DRIVING", "PRESENT", "PRESENT DAY", "DREAM", "DREAM SEQUENCE",
            "FANTASY", "MEMORY", "MONTAGE", "SERIES OF SHOTS", "INTERCUT", "STOCK", "STOCK FOOTAGE", "ESTABLISHING",
            "B&W", "BLACK AND WHITE", "SLOW MOTION", "POV", "STORY", "REALITY", "VARIOUS", "CONTINUOUS", "LATER",
            "SAME", "SIMULTANEOUS");

    public HeadingParts {
        modifiers = List.copyOf(modifiers);
    }

    /** Reads the heading text after its prefix (already stripped). Linear in its length. */
    public static HeadingParts read(String rest) {
        int dash = HeadingSeparators.leadingDashEnd(rest);
        // "INT - HOUSE - DAY" is written with a dash after the prefix; "INT. - DAY" has no location.
        if (dash > 0 && HeadingSeparators.next(rest.substring(dash), 0) != null) {
            rest = rest.substring(dash);
        }
        String[] parts = HeadingSeparators.split(rest);
        List<String> modifiers = new ArrayList<>();
        for (int t = 1; t < parts.length; t++) {
            TimeOfDay.Reading reading = TimeOfDay.read(withoutGroups(parts[t], false, null));
            if (reading != null) {
                List<String> place = new ArrayList<>();
                for (int i = 0; i < t; i++) {
                    place.add(withoutGroups(parts[i], true, modifiers));
                }
                List<String> time = new ArrayList<>();
                for (int i = t; i < parts.length; i++) {
                    time.add(withoutGroups(parts[i], false, modifiers));
                }
                return new HeadingParts(place.get(0), join(place.subList(1, place.size())), join(time), reading,
                        modifiers);
            }
        }
        List<String> place = new ArrayList<>();
        for (String part : parts) {
            place.add(withoutGroups(part, true, modifiers));
        }
        int last = place.size() - 1;
        String tail = place.get(last);
        List<String> trailing = new ArrayList<>();
        String bare = trailingGroups(tail, trailing);
        int comma = bare.lastIndexOf(',');
        int start = comma >= 0 && TimeOfDay.read(bare.substring(comma + 1)) != null ? comma
                : TimeOfDay.trailingStart(bare);
        if (start >= 0) {
            modifiers.addAll(trailing);
            String time = bare.substring(bare.charAt(start) == ',' ? start + 1 : start).strip();
            place.set(last, bare.substring(0, start).strip());
            return new HeadingParts(place.get(0), join(place.subList(1, place.size())), time, TimeOfDay.read(time),
                    modifiers);
        }
        return new HeadingParts(place.get(0), join(place.subList(1, place.size())), null, null, modifiers);
    }

    /**
     * The part without its bracketed groups, spaces they leave closed up; {@code knownOnly} takes out
     * only the known modifiers. The groups taken out go to {@code modifiers} (when not null).
     */
    private static String withoutGroups(String part, boolean knownOnly, List<String> modifiers) {
        if (part.indexOf('(') < 0 && part.indexOf('[') < 0) {
            return part.strip();
        }
        StringBuilder out = new StringBuilder(part.length());
        int i = 0;
        int n = part.length();
        boolean unclosed = false; // once a group does not close, no later one does: stays linear
        while (i < n) {
            char c = part.charAt(i);
            int close = unclosed || c != '(' && c != '[' ? -1 : part.indexOf(c == '(' ? ')' : ']', i + 1);
            if ((c == '(' || c == '[') && close < 0) {
                unclosed = true;
            }
            if (close > 0) {
                String inside = part.substring(i + 1, close).strip();
                if (!knownOnly || isKnownModifier(inside)) {
                    if (modifiers != null && !inside.isEmpty()) {
                        modifiers.add(inside);
                    }
                    i = close + 1;
                    continue;
                }
                out.append(part, i, close + 1);
                i = close + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return closeUp(out);
    }

    /** The text without the bracketed groups at its end, which go to {@code groups} in order. */
    private static String trailingGroups(String text, List<String> groups) {
        String rest = text.strip();
        for (int k = 0; k < 8 && (rest.endsWith(")") || rest.endsWith("]")); k++) { // a few, not a million
            char open = rest.endsWith(")") ? '(' : '[';
            int at = rest.lastIndexOf(open);
            if (at < 0) {
                break;
            }
            String inside = rest.substring(at + 1, rest.length() - 1).strip();
            if (!inside.isEmpty()) {
                groups.add(0, inside);
            }
            rest = rest.substring(0, at).strip();
        }
        return rest;
    }

    private static boolean isKnownModifier(String inside) {
        String upper = inside.toUpperCase(Locale.ROOT);
        if (KNOWN_MODIFIERS.contains(upper)) {
            return true;
        }
        // A year or a decade: 1979, 1970s, '79
        String digits = upper.startsWith("'") || upper.startsWith("\u2019") ? upper.substring(1)
                : upper.endsWith("S") ? upper.substring(0, upper.length() - 1) : upper;
        if (digits.length() < 2 || digits.length() > 4) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Stripped, with the double spaces a removed group leaves made single. */
    private static String closeUp(StringBuilder text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static String join(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        return kept.isEmpty() ? null : String.join(" - ", kept);
    }
}
