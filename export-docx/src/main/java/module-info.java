/**
 * Shot lists, storyboard sheets and the schedule's papers as Word documents and Excel workbooks,
 * written with Apache POI. Only {@code dev.slate.docx} is exported; POI types never appear in it,
 * and packages named {@code internal} are implementation.
 */
module dev.slate.docx {
    requires transitive dev.slate.core;
    requires java.desktop;
    requires java.xml;
    requires org.apache.commons.compress;
    requires org.apache.poi.ooxml;

    exports dev.slate.docx;
}
