/** The sibcalc command line: a thin shell over the library. */
module org.sibcalc.cli {
    requires org.sibcalc.io;
    requires org.sibcalc.report;
    requires info.picocli;
    requires org.javamoney.moneta;
    requires java.logging;

    exports org.sibcalc.cli;
    opens org.sibcalc.cli to info.picocli;
}
