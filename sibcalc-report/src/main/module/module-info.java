/** The statement as one self-contained HTML page with charts. */
module org.sibcalc.report {
    requires transitive org.sibcalc.io;
    requires java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires com.samskivert.jmustache;

    exports org.sibcalc.report.html;
    // The templates read the page's records by reflection.
    opens org.sibcalc.report.html to com.samskivert.jmustache;
}
