package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.returns.Allocation;
import org.sibcalc.returns.CashEvent;
import org.sibcalc.returns.Distribution;
import org.sibcalc.returns.InvestorReturn;
import org.sibcalc.returns.Returns;

/**
 * The investors' returns as JSON, schema {@code sibcalc.returns/1} (SPEC §10): the SPV's cash events with
 * the balance after each, each distribution split by tier, and the returns of all investors and each one.
 * Dates as {@code yyyy-MM-dd}; money as JSON strings in plain notation at the currency's minor unit;
 * the money multiple and the IRR as decimal strings of 6 places ({@code "0.083215"} for 8.3215% a year), or
 * {@code null}.
 *
 * <pre>{@code
 * {
 *   "schema": "sibcalc.returns/1", "investment": "...", "currency": "GBP", "asOf": "2021-06-30",
 *   "returns": {
 *     "allInvestors": { "investor": "All investors", "commitment": "3100000.00", "drawn": "...",
 *                       "distributed": "...", "net": "...", "moneyMultiple": "1.234567", "irr": "0.051234" },
 *     "investors": [ { "investor": "Investor A", ... } ]
 *   },
 *   "distributions": [ { "date": "...", "balance": "...", "reserve": "...", "available": "...", "capital": "...",
 *                        "return": "...", "surplusToInvestors": "...", "retained": "...", "toInvestors": "...",
 *                        "byInvestor": ["...", ...] } ],
 *   "cash": [ { "date": "...", "event": "DRAWDOWN", "amount": "...", "balance": "...", "byInvestor": [...] } ],
 *   "closingBalance": "...", "retained": "..."
 * }
 * }</pre>
 * {@code byInvestor} lists one amount per investor, in the order of {@code returns.investors}: for a
 * distribution what each got, for a drawdown what each put in. A cash event's {@code amount} is the change in
 * the SPV's cash (negative out); a receipt or clawback carries the {@code measurementDate} it pays for, a
 * cost its {@code description}.
 */
public final class ReturnsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReturnsJson() {
    }

    /** Returns the returns as pretty-printed JSON, ending with a new line. */
    public static String write(Returns returns) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Returns.SCHEMA);
        root.put("investment", returns.investment());
        root.put("currency", returns.currency().getCurrencyCode());
        root.put("asOf", returns.asOf().toString());
        ObjectNode summary = root.putObject("returns");
        investor(summary.putObject("allInvestors"), returns.allInvestors());
        ArrayNode investors = summary.putArray("investors");
        returns.investors().forEach(investor -> investor(investors.addObject(), investor));

        ArrayNode distributions = root.putArray("distributions");
        for (Distribution d : returns.distributions()) {
            ObjectNode node = distributions.addObject();
            node.put("date", d.date().toString());
            node.put("balance", money(d.balance()));
            node.put("reserve", money(d.reserve()));
            node.put("available", money(d.available()));
            node.put("capital", money(d.capital()));
            node.put("return", money(d.returnOnCapital()));
            node.put("surplusToInvestors", money(d.surplusToInvestors()));
            node.put("retained", money(d.retained()));
            node.put("toInvestors", money(d.toInvestors()));
            shares(node.putArray("byInvestor"), d.byInvestor());
        }

        ArrayNode cash = root.putArray("cash");
        for (CashEvent e : returns.cash()) {
            ObjectNode node = cash.addObject();
            node.put("date", e.date().toString());
            node.put("event", e.kind().name());
            node.put("amount", money(e.amount()));
            node.put("balance", money(e.balance()));
            e.measurementDate().ifPresent(date -> node.put("measurementDate", date.toString()));
            if (!e.description().isEmpty()) {
                node.put("description", e.description());
            }
            e.byInvestor().ifPresent(shares -> shares(node.putArray("byInvestor"), shares));
        }
        root.put("closingBalance", money(returns.closingBalance()));
        root.put("retained", money(returns.retained()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The returns could not be written as JSON", e);
        }
    }

    private static void investor(ObjectNode node, InvestorReturn r) {
        node.put("investor", r.investor());
        node.put("commitment", money(r.commitment()));
        node.put("drawn", money(r.drawn()));
        node.put("distributed", money(r.distributed()));
        node.put("net", money(r.net()));
        decimal(node, "moneyMultiple", r.moneyMultiple());
        decimal(node, "irr", r.irr());
    }

    private static void decimal(ObjectNode node, String field, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(field, value.get().toPlainString());
        } else {
            node.putNull(field);
        }
    }

    /** The shares in minor units, written without making money of each. */
    private static void shares(ArrayNode array, Allocation shares) {
        int digits = Math.max(0, shares.currency().getDefaultFractionDigits());
        for (int i = 0; i < shares.size(); i++) {
            array.add(BigDecimal.valueOf(shares.minorUnits(i), digits).toPlainString());
        }
    }

    private static String money(MonetaryAmount amount) {
        return MoneyText.plain(amount);
    }
}
