package org.sibcalc.claim;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;

/**
 * Every term of a contract as a name and a value, such as {@code outcomes[0].pricePerDay} → {@code GBP 45.00},
 * so that two contracts can be compared term by term. Names follow the contract file's paths (list positions
 * from 0, a state by its name); a term that is not set (no {@code caps.total}) has no entry. The terms are
 * read from the records that hold them, so a term added to the contract is compared without a change here.
 */
final class TermValues {

    private TermValues() {
    }

    /** Returns each term's name and value, in the order of the contract's fields. */
    static Map<String, String> of(ContractTerms terms) {
        Map<String, String> values = new LinkedHashMap<>();
        components("", terms, values);
        return values;
    }

    private static void add(String name, Object value, Map<String, String> values) {
        if (value == null) {
            return;
        }
        if (value instanceof MonetaryAmount amount) {
            values.put(name, MoneyText.withCurrency(amount));
        } else if (value instanceof BigDecimal decimal) {
            values.put(name, decimal.toPlainString());
        } else if (value instanceof Condition condition) {
            values.put(name, (condition.in() ? "in " : "outOf ") + condition.state());
        } else if (value instanceof Baseline.Flat flat) {
            add(name + ".proportion", flat.proportion(), values);
        } else if (value instanceof Baseline.Monthly monthly) {
            add(name + ".monthly", monthly.proportions(), values);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                add(name + "[" + i + "]", list.get(i), values);
            }
        } else if (value instanceof Collection<?> set) { // unordered: one value, sorted
            TreeSet<String> sorted = new TreeSet<>();
            set.forEach(element -> sorted.add(String.valueOf(element)));
            values.put(name, sorted.toString());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> add(name + "." + key, element, values));
        } else if (value instanceof Record record) {
            if (value instanceof Outcome outcome) {
                values.put(name + ".type", outcome.type());
            }
            components(name + ".", record, values);
        } else {
            values.put(name, value.toString());
        }
    }

    private static void components(String prefix, Record record, Map<String, String> values) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read the term " + prefix + component.getName(), e);
            }
            if (value instanceof Integer n && n == Outcome.Blocks.NO_MAXIMUM) {
                continue; // maxBlocks not set
            }
            add(prefix + component.getName(), value, values);
        }
    }
}
