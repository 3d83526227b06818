package org.sibcalc.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.ContractTerms;

/**
 * The payments actually made under a contract, one per measurement date from the contract's first up to
 * the ledger's last (docs/ledger.md). Payments already made are facts, not something to recompute from today's
 * data: with a ledger, a statement takes each payment on or before the ledger's last date from the ledger,
 * and works out later payments by docs/rules.md, "Payments" with {@code paidBefore} from the ledger. So the ledger changes
 * only what was paid before; when today's data restate an earlier quarter, the difference shows up as a
 * true-up in the first unpaid payment ({@link org.sibcalc.payment.Payment#trueUp()}).
 *
 * <p>The rules an entry must follow against the contract ({@link #problems}):
 * <ul>
 *   <li>its date is one of the contract's measurement dates, and no date is there twice;</li>
 *   <li>every measurement date from the contract's first to the ledger's last is there (0.00 for a date with
 *       nothing paid);</li>
 *   <li>its amount is in the contract's currency, with at most the currency's minor-unit decimal places, and
 *       negative only when the contract has clawback.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entries the payments made, kept in date order; no date twice
 */
public record PaymentLedger(List<LedgerEntry> entries) {

    /** The ledger of a contract under which nothing has been paid yet. */
    public static final PaymentLedger NONE = new PaymentLedger(List.of());

    /**
     * Sorts the entries by date and checks that no date is there twice.
     *
     * @param entries the {@link #entries() entries} record component
     */
    public PaymentLedger {
        Objects.requireNonNull(entries, "entries");
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = Objects.requireNonNull(entries.get(i), "entries[" + i + "]");
            if (!dates.add(entry.date())) {
                throw new InvalidValueException("date", entry.date() + " is in the ledger twice");
            }
        }
        entries = entries.stream().sorted(Comparator.comparing(LedgerEntry::date)).toList();
    }

    /**
     * Returns the ledger of these payments under this contract.
     *
     * @param terms the contract the payments were made under, not null
     * @param entries the payments, in any order, not null
     * @return the ledger, its entries in date order
     * @throws InvalidValueException naming the field and the entry (from 0) of the first rule broken
     */
    public static PaymentLedger of(ContractTerms terms, List<LedgerEntry> entries) {
        List<LedgerProblem> problems = problems(terms, entries, i -> "entry " + i);
        if (!problems.isEmpty()) {
            LedgerProblem first = problems.get(0);
            throw new InvalidValueException(first.field(), first.message() + " (entry " + first.entry() + ")");
        }
        return new PaymentLedger(entries);
    }

    /**
     * Returns every rule of the class description that the entries break, in the order of the entries (the
     * problems of one entry in field order, a gap at the entry after it).
     *
     * @param entries the entries in the order they were written
     * @param place   how a message names another entry, such as {@code i -> "line " + lines[i]}
     * @param terms the contract the payments were made under, not null
     * @return the problems, empty when the entries make a ledger; never null
     */
    public static List<LedgerProblem> problems(ContractTerms terms, List<LedgerEntry> entries, IntFunction<String> place) {
        Objects.requireNonNull(terms, "terms");
        List<LocalDate> dates = terms.measurement().dates();
        Map<LocalDate, Integer> measurementIndex = new HashMap<>();
        for (int k = 0; k < dates.size(); k++) {
            measurementIndex.put(dates.get(k), k);
        }
        int digits = Math.max(0, terms.currency().getDefaultFractionDigits());
        List<List<LedgerProblem>> byEntry = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        int last = -1; // the latest measurement date in the ledger, by its index in the contract's dates
        for (int i = 0; i < entries.size(); i++) {
            List<LedgerProblem> problems = new ArrayList<>();
            byEntry.add(problems);
            LedgerEntry entry = entries.get(i);
            Integer k = measurementIndex.get(entry.date());
            Integer earlier = seen.putIfAbsent(entry.date(), i);
            if (k == null) {
                problems.add(new LedgerProblem(i, "date", entry.date() + " is not a measurement date of the contract "
                        + "(" + nearest(dates, entry.date()) + ")"));
            } else if (earlier != null) {
                problems.add(new LedgerProblem(i, "date", entry.date() + " is in the ledger twice: it is also on "
                        + place.apply(earlier)));
            } else {
                last = Math.max(last, k);
            }
            BigDecimal amount = entry.amount().getNumber().numberValue(BigDecimal.class);
            if (!entry.amount().getCurrency().equals(terms.currency())) {
                problems.add(new LedgerProblem(i, "amount", MoneyText.withCurrency(entry.amount())
                        + " is not in the contract's currency " + terms.currency().getCurrencyCode()));
            } else if (amount.stripTrailingZeros().scale() > digits) {
                problems.add(new LedgerProblem(i, "amount", amount.toPlainString() + " has more than " + digits
                        + " decimal places, the minor unit of " + terms.currency().getCurrencyCode()));
            }
            if (amount.signum() < 0 && !terms.clawback()) {
                problems.add(new LedgerProblem(i, "amount", MoneyText.plain(entry.amount())
                        + " is negative, but the contract has no clawback: nothing is paid back"));
            }
        }
        // Every measurement date from the first up to the ledger's last is there: a gap is an error at the
        // entry of the first date after it, naming the dates missing.
        List<LedgerProblem> gaps = new ArrayList<>();
        List<LocalDate> missing = new ArrayList<>();
        for (int k = 0; k <= last; k++) {
            Integer entry = seen.get(dates.get(k));
            if (entry == null) {
                missing.add(dates.get(k));
            } else if (!missing.isEmpty()) {
                byEntry.get(entry).add(0, new LedgerProblem(entry, "date", "the ledger has no line for "
                        + listed(missing) + ", before " + dates.get(k) + ": it lists every measurement date from the "
                        + "contract's first, " + dates.get(0) + ", to its own last (0.00 for a date with nothing paid)"));
                missing.clear();
            }
        }
        List<LedgerProblem> all = new ArrayList<>();
        byEntry.forEach(all::addAll);
        return all;
    }

    /**
     * {@return the payment made for this measurement date, or empty when the ledger does not reach it}
     *
     * @param date a measurement date, not null
     */
    public Optional<LedgerEntry> at(LocalDate date) {
        for (LedgerEntry entry : entries) {
            if (entry.date().equals(date)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** {@return the ledger's last date, or empty when nothing is in it} */
    public Optional<LocalDate> lastDate() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).date());
    }

    /** {@return true when nothing is in the ledger} */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Names the measurement dates either side of a date that is not one. */
    private static String nearest(List<LocalDate> dates, LocalDate date) {
        int after = 0;
        while (after < dates.size() && dates.get(after).isBefore(date)) {
            after++;
        }
        if (after == 0) {
            return "the first is " + dates.get(0);
        }
        if (after == dates.size()) {
            return "the last is " + dates.get(dates.size() - 1);
        }
        return "the nearest are " + dates.get(after - 1) + " and " + dates.get(after);
    }

    private static String listed(List<LocalDate> dates) {
        if (dates.size() == 1) {
            return dates.get(0).toString();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            text.append(i == 0 ? "" : i == dates.size() - 1 ? " and " : ", ").append(dates.get(i));
        }
        return text.toString();
    }
}
