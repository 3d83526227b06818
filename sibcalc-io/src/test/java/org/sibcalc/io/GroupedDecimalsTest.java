package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.testing.Theories.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sibcalc.testing.Draw;

/**
 * The comparison's text writes changes and amounts with thousands separated by commas and every digit of their
 * scale, as {@code String.format(Locale.ROOT, "%,.Nf", value)} does, without a Formatter for each figure.
 */
class GroupedDecimalsTest {

    @Test
    void decimalsAreWrittenAsFormatWritesThem() {
        qt(2_000).forAll(Draw.gen(draw -> {
            List<Long> unscaled = List.of(0L, 1L, -1L, 999L, 1_000L, -4570L, 123_456_789L, Long.MAX_VALUE, Long.MIN_VALUE);
            long u = draw.sometimes(50) ? unscaled.get(draw.upTo(unscaled.size() - 1)) : draw.between(-2_000_000, 2_000_000);
            return BigDecimal.valueOf(u, draw.between(-4, 9));
        })).checkAssert(value -> {
            String formatted = String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
            assertThat(ComparisonFormats.grouped(value, false)).isEqualTo(formatted);
            assertThat(ComparisonFormats.grouped(value, true)).isEqualTo((value.signum() > 0 ? "+" : "") + formatted);
        });
    }
}
