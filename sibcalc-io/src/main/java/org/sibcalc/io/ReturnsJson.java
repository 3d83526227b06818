package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * The investors' returns as JSON, schema {@code sibcalc.returns/1} (README, "Investors' returns"): the SPV's cash events with
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
 * distribution what each got, for a drawdown what each put in (a distribution's cash event leaves it to
 * the distribution of its date). A cash event's {@code amount} is the change in
 * the SPV's cash (negative out); a receipt or clawback carries the {@code measurementDate} it pays for, a
 * cost its {@code description}.
 */
public final class ReturnsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ReturnsJson() {
    }

    /**
     * {@return the returns as pretty-printed JSON, ending with a new line}
     *
     * @param returns the returns, not null
     */
    public static String write(Returns returns) {
        StringWriter text = new StringWriter(256 + 120 * returns.cash().size()
                + 16 * returns.distributions().size() * (returns.investors().size() + 10));
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            write(returns, json);
        } catch (IOException e) {
            throw new UncheckedIOException("The returns could not be written as JSON", e);
        }
        return text.append('\n').toString();
    }

    /** Writes the returns, streaming: thousands of distributions to fifty investors need no tree. */
    private static void write(Returns returns, JsonGenerator json) throws IOException {
        Shares shares = new Shares();
        json.writeStartObject();
        json.writeStringField("schema", Returns.SCHEMA);
        json.writeStringField("investment", returns.investment());
        json.writeStringField("currency", returns.currency().getCurrencyCode());
        json.writeStringField("asOf", returns.asOf().toString());
        json.writeObjectFieldStart("returns");
        json.writeFieldName("allInvestors");
        investor(json, returns.allInvestors());
        json.writeArrayFieldStart("investors");
        for (InvestorReturn investor : returns.investors()) {
            investor(json, investor);
        }
        json.writeEndArray();
        json.writeEndObject();

        json.writeArrayFieldStart("distributions");
        for (Distribution d : returns.distributions()) {
            json.writeStartObject();
            json.writeStringField("date", d.date().toString());
            json.writeStringField("balance", money(d.balance()));
            json.writeStringField("reserve", money(d.reserve()));
            json.writeStringField("available", money(d.available()));
            json.writeStringField("capital", money(d.capital()));
            json.writeStringField("return", money(d.returnOnCapital()));
            json.writeStringField("surplusToInvestors", money(d.surplusToInvestors()));
            json.writeStringField("retained", money(d.retained()));
            json.writeStringField("toInvestors", money(d.toInvestors()));
            shares.write(json, d.byInvestor());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("cash");
        for (CashEvent e : returns.cash()) {
            json.writeStartObject();
            json.writeStringField("date", e.date().toString());
            json.writeStringField("event", e.kind().name());
            json.writeStringField("amount", money(e.amount()));
            json.writeStringField("balance", money(e.balance()));
            if (e.measurementDate().isPresent()) {
                json.writeStringField("measurementDate", e.measurementDate().get().toString());
            }
            if (!e.description().isEmpty()) {
                json.writeStringField("description", e.description());
            }
            if (e.kind() == CashEvent.Kind.DRAWDOWN) {
                shares.write(json, e.byInvestor().orElseThrow());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("closingBalance", money(returns.closingBalance()));
        json.writeStringField("retained", money(returns.retained()));
        json.writeEndObject();
    }

    private static void investor(JsonGenerator json, InvestorReturn r) throws IOException {
        json.writeStartObject();
        json.writeStringField("investor", r.investor());
        json.writeStringField("commitment", money(r.commitment()));
        json.writeStringField("drawn", money(r.drawn()));
        json.writeStringField("distributed", money(r.distributed()));
        json.writeStringField("net", money(r.net()));
        decimal(json, "moneyMultiple", r.moneyMultiple());
        decimal(json, "irr", r.irr());
        json.writeEndObject();
    }

    private static void decimal(JsonGenerator json, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get().toPlainString());
        } else {
            json.writeNullField(field);
        }
    }

    /**
     * Writes each {@code "byInvestor"} array, from the shares' minor units, as one raw value: the pretty
     * printer's {@code [ "1.00", "2.00" ]} with the amounts' digits put straight into one buffer, instead of a
     * String and an escaping check for each of the tens of thousands of amounts.
     */
    private static final class Shares {
        private char[] buffer = new char[1024];

        void write(JsonGenerator json, Allocation shares) throws IOException {
            json.writeFieldName("byInvestor");
            int n = shares.size();
            if (n == 0) {
                json.writeStartArray();
                json.writeEndArray();
                return;
            }
            int places = Math.max(0, shares.currency().getDefaultFractionDigits());
            // Each amount: its quotes, ", " and the amount; "[ " and " ]".
            int most = 4 + n * (4 + MinorUnits.mostChars(places));
            if (buffer.length < most) {
                buffer = new char[most];
            }
            int at = 0;
            buffer[at++] = '[';
            buffer[at++] = ' ';
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    buffer[at++] = ',';
                    buffer[at++] = ' ';
                }
                buffer[at++] = '"';
                at = MinorUnits.put(shares.minorUnits(i), places, buffer, at);
                buffer[at++] = '"';
            }
            buffer[at++] = ' ';
            buffer[at++] = ']';
            json.writeRawValue(buffer, 0, at);
        }
    }

    private static String money(MonetaryAmount amount) {
        return MoneyText.plain(amount);
    }
}
