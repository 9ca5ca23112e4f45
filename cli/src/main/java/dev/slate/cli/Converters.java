package dev.slate.cli;

import dev.slate.core.layout.Paper;
import dev.slate.core.layout.SceneNumbers;
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
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "letter", "us-letter", "us" -> Paper.LETTER;
                case "a4" -> Paper.A4;
                default -> throw new TypeConversionException("unknown paper '" + value + "'; accepted: letter, a4");
            };
        }
    }

    static final class SceneNumbersConverter implements ITypeConverter<SceneNumbers> {
        @Override
        public SceneNumbers convert(String value) {
            for (SceneNumbers numbers : SceneNumbers.values()) {
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
}
