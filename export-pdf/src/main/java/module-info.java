/**
 * Screenplay PDFs laid out to the industry format, drawn with Apache PDFBox. Only
 * {@code dev.slate.pdf} is exported; PDFBox types never appear in it, and packages named
 * {@code internal} are implementation.
 */
module dev.slate.pdf {
    requires transitive dev.slate.core;
    requires java.desktop;
    requires org.apache.fontbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;

    exports dev.slate.pdf;
}
