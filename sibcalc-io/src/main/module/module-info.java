/** Readers and writers of sibcalc's files, every error with its file and line. */
module org.sibcalc.io {
    requires transitive org.sibcalc.core;
    requires com.fasterxml.jackson.databind;
    requires de.siegmar.fastcsv;
    requires org.javamoney.moneta;

    exports org.sibcalc.io;
    exports org.sibcalc.io.ssda903;
}
