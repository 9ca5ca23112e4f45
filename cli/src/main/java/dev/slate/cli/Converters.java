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
            try {
                return Paper.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException(unknown.getMessage());
            }
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
}
