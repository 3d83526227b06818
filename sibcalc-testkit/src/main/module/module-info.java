/** For users' tests of a payment mechanism: care histories written compactly, preset contracts, hypothetical figures. */
module org.sibcalc.testkit {
    requires transitive org.sibcalc.core;
    requires org.javamoney.moneta;

    exports org.sibcalc.testkit;
}
