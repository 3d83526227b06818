/** Readers and writers of sibcalc's files, every error with its file and line. */
module org.sibcalc.io {
    requires transitive org.sibcalc.core;
    requires com.fasterxml.jackson.databind;
    requires org.javamoney.moneta;

    exports org.sibcalc.io;
    exports org.sibcalc.io.ssda903;
    // The JSON Schemas of the contract, the statement and the returns (docs/contract.md): resources only, opened
    // so that any module can read them (a resource in a module's package is otherwise hidden from the others).
    opens org.sibcalc.io.schema;
}
