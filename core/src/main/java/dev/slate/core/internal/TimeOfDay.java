package dev.slate.core.internal;

import dev.slate.core.DayNight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a heading's time of day is written in, and what they mean for a production: a phrase
 * is a time of day when every word is one of them and at least one says when ({@code DAY},
 * {@code LATE AFTERNOON}, {@code THE NEXT MORNING}, {@code A BIT LATER}, {@code SAME TIME}).
 */
public final class TimeOfDay {

    /** What a time-of-day phrase says: daylight, dark, or the time of the scene before. */
    public enum Reading { DAY, NIGHT, CONTINUES }

    private static final Map<String, Reading> WHEN = Map.ofEntries(
            Map.entry("DAY", Reading.DAY), Map.entry("DAYTIME", Reading.DAY), Map.entry("MORNING", Reading.DAY),
            Map.entry("AFTERNOON", Reading.DAY), Map.entry("NOON", Reading.DAY), Map.entry("MIDDAY", Reading.DAY),
            Map.entry("MID-DAY", Reading.DAY), Map.entry("DAWN", Reading.DAY), Map.entry("SUNRISE", Reading.DAY),
            Map.entry("DAYBREAK", Reading.DAY), Map.entry("SUNSET", Reading.DAY), Map.entry("MAGIC HOUR", Reading.DAY),
            Map.entry("GOLDEN HOUR", Reading.DAY), Map.entry("FIRST LIGHT", Reading.DAY),
            Map.entry("NIGHT", Reading.NIGHT), Map.entry("NIGHTTIME", Reading.NIGHT),
            Map.entry("NIGHTFALL", Reading.NIGHT), Map.entry("EVENING", Reading.NIGHT), Map.entry("DUSK", Reading.NIGHT),
            Map.entry("TWILIGHT", Reading.NIGHT), Map.entry("MIDNIGHT", Reading.NIGHT),
            Map.entry("PRE-DAWN", Reading.NIGHT), Map.entry("PREDAWN", Reading.NIGHT), Map.entry("SUNDOWN", Reading.NIGHT),
            Map.entry("CONTINUOUS", Reading.CONTINUES), Map.entry("CONTINUED", Reading.CONTINUES),
            Map.entry("CONTINUING", Reading.CONTINUES), Map.entry("CONT'D", Reading.CONTINUES),
            Map.entry("LATER", Reading.CONTINUES), Map.entry("SAME", Reading.CONTINUES),
            Map.entry("SIMULTANEOUS", Reading.CONTINUES), Map.entry("SIMULTANEOUSLY", Reading.CONTINUES),
            // Day and night in the languages scripts are most often written in besides English.
            Map.entry("ДЕНЬ", Reading.DAY), Map.entry("УТРО", Reading.DAY), Map.entry("НОЧЬ", Reading.NIGHT),
            Map.entry("ВЕЧЕР", Reading.NIGHT), Map.entry("НІЧ", Reading.NIGHT), Map.entry("JOUR", Reading.DAY),
            Map.entry("MATIN", Reading.DAY), Map.entry("NUIT", Reading.NIGHT), Map.entry("SOIR", Reading.NIGHT),
            Map.entry("TAG", Reading.DAY), Map.entry("MORGEN", Reading.DAY), Map.entry("NACHT", Reading.NIGHT),
            Map.entry("ABEND", Reading.NIGHT), Map.entry("DÍA", Reading.DAY), Map.entry("DIA", Reading.DAY),
            Map.entry("MAÑANA", Reading.DAY), Map.entry("TARDE", Reading.DAY), Map.entry("NOCHE", Reading.NIGHT),
            Map.entry("NOITE", Reading.NIGHT), Map.entry("GIORNO", Reading.DAY), Map.entry("NOTTE", Reading.NIGHT),
            Map.entry("SERA", Reading.NIGHT), Map.entry("DZIEŃ", Reading.DAY), Map.entry("NOC", Reading.NIGHT),
            Map.entry("日", Reading.DAY), Map.entry("白天", Reading.DAY), Map.entry("昼", Reading.DAY),
            Map.entry("朝", Reading.DAY), Map.entry("夜", Reading.NIGHT), Map.entry("夜晚", Reading.NIGHT),
            Map.entry("晚上", Reading.NIGHT));

    /** Words that qualify a time without saying when: LATE, NEXT, A FEW, TWO DAYS, PRESENT... */
    private static final Set<String> QUALIFIERS = Set.of("LATE", "EARLY", "MID", "NEXT", "THE", "THAT", "THIS",
            "A", "AN", "FEW", "BIT", "LITTLE", "MOMENT", "MOMENTS", "MINUTE", "MINUTES", "SECOND", "SECONDS", "HOUR",
            "HOURS", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "NIGHTS", "ONE", "TWO", "THREE",
            "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "SEVERAL", "ANOTHER", "PRESENT", "FOLLOWING",
            "TO", "TIME", "MAGIC", "GOLDEN", "FIRST", "LIGHT", "AFTER", "BEFORE", "MUCH", "SOME", "JUST", "AND",
            "OF", "ON", "IN", "ACTION");

    private TimeOfDay() {
    }

    /**
     * What a phrase says if it is a time of day, or null if it is not one. The first word that
     * names daylight or dark decides ({@code DAY TO NIGHT} is DAY, {@code NIGHT - CONTINUOUS} NIGHT);
     * otherwise a word such as CONTINUOUS or LATER makes it continue the scene before. Words after a
     * {@code /} need not be time words ({@code DAY / DRIVING}).
     */
    public static Reading read(String phrase) {
        List<String> words = words(phrase);
        if (words.isEmpty() || !allTimeWords(words)) {
            return null;
        }
        Reading continues = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("/")) {
                continue;
            }
            Reading pair = i + 1 < words.size() ? WHEN.get(word + " " + words.get(i + 1)) : null;
            Reading reading = pair != null ? pair : WHEN.get(word);
            if (reading == Reading.DAY || reading == Reading.NIGHT) {
                return reading;
            }
            if (reading == Reading.CONTINUES) {
                continues = reading;
            }
        }
        return continues;
    }

    /** The reading as day or night, or null for a time that continues the scene before. */
    public static DayNight dayNight(Reading reading) {
        return reading == Reading.DAY ? DayNight.DAY : reading == Reading.NIGHT ? DayNight.NIGHT : null;
    }

    /**
     * Where a time of day written at the end of {@code text} without a dash starts ({@code HOUSE
     * LATE AFTERNOON}: at {@code LATE}), always leaving a word before it; -1 if there is none. Linear.
     */
    public static int trailingStart(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        int candidate = -1;
        while (start > 0) {
            int wordEnd = start;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == 0 || wordStart == wordEnd) {
                break; // the first word stays the location
            }
            List<String> word = words(text.substring(wordStart, wordEnd));
            if (word.size() != 1 || !isTimeWord(word.get(0))) {
                break;
            }
            candidate = wordStart;
            start = wordStart;
        }
        return candidate >= 0 && read(text.substring(candidate, end)) != null ? candidate : -1;
    }

    /** The text's words in capitals, punctuation at their edges dropped; a slash is a word of its own. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String spaced = text.replace("/", " / ").trim();
        for (int i = 0; i < spaced.length(); ) { // the runs between spaces, as split("\\s+") gives them
            int end = i;
            while (end < spaced.length() && !HeadingSeparators.isSpace(spaced.charAt(end))) {
                end++;
            }
            if (end > i) {
                String word = stripEdges(spaced.substring(i, end).toUpperCase(Locale.ROOT).replace('\u2019', '\''));
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            i = end + 1;
        }
        return words;
    }

    private static boolean allTimeWords(List<String> words) {
        for (String word : words) {
            if (word.equals("/")) {
                return true; // what follows a slash qualifies the time: DAY / DRIVING
            }
            if (!isTimeWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTimeWord(String word) {
        return WHEN.containsKey(word) || QUALIFIERS.contains(word) || isNumber(word);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static String stripEdges(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && ".,;:!?".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ".,;:!?".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }
}
