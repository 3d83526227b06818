/**
 * sibcalc's model, rules and one-pass engine: contract terms, care data, measurements and payments in exact
 * money. It knows no file format, clock or console.
 *
 * <p>On the module path, moneta-core's own module descriptor requires {@code okhttp3} (for its remote-data
 * loader, which sibcalc never uses): put {@code com.squareup.okhttp3:okhttp} beside it. On the class path it
 * is not needed.
 */
module org.sibcalc.core {
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires transitive org.threeten.extra;
    requires java.logging;

    exports org.sibcalc;
    exports org.sibcalc.basics;
    exports org.sibcalc.claim;
    exports org.sibcalc.contract;
    exports org.sibcalc.data;
    // The care data as the file readers fill it, for sibcalc-io only: not part of the API.
    exports org.sibcalc.data.readers to org.sibcalc.io;
    exports org.sibcalc.ledger;
    exports org.sibcalc.measure;
    exports org.sibcalc.payment;
    exports org.sibcalc.returns;
}
