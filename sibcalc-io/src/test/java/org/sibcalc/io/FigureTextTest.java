package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sibcalc.testing.Theories.qt;

import java.math.BigDecimal;
import java.util.Locale;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sibcalc.measure.Measurement;

/** Figures for people: separators, every place kept, percentages of proportions, money with its currency. */
class FigureTextTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "217544, '217,544'", "-1234567, '-1,234,567'"})
    void wholeNumbersHaveThousandsSeparators(long value, String text) {
        assertThat(FigureText.integer(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"96154.20, '96,154.20'", "182.5, 182.5", "0.000000, 0.000000", "-1500, '-1,500'", "1E+3, '1,000'"})
    void decimalsKeepEveryPlaceTheyHave(String value, String text) {
        assertThat(FigureText.decimal(new BigDecimal(value))).isEqualTo(text);
    }

    @Test
    void aDecimalIsWrittenAsJavasFormatterWritesItWithSeparatorsAndItsOwnPlaces() {
        qt(5_000).forAll(integers().between(-12, 12), longs().all(), integers().between(0, 20)).checkAssert(
                (scale, unscaled, digits) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled >> digits, scale);
                    assertThat(FigureText.decimal(value)).as("%s", value).isEqualTo(
                            String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value));
                });
    }

    @Test
    void aDecimalIsWrittenWithoutAFormatter() {
        // A statement of 4,000 measurement dates writes tens of thousands of figures: through String.format each
        // made a few kilobytes (the fuzzer's inputFolder finding crash-415ec052, 46 MB for a folder of 1.5 KB).
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        BigDecimal value = new BigDecimal("-1234567.89");
        FigureText.decimal(value);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            FigureText.decimal(value);
        }
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes for 10,000 figures")
                .isLessThan(4L << 20);
    }

    @Test
    void aMissingFigureIsNotAvailable() {
        assertThat(FigureText.decimal(null)).isEqualTo("n/a");
        assertThat(FigureText.percentage(null)).isEqualTo("n/a");
        assertThat(FigureText.careProportion(Measurement.NONE)).isEqualTo("n/a");
    }

    @Test
    void aSixPlaceProportionIsAFourPlacePercentage() {
        assertThat(FigureText.percentage(new BigDecimal("0.108001"))).isEqualTo("10.8001%");
        assertThat(FigureText.percentage(new BigDecimal("0.55"))).isEqualTo("55%");
        // 23,495 / 217,544 = 0.1080011... → 0.108001 (six places, half-even)
        assertThat(FigureText.careProportion(Measurement.withoutBaseline(388, 217_544, 23_495))).isEqualTo("10.8001%");
    }

    @Test
    void moneyHasItsCurrencyAndItsMinorUnitPlaces() {
        assertThat(FigureText.money(Money.of(new BigDecimal("4326939"), "GBP"))).isEqualTo("GBP 4,326,939.00");
        assertThat(FigureText.money(Money.of(new BigDecimal("0.125"), "EUR"))).isEqualTo("EUR 0.125");
        assertThat(FigureText.money(Money.of(new BigDecimal("1500"), "JPY"))).isEqualTo("JPY 1,500");
    }
}
