package dev.slate.cli;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumberPosition;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.report.ShotListOrder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Locale;

/** Option values read as users write them, with errors that list what is accepted. */
final class Converters {

    private Converters() {
    }

    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            try {
                return Paper.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException(unknown.getMessage());
            }
        }
    }

    static final class SceneNumberPositionConverter implements ITypeConverter<SceneNumberPosition> {
        @Override
        public SceneNumberPosition convert(String value) {
            for (SceneNumberPosition numbers : SceneNumberPosition.values()) {
                if (numbers.name().equalsIgnoreCase(value.strip())) {
                    return numbers;
                }
            }
            throw new TypeConversionException("unknown scene-number placement '" + value
                    + "'; accepted: none, left, right, both");
        }
    }

    static final class OrderConverter implements ITypeConverter<ShotListOrder> {
        @Override
        public ShotListOrder convert(String value) {
            try {
                return ShotListOrder.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ColumnsConverter implements ITypeConverter<List<ShotListColumn>> {
        @Override
        public List<ShotListColumn> convert(String value) {
            try {
                return ShotListColumn.parseList(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("not a date '" + value + "'; write it as YYYY-MM-DD, e.g. 2026-11-26");
            }
        }
    }

    /** A day length as an AD writes it: {@code 12h}, {@code 10h30}, {@code 11.5h}, {@code 690m}. */
    static final class DayLengthConverter implements ITypeConverter<java.time.Duration> {
        private static final java.util.regex.Pattern HOURS =
                java.util.regex.Pattern.compile("(\\d{1,2})(?:\\.(\\d))?\\s*h(?:\\s*(\\d{1,2})\\s*(?:m|min)?)?");
        private static final java.util.regex.Pattern MINUTES = java.util.regex.Pattern.compile("(\\d{1,4})\\s*(?:m|min)");

        @Override
        public java.time.Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            java.util.regex.Matcher m = HOURS.matcher(text);
            long minutes = -1;
            if (m.matches()) {
                minutes = Long.parseLong(m.group(1)) * 60 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 6)
                        + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
            } else if ((m = MINUTES.matcher(text)).matches()) {
                minutes = Long.parseLong(m.group(1));
            }
            if (minutes < 120 || minutes > 24 * 60) {
                throw new TypeConversionException("day length '" + value
                        + "' must be between 2h and 24h, written like 12h, 10h30 or 11.5h");
            }
            return java.time.Duration.ofMinutes(minutes);
        }
    }

    /** Days of the week off: {@code sat,sun}. */
    static final class WeekdaysConverter implements ITypeConverter<java.util.Set<java.time.DayOfWeek>> {
        @Override
        public java.util.Set<java.time.DayOfWeek> convert(String value) {
            java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            for (String item : value.split(",")) {
                String word = item.strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty()) {
                    continue;
                }
                java.time.DayOfWeek found = null;
                for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                    if (word.length() >= 2 && day.name().toLowerCase(Locale.ROOT).startsWith(word)) {
                        found = day;
                    }
                }
                if (found == null) {
                    throw new TypeConversionException("unknown day of the week '" + item.strip()
                            + "'; write them like sat,sun");
                }
                days.add(found);
            }
            if (days.size() == 7) {
                throw new TypeConversionException("--skip leaves no day to shoot; skip at most six days of the week");
            }
            return days;
        }
    }
}
