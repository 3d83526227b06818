package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.testing.Theories.qt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.csv.DateChars;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Placed;

/**
 * The reader's date check, {@link DateText#epochDay}, reads a date in place in a row's characters; it must
 * accept exactly the texts {@link DateText#parse} accepts, as the same day, or a row would be stored that the
 * messages call wrong (or rejected with no message to give). Both must accept exactly the two forms of
 * docs/input-files.md, {@code yyyy-MM-dd} and {@code dd/MM/yyyy} with ASCII digits, when they name a real day; and
 * every real day of years 0000 to 9999 is read as its {@link LocalDate#toEpochDay()}.
 */
class DateTextTest {

    /** Characters around a date in a row: digits and separators, so that reading off by one shows. */
    private static final String GARBAGE = "0123456789-/ ,x";

    /** Characters that break a date's shape: letters, blanks, and digits that are not ASCII. */
    private static final String NOISE = "-/ aZ\u0663\uFF10\u0660\t.+";

    // Hand-worked examples

    @Test
    void the29thOfFebruaryIsADateOnlyInALeapYear() {
        assertThat(DateText.parse("start", "29/02/2020")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DateText.parse("start", "2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29)); // 2000 is divisible by 400
        assertThat(DateText.parse("start", "0000-02-29")).isEqualTo(LocalDate.of(0, 2, 29)); // so is year 0
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("start", "2019-02-29"))
                .withMessage("start: '2019-02-29' is not a real date: February 2019 has 28 days");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("end", "29/02/1900")) // 1900 is divisible by 100, not 400
                .withMessage("end: '29/02/1900' is not a real date: February 1900 has 28 days");
    }

    @Test
    void aDayBeyondTheMonthNamesTheMonthAndItsLength() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("exit_date", "31/04/2019"))
                .withMessage("exit_date: '31/04/2019' is not a real date: April 2019 has 30 days")
                .satisfies(e -> assertThat(e.field()).isEqualTo("exit_date"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("start", "2019-12-32"))
                .withMessage("start: '2019-12-32' is not a real date: December 2019 has 31 days");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("start", "2019-01-00"))
                .withMessage("start: '2019-01-00' is not a real date: there is no day 0");
    }

    @Test
    void aMonthOutside1To12IsNamed() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("start", "2019-13-01"))
                .withMessage("start: '2019-13-01' is not a real date: there is no month 13");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DateText.parse("birth_date", "01/00/2019"))
                .withMessage("birth_date: '01/00/2019' is not a real date: there is no month 0");
    }

    @Test
    void anythingElseIsNotADateInEitherForm() {
        for (String text : List.of("2019-4-01", "3/4/2019", "2019/04/01", "01-04-2019", "20190401", "", "2019-04-01 ",
                "\u0662\u0660\u0661\u0669-04-01", "2019-04-0\u0663", "+019-04-01", "-019-04-01", "01/04/-019")) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .as("'%s'", text)
                    .isThrownBy(() -> DateText.parse("start", text))
                    .withMessage("start: '" + text + "' is not a date in the form yyyy-MM-dd or dd/MM/yyyy");
            assertThat(DateChars.epochDay(text.toCharArray(), 0, text.length())).as("'%s'", text)
                    .isEqualTo(DateChars.NOT_A_DATE);
        }
    }

    @Test
    void aCharacterJustBeforeOrAfterTheDigitsInPlaceOfAnyDigitIsNotADate() {
        // '/' and ':' are the characters either side of '0'-'9': read as digits, they would be -1 and 10, and
        // "2019-04-1:" would be 20 April.
        for (String date : List.of("2019-04-11", "11/04/2019")) {
            for (int at = 0; at < date.length(); at++) {
                if (!Character.isDigit(date.charAt(at))) {
                    continue;
                }
                for (char c : new char[] {'/', ':'}) {
                    String text = date.substring(0, at) + c + date.substring(at + 1);
                    assertThat(DateChars.epochDay(text.toCharArray(), 0, text.length())).as("'%s'", text)
                            .isEqualTo(DateChars.NOT_A_DATE);
                    assertThatExceptionOfType(InvalidValueException.class).as("'%s'", text)
                            .isThrownBy(() -> DateText.parse("start", text));
                }
            }
        }
    }

    @Test
    void epochDayReadsTheDateBetweenItsBoundsOnly() {
        char[] row = "P1,2019-04-01,01/05/2019,2019-04-".toCharArray();
        assertThat(DateChars.epochDay(row, 3, 13)).isEqualTo(LocalDate.of(2019, 4, 1).toEpochDay());
        assertThat(DateChars.epochDay(row, 14, 24)).isEqualTo(LocalDate.of(2019, 5, 1).toEpochDay());
        assertThat(DateChars.epochDay(row, 2, 12)).isEqualTo(DateChars.NOT_A_DATE); // ",2019-04-0"
        assertThat(DateChars.epochDay(row, 4, 14)).isEqualTo(DateChars.NOT_A_DATE); // "019-04-01,"
        assertThat(DateChars.epochDay(row, 3, 12)).isEqualTo(DateChars.NOT_A_DATE); // "2019-04-0"
    }

    // Every date

    @Test
    void everyRealDateOfYears0000To9999IsReadInBothFormsAsItsEpochDay() {
        char[] iso = "yyyy-mm-dd".toCharArray();
        char[] british = "dd/mm/yyyy".toCharArray();
        for (LocalDate date = LocalDate.of(0, 1, 1); date.getYear() <= 9999; date = date.plusDays(1)) {
            write(iso, 0, date.getYear(), 4);
            write(iso, 5, date.getMonthValue(), 2);
            write(iso, 8, date.getDayOfMonth(), 2);
            write(british, 0, date.getDayOfMonth(), 2);
            write(british, 3, date.getMonthValue(), 2);
            write(british, 6, date.getYear(), 4);
            long expected = date.toEpochDay();
            if (DateChars.epochDay(iso, 0, 10) != expected || DateChars.epochDay(british, 0, 10) != expected) {
                assertThat(DateChars.epochDay(iso, 0, 10)).as(new String(iso)).isEqualTo(expected);
                assertThat(DateChars.epochDay(british, 0, 10)).as(new String(british)).isEqualTo(expected);
            }
        }
    }

    @Test
    void dayZeroAndTheDayAfterTheLastOfEveryMonthOfYears0000To9999AreRejected() {
        char[] iso = "yyyy-mm-dd".toCharArray();
        char[] british = "dd/mm/yyyy".toCharArray();
        for (int year = 0; year <= 9999; year++) {
            write(iso, 0, year, 4);
            write(british, 6, year, 4);
            for (int month = 1; month <= 12; month++) {
                write(iso, 5, month, 2);
                write(british, 3, month, 2);
                for (int day : new int[] {0, YearMonth.of(year, month).lengthOfMonth() + 1}) {
                    write(iso, 8, day, 2);
                    write(british, 0, day, 2);
                    if (DateChars.epochDay(iso, 0, 10) != DateChars.NOT_A_DATE
                            || DateChars.epochDay(british, 0, 10) != DateChars.NOT_A_DATE) {
                        assertThat(DateChars.epochDay(iso, 0, 10)).as(new String(iso)).isEqualTo(DateChars.NOT_A_DATE);
                        assertThat(DateChars.epochDay(british, 0, 10)).as(new String(british))
                                .isEqualTo(DateChars.NOT_A_DATE);
                    }
                }
            }
        }
    }

    /** Writes {@code value} as {@code width} decimal digits at {@code at}. */
    private static void write(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    // Properties

    @Test
    void epochDayInPlaceAcceptsExactlyWhatParseAcceptsAsTheSameDay() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt(3_000).forAll(placedDateTexts()).checkAssert(placed -> {
            String text = placed.text();
            int day = DateChars.epochDay(placed.chars(), placed.from(), placed.to());
            LocalDate parsed;
            try {
                parsed = DateText.parse("start", text);
            } catch (InvalidValueException e) {
                assertThat(day).as("epochDay of '%s', which parse rejects: %s", text, e.getMessage())
                        .isEqualTo(DateChars.NOT_A_DATE);
                rejected.incrementAndGet();
                return;
            }
            assertThat(day).as("epochDay of '%s', which parse reads as %s", text, parsed)
                    .isNotEqualTo(DateChars.NOT_A_DATE)
                    .isEqualTo(parsed.toEpochDay());
            accepted.incrementAndGet();
        });
        // Both answers must be common, or agreement would prove little.
        assertThat(accepted).as("dates accepted").hasValueGreaterThan(300);
        assertThat(rejected).as("texts rejected").hasValueGreaterThan(300);
    }

    @Test
    void parseAcceptsExactlyTheTwoFormsOfRealDaysWithAsciiDigits() {
        qt(3_000).forAll(dateTexts()).checkAssert(text -> {
            LocalDate expected = spelledOut(text);
            if (expected == null) {
                assertThatExceptionOfType(InvalidValueException.class).as("'%s'", text)
                        .isThrownBy(() -> DateText.parse("start", text))
                        .satisfies(e -> assertThat(e.field()).isEqualTo("start"))
                        .withMessageStartingWith("start: '" + text + "' is not a ");
            } else {
                assertThat(DateText.parse("start", text)).as("'%s'", text).isEqualTo(expected);
            }
        });
    }

    /**
     * The date {@code text} names read straight from the rule of docs/input-files.md with java.time, or null: a
      * second opinion that
     * shares no code with {@link DateText}.
     */
    private static LocalDate spelledOut(String text) {
        Matcher iso = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})").matcher(text);
        Matcher british = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})").matcher(text);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            if (british.matches()) {
                return LocalDate.of(Integer.parseInt(british.group(3)), Integer.parseInt(british.group(2)),
                        Integer.parseInt(british.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    // Generators

    static Gen<Placed> placedDateTexts() {
        Gen<Placed> gen = in -> {
            Draw draw = new Draw(in);
            String text = dateText(draw);
            StringBuilder row = new StringBuilder();
            int before = draw.upTo(8);
            for (int k = 0; k < before; k++) {
                row.append(GARBAGE.charAt(draw.upTo(GARBAGE.length() - 1)));
            }
            int from = row.length();
            row.append(text);
            int after = draw.upTo(8);
            for (int k = 0; k < after; k++) {
                row.append(GARBAGE.charAt(draw.upTo(GARBAGE.length() - 1)));
            }
            return new Placed(row.toString().toCharArray(), from, from + text.length());
        };
        return gen.describedAs(Placed::toString);
    }

    static Gen<String> dateTexts() {
        Gen<String> gen = in -> dateText(new Draw(in));
        return gen.describedAs(text -> "'" + text + "'");
    }

    /** A text that is a date, nearly a date, or not a date at all. */
    private static String dateText(Draw draw) {
        switch (draw.upTo(5)) {
            case 0: { // a real date in either form
                LocalDate date = LocalDate.of(year(draw), 1, 1).plusDays(draw.upTo(365));
                date = date.getYear() > 9999 ? date.minusYears(1) : date;
                return written(draw, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
            case 1: // 29 February of a leap year or a common one
                return written(draw, year(draw), 2, 29);
            case 2: // the day and month just around their limits
                return written(draw, year(draw), draw.oneOf(List.of(0, 1, 2, 4, 9, 11, 12, 13, 99)),
                        draw.oneOf(List.of(0, 1, 28, 29, 30, 31, 32, 99)));
            case 3: { // the shape of a date with any digits, some replaced by noise
                char[] shape = (draw.sometimes(50) ? "yyyy-mm-dd" : "dd/mm/yyyy").toCharArray();
                for (int i = 0; i < shape.length; i++) {
                    if (Character.isLetter(shape[i])) {
                        shape[i] = (char) ('0' + draw.upTo(9));
                    }
                    if (draw.sometimes(4)) {
                        shape[i] = NOISE.charAt(draw.upTo(NOISE.length() - 1));
                    }
                }
                return new String(shape);
            }
            case 4: { // a real date with one character added, removed or changed: 2019-4-01
                LocalDate date = LocalDate.of(1990 + draw.upTo(40), 1, 1).plusDays(draw.upTo(365));
                StringBuilder text = new StringBuilder(written(draw, date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth()));
                int at = draw.upTo(text.length() - 1);
                char c = draw.sometimes(50) ? (char) ('0' + draw.upTo(9)) : NOISE.charAt(draw.upTo(NOISE.length() - 1));
                switch (draw.upTo(2)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, c);
                    default -> text.setCharAt(at, c);
                }
                return text.toString();
            }
            default: { // a short string of digits, separators, letters, blanks
                String alphabet = "0123456789" + NOISE;
                StringBuilder text = new StringBuilder();
                int length = draw.sometimes(50) ? 10 : draw.upTo(12);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(draw.upTo(alphabet.length() - 1)));
                }
                return text.toString();
            }
        }
    }

    /** A year from 0000 to 9999, often one whose leap year rule is an exception. */
    private static int year(Draw draw) {
        return draw.sometimes(30) ? draw.oneOf(List.of(2019, 2020, 0, 1, 4, 100, 400, 1900, 2000, 2100, 2400, 9996, 9999))
                : draw.upTo(9999);
    }

    private static String written(Draw draw, int year, int month, int day) {
        return draw.sometimes(50) ? String.format("%04d-%02d-%02d", year, month, day)
                : String.format("%02d/%02d/%04d", day, month, year);
    }
}
