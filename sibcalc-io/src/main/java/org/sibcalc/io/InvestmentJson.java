package org.sibcalc.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.sibcalc.returns.Cost;
import org.sibcalc.returns.Drawdown;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.Investor;
import org.sibcalc.returns.ReturnCap;
import org.sibcalc.returns.Waterfall;

/**
 * Reads the investment terms of the SPV from JSON (README, "Investors' returns"), {@code DIR/investment.json}:
 * <pre>{@code
 * {
 *   "name": "Essex investors (illustrative)",
 *   "currency": "GBP",
 *   "investors": [ { "name": "Investor A", "commitment": "1000000.00" } ],
 *   "drawdowns": [ { "date": "2013-04-01", "amount": "600000.00" } ],
 *   "costs": [ { "date": "2013-06-30", "amount": "150000.00", "description": "service fees" } ],
 *   "receiptLag": "P30D",
 *   "reserveForCosts": true,
 *   "waterfall": { "returnCap": { "multiple": "2.00" }, "surplusToInvestors": "0.50" }
 * }
 * }</pre>
 * Every problem is reported, each naming the line and the field's path ({@code investors[1].commitment},
 * {@code waterfall.returnCap.irr}): unknown fields, missing required fields, values of the wrong JSON type,
 * bad values and impossible combinations (a currency other than the contract's, two investors of one name,
 * drawdowns beyond the commitments, a surplus share without a cap). Amounts and decimals are JSON strings.
 */
public final class InvestmentJson {

    private static final String[] FIELDS = {"name", "currency", "investors", "drawdowns", "costs", "receiptLag",
        "reserveForCosts", "waterfall"};

    private final JsonInput json;
    private CurrencyUnit currency;

    private InvestmentJson(JsonInput json) {
        this.json = json;
    }

    /**
     * Reads the investment file.
     *
     * @param name             the file's name for messages
     * @param contractCurrency the contract's currency, which the investment's must be; null when it is not
     *                         known (then it is not checked)
     * @param path the investment file
     * @param report receives every problem, each at its line
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static InvestmentTerms read(Path path, String name, ValidationReport report, CurrencyUnit contractCurrency) {
        JsonInput json = JsonInput.read(path, name, InputLimits.MAX_INVESTMENT_BYTES, "an investment file", report);
        return json == null ? null : new InvestmentJson(json).terms(contractCurrency);
    }

    /**
     * Reads investment terms from a stream of UTF-8 JSON, as {@link #read(Path, String, ValidationReport,
     * CurrencyUnit)} reads a file.
     *
     * @param in the investment's bytes, UTF-8; not closed here, not null
     * @param name the name of the investment in messages, such as {@code investment.json}, not null
     * @param report receives every problem, each at its line
     * @param contractCurrency the contract's currency, which the investment's must be; null when it is not known
     *     (then it is not checked)
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static InvestmentTerms read(InputStream in, String name, ValidationReport report,
            CurrencyUnit contractCurrency) {
        byte[] bytes = JsonInput.readAtMost(in, name, InputLimits.MAX_INVESTMENT_BYTES, "an investment file", report);
        return bytes == null ? null : parse(bytes, name, report, contractCurrency);
    }

    /**
     * Reads investment terms from JSON text, as {@link #read(Path, String, ValidationReport, CurrencyUnit)} reads
     * a file.
     *
     * @param in the investment's text; not closed here, not null
     * @param name the name of the investment in messages, such as {@code investment.json}, not null
     * @param report receives every problem, each at its line
     * @param contractCurrency the contract's currency, which the investment's must be; null when it is not known
     *     (then it is not checked)
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static InvestmentTerms read(Reader in, String name, ValidationReport report, CurrencyUnit contractCurrency) {
        byte[] bytes = JsonInput.readAtMost(in, name, InputLimits.MAX_INVESTMENT_BYTES, "an investment file", report);
        return bytes == null ? null : parse(bytes, name, report, contractCurrency);
    }

    /**
     * Reads investment terms from JSON text; see {@link #read}.
     *
     * @param text the file's bytes, UTF-8
     * @param name the file's name for messages
     * @param report receives every problem, each at its line
     * @param contractCurrency the contract's currency, which the investment's must be; null when it is not known
     *     (then it is not checked)
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static InvestmentTerms parse(byte[] text, String name, ValidationReport report, CurrencyUnit contractCurrency) {
        JsonInput json = JsonInput.parse(text, name, InputLimits.MAX_INVESTMENT_BYTES, "an investment file", report);
        return json == null ? null : new InvestmentJson(json).terms(contractCurrency);
    }

    private InvestmentTerms terms(CurrencyUnit contractCurrency) {
        JsonNode root = json.root();
        json.allowOnly(root, "", FIELDS);
        JsonNode nameNode = json.field(root, "name", "name", true);
        String name = nameNode == null ? null : json.text(nameNode, "name");
        currency = currency(root, contractCurrency);
        List<Investor> investors = investors(root);
        List<Drawdown> drawdowns = dated(root, "drawdowns", true, InputLimits.MAX_DRAWDOWNS, this::drawdown);
        List<Cost> costs = dated(root, "costs", false, InputLimits.MAX_COSTS, this::cost);
        Period receiptLag = receiptLag(root);
        JsonNode reserveNode = json.field(root, "reserveForCosts", "reserveForCosts", false);
        Boolean reserve = reserveNode == null ? Boolean.TRUE : json.bool(reserveNode, "reserveForCosts");
        Waterfall waterfall = waterfall(root);
        if (investors != null && drawdowns != null && currency != null) {
            json.construct("", () -> {
                InvestmentTerms.checkDrawdowns(investors, drawdowns, currency);
                return drawdowns;
            });
        }
        if (json.hasErrors()) {
            return null;
        }
        boolean reserveForCosts = reserve;
        List<Cost> allCosts = costs == null ? List.of() : costs;
        return json.construct("", () -> new InvestmentTerms(name, currency, investors, drawdowns, allCosts, receiptLag,
                reserveForCosts, waterfall));
    }

    private Period receiptLag(JsonNode root) {
        JsonNode node = json.field(root, "receiptLag", "receiptLag", false);
        if (node == null) {
            return Period.ZERO;
        }
        Period lag = json.period(node, "receiptLag");
        return lag == null ? null : json.construct("", () -> {
            InvestmentTerms.checkReceiptLag(lag);
            return lag;
        });
    }

    private CurrencyUnit currency(JsonNode root, CurrencyUnit contractCurrency) {
        JsonNode node = json.field(root, "currency", "currency", true);
        String code = node == null ? null : json.text(node, "currency");
        if (code == null) {
            return null;
        }
        CurrencyUnit unit;
        try {
            unit = Monetary.getCurrency(code);
        } catch (UnknownCurrencyException e) {
            json.error("currency", "'" + code + "' is not an ISO-4217 currency code");
            return null;
        }
        if (contractCurrency != null && !unit.equals(contractCurrency)) {
            json.error("currency", "'" + code + "' is not the contract's currency, " + contractCurrency.getCurrencyCode());
            return null;
        }
        return unit;
    }

    private List<Investor> investors(JsonNode root) {
        JsonNode node = json.field(root, "investors", "investors", true);
        if (node == null || json.list(node, "investors", "investors") == null) {
            return null;
        }
        if (node.isEmpty()) {
            json.error("investors", "must list at least one investor");
            return null;
        }
        if (node.size() > InputLimits.MAX_INVESTORS) {
            json.error("investors", "lists " + node.size() + " investors, more than the " + InputLimits.MAX_INVESTORS
                    + " an investment may have");
            return null;
        }
        List<Investor> investors = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            String path = "investors[" + i + "]";
            JsonNode element = json.object(node.get(i), path);
            if (element == null) {
                valid = false;
                continue;
            }
            json.allowOnly(element, path + ".", "name", "commitment");
            JsonNode nameNode = json.field(element, "name", path + ".name", true);
            String name = nameNode == null ? null : json.trimmedText(nameNode, path + ".name");
            MonetaryAmount commitment = amount(element, "commitment", path);
            if (name != null) {
                Integer first = names.putIfAbsent(name, i);
                if (first != null) {
                    json.error(path + ".name", "'" + name + "' is already the name of investors[" + first + "]");
                    valid = false;
                }
            }
            Investor investor = name == null || commitment == null ? null
                    : json.construct(path, () -> Investor.of(name, commitment));
            valid &= investor != null;
            investors.add(investor);
        }
        return valid ? investors : null;
    }

    /** One element of a list of dated amounts, or null (reported). */
    private interface Element<T> {
        T read(JsonNode element, String path);
    }

    /** A list of dated amounts, {@code drawdowns} or {@code costs}, of at most {@code most} (docs/limits.md). */
    private <T> List<T> dated(JsonNode root, String field, boolean required, int most, Element<T> reader) {
        JsonNode node = json.field(root, field, field, required);
        if (node == null || json.list(node, field, field) == null) {
            return null;
        }
        if (node.size() > most) {
            json.error(field, "lists " + node.size() + " " + field + ", more than the " + most
                    + " an investment may have");
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode element = json.object(node.get(i), path);
            values.add(element == null ? null : reader.read(element, path));
        }
        return values.contains(null) ? null : values;
    }

    private Drawdown drawdown(JsonNode element, String path) {
        json.allowOnly(element, path + ".", "date", "amount");
        LocalDate date = date(element, path);
        MonetaryAmount amount = amount(element, "amount", path);
        return date == null || amount == null ? null : json.construct(path, () -> Drawdown.of(date, amount));
    }

    private Cost cost(JsonNode element, String path) {
        json.allowOnly(element, path + ".", "date", "amount", "description");
        LocalDate date = date(element, path);
        MonetaryAmount amount = amount(element, "amount", path);
        JsonNode descriptionNode = json.field(element, "description", path + ".description", false);
        String description = "";
        if (descriptionNode != null) {
            if (!descriptionNode.isTextual()) {
                json.error(path + ".description", descriptionNode + " is not a JSON string");
                return null;
            }
            description = descriptionNode.textValue().strip();
        }
        String text = description;
        return date == null || amount == null ? null : json.construct(path, () -> Cost.of(date, amount, text));
    }

    private LocalDate date(JsonNode element, String path) {
        JsonNode node = json.field(element, "date", path + ".date", true);
        return node == null ? null : json.date(node, path + ".date");
    }

    /** An amount in the investment's currency; checked for sign and minor units by the record it goes into. */
    private MonetaryAmount amount(JsonNode element, String field, String path) {
        JsonNode node = json.field(element, field, path + "." + field, true);
        BigDecimal value = node == null ? null : json.decimal(node, path + "." + field);
        return value == null || currency == null ? null : Money.of(value, currency);
    }

    private Waterfall waterfall(JsonNode root) {
        JsonNode node = json.field(root, "waterfall", "waterfall", false);
        if (node == null) {
            return Waterfall.UNCAPPED;
        }
        if (json.object(node, "waterfall") == null) {
            return null;
        }
        json.allowOnly(node, "waterfall.", "returnCap", "surplusToInvestors");
        JsonNode capNode = json.field(node, "returnCap", "waterfall.returnCap", false);
        ReturnCap cap = capNode == null ? ReturnCap.NONE : returnCap(capNode);
        JsonNode surplusNode = json.field(node, "surplusToInvestors", "waterfall.surplusToInvestors", false);
        BigDecimal surplus = BigDecimal.ZERO;
        if (surplusNode != null) {
            surplus = json.decimal(surplusNode, "waterfall.surplusToInvestors");
            if (capNode == null) {
                json.error("waterfall.surplusToInvestors",
                        "needs a returnCap: without a cap the investors get everything and no surplus is left");
                return null;
            }
        }
        BigDecimal share = surplus;
        return cap == null || share == null ? null : json.construct("", () -> new Waterfall(cap, share));
    }

    private ReturnCap returnCap(JsonNode node) {
        if (json.object(node, "waterfall.returnCap") == null) {
            return null;
        }
        json.allowOnly(node, "waterfall.returnCap.", "multiple", "irr");
        boolean multiple = node.has("multiple");
        if (multiple == node.has("irr")) {
            json.error("waterfall.returnCap", "must give either multiple or irr, not both or neither");
            return null;
        }
        String field = multiple ? "multiple" : "irr";
        BigDecimal value = json.decimal(node.get(field), "waterfall.returnCap." + field);
        return value == null ? null : json.construct("waterfall.returnCap",
                () -> multiple ? ReturnCap.multiple(value) : ReturnCap.irr(value));
    }

}
