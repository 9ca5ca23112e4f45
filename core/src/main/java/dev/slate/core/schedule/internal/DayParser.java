package dev.slate.core.schedule.internal;

import dev.slate.core.schedule.DayEntry;
import dev.slate.core.schedule.ScheduleNotation;
import dev.slate.core.schedule.ShootingDay;
import dev.slate.core.shot.internal.Fields;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a {@code [[DAY ...]]} note; see {@link ScheduleNotation} for the notation. */
public final class DayParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern HEADER = Pattern.compile("DAY\\s+(\\d{1,6})\\s*(?::\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("(?:([A-Za-z]{3,9})\\.?,?\\s+)?(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CALL = Pattern.compile("call:?\\s*(\\d{1,2})[:.h](\\d{2})", FLAGS);
    private static final Pattern LENGTH = Pattern.compile("(?:length:?\\s*)?(\\d{1,2})\\s*h(?:\\s*(\\d{1,2})(?:\\s*min)?)?", FLAGS);
    private static final Pattern UNIT = Pattern.compile("unit:?\\s+(\\S.*)", FLAGS);
    private static final Pattern MEAL = Pattern.compile("(?:meal|lunch|dinner)(?:\\s+break)?:?\\s+(\\d{1,4})\\s*min", FLAGS);
    private static final Pattern MOVE = Pattern.compile("(?:company\\s+)?move:?\\s+(\\d{1,4})\\s*min(?:\\s+to\\s+(\\S.*))?", FLAGS);
    private static final Pattern SCENE = Pattern.compile(
            "(?:scene|sc\\.?)\\s*(" + Names.TOKEN + ")(?:\\s*:\\s*(shots?|setups?)\\s+([^()]+?))?(?:\\s*\\((\\d{1,5})\\s*min\\))?", FLAGS);
    private static final Pattern SCENES = Pattern.compile("(?:scenes|scs\\.?)\\s+(.+)", FLAGS);
    private static final Pattern ITEM = Pattern.compile(Names.TOKEN);

    private DayParser() {
    }

    /** The day a note's text stands for, and what is wrong in it. */
    public static ScheduleNotation.Reading parse(String note) {
        return new DayParser.Run(note).read();
    }

    /** One reading: the fields, each with its offset, and the issues found. */
    private static final class Run {
        private final String note;
        private final List<ScheduleNotation.Issue> issues = new ArrayList<>();
        private Optional<LocalDate> date = Optional.empty();
        private Optional<LocalTime> call = Optional.empty();
        private Optional<Duration> length = Optional.empty();
        private Optional<String> unit = Optional.empty();
        private final List<DayEntry> entries = new ArrayList<>();

        Run(String note) {
            this.note = note;
        }

        ScheduleNotation.Reading read() {
            List<int[]> fields = Fields.spans(note, '|');
            int[] first = fields.get(0);
            String head = text(first);
            Matcher header = HEADER.matcher(head);
            if (!header.matches()) {
                issue(first[0], "a day note starts with its number: [[DAY 1: 2027-03-01 | call 07:00 | scene 1]]");
                return new ScheduleNotation.Reading(Optional.empty(), issues);
            }
            int number = Integer.parseInt(header.group(1));
            if (number < 1) {
                issue(first[0], "day numbers start at 1");
                return new ScheduleNotation.Reading(Optional.empty(), issues);
            }
            if (header.group(2) != null && !header.group(2).isBlank()) {
                date(header.group(2).strip(), first[0] + header.start(2));
            }
            for (int f = 1; f < fields.size(); f++) {
                field(fields.get(f));
            }
            ShootingDay day = new ShootingDay(number, date, call, length, unit, entries);
            return new ScheduleNotation.Reading(Optional.of(day), issues);
        }

        /** The field's text, unescaped and trimmed; {@code span} is its start and end offsets. */
        private String text(int[] span) {
            return Fields.unescape(note.substring(span[0], span[1])).strip();
        }

        private void date(String text, int offset) {
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                issue(offset, "'" + text + "' is not a date; write it as 2027-03-01 (the weekday may go before it: Mon 2027-03-01)");
                return;
            }
            try {
                LocalDate parsed = LocalDate.parse(m.group(2));
                if (m.group(1) != null && !sameWeekday(m.group(1), parsed.getDayOfWeek())) {
                    issue(offset, m.group(2) + " is a " + parsed.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ", not '" + m.group(1) + "'");
                }
                date = Optional.of(parsed);
            } catch (DateTimeException e) {
                issue(offset, "'" + m.group(2) + "' is not a date of the calendar");
            }
        }

        private static boolean sameWeekday(String word, DayOfWeek day) {
            String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String lower = word.toLowerCase(Locale.ROOT);
            return lower.length() >= 3 && full.startsWith(lower);
        }

        private void field(int[] span) {
            String text = text(span);
            int offset = span[0] + leading(note.substring(span[0], span[1]));
            if (text.isEmpty()) {
                return;
            }
            Matcher m;
            if ((m = CALL.matcher(text)).matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                if (hour > 23 || minute > 59) {
                    issue(offset, "'" + text + "' is not a time of day; write call 07:00");
                } else if (call.isPresent()) {
                    issue(offset, "the day has two call times; keep one");
                } else {
                    call = Optional.of(LocalTime.of(hour, minute));
                }
            } else if ((m = LENGTH.matcher(text)).matches()) {
                int minutes = Integer.parseInt(m.group(1)) * 60 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
                if (minutes == 0 || minutes > 24 * 60) {
                    issue(offset, "a day is planned between 1 minute and 24 hours long, not '" + text + "'");
                } else if (length.isPresent()) {
                    issue(offset, "the day has two planned lengths; keep one");
                } else {
                    length = Optional.of(Duration.ofMinutes(minutes));
                }
            } else if ((m = UNIT.matcher(text)).matches()) {
                unit = Optional.of(m.group(1).strip());
            } else if ((m = MEAL.matcher(text)).matches()) {
                entries.add(new DayEntry.MealBreak(Integer.parseInt(m.group(1))));
            } else if ((m = MOVE.matcher(text)).matches()) {
                entries.add(new DayEntry.CompanyMove(Integer.parseInt(m.group(1)),
                        Optional.ofNullable(m.group(2)).map(String::strip)));
            } else if ((m = SCENES.matcher(text)).matches()) {
                for (String item : items(m.group(1))) {
                    entries.add(DayEntry.SceneWork.whole(item));
                }
            } else if ((m = SCENE.matcher(text)).matches()) {
                List<String> list = m.group(3) == null ? List.of() : items(m.group(3));
                boolean shots = m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).startsWith("shot");
                if (m.group(2) != null && list.isEmpty()) {
                    issue(offset, "name the " + (shots ? "shots" : "setups") + " after '" + m.group(2) + "'");
                    return;
                }
                OptionalInt minutes = m.group(4) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(4)));
                entries.add(new DayEntry.SceneWork(m.group(1), shots ? list : List.of(), shots ? List.of() : list, minutes));
            } else {
                issue(offset, "'" + text + "' is not part of a day; write call 07:00, 12h, unit NAME, scene 12, "
                        + "scene 12: shots 12A, 12B, scenes 1, 2, meal 60 min or move 30 min to PLACE");
            }
        }

        private static List<String> items(String text) {
            List<String> items = new ArrayList<>();
            Matcher m = ITEM.matcher(text);
            while (m.find()) {
                items.add(m.group());
            }
            return items;
        }

        private static int leading(String raw) {
            int i = 0;
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            return i;
        }

        private void issue(int offset, String message) {
            issues.add(new ScheduleNotation.Issue(offset, message));
        }
    }
}
