package dev.slate.fdx.internal;

import dev.slate.fdx.FdxException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads untrusted XML into a tree with the JDK's StAX parser: no DTD (a DOCTYPE is refused outright,
 * so no entity is declared, expanded or fetched), no external anything, the input size and the
 * element depth capped, and every failure one {@link FdxException} with its line and column.
 */
public final class SafeXml {

    private final long maxBytes;
    private final int maxDepth;

    public SafeXml(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("refusing to read " + systemId + ": an FDX file refers to nothing outside it");
        });
        return factory;
    }

    /** The root element of the XML in {@code in}, which is not closed. */
    XmlNode read(InputStream in) throws FdxException {
        CappedInput capped = new CappedInput(new BufferedInputStream(in), maxBytes);
        sniff(capped);
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(capped);
            return tree(xml);
        } catch (XMLStreamException e) {
            throw failure(e, capped);
        } catch (UncheckedCap e) {
            throw tooLarge();
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the parse already failed or finished; nothing more to report
                }
            }
        }
    }

    private XmlNode tree(XMLStreamReader xml) throws XMLStreamException, FdxException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = null;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new FdxException("the file declares a DOCTYPE; Final Draft never "
                        + "writes one and Slate refuses it (it could expand entities or read other files). Remove the "
                        + "<!DOCTYPE ...> declaration", xml.getLocation().getLineNumber(),
                        xml.getLocation().getColumnNumber());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= maxDepth) {
                        Location at = xml.getLocation();
                        throw new FdxException("elements are nested deeper than " + maxDepth
                                + " levels; a Final Draft file needs fewer than ten", at.getLineNumber(),
                                at.getColumnNumber());
                    }
                    Location at = xml.getLocation();
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    XmlNode node = new XmlNode(xml.getLocalName(), attributes, at.getLineNumber(), at.getColumnNumber());
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().children.add(xml.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    Location at = xml.getLocation();
                    throw new FdxException("the file refers to an entity '&" + xml.getLocalName()
                            + ";' that is not one of XML's five; Slate expands none", at.getLineNumber(),
                            at.getColumnNumber());
                }
                default -> {
                    // comments, processing instructions: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new FdxException("the file holds no XML element; an FDX file holds <FinalDraft>", 0, 0);
        }
        return root;
    }

    /** Refuses at once what is not XML at all, such as a Fountain script named {@code .fdx}. */
    private void sniff(CappedInput in) throws FdxException {
        try {
            in.mark(8);
            int first = in.read();
            int skip = 0;
            if (first == 0xEF) { // a UTF-8 byte order mark
                in.read();
                in.read();
                first = in.read();
                skip = 3;
            }
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
                first = in.read();
                skip++;
                if (skip > 4) {
                    in.reset();
                    in.mark(0);
                    return; // let the parser judge long leading space
                }
            }
            in.reset();
            if (first < 0) {
                throw new FdxException("the file is empty; an FDX file starts with <?xml and holds <FinalDraft>", 1, 1);
            }
            if (first != '<') {
                throw new FdxException("the file is not XML, so not an FDX file (is it a Fountain script? Name it "
                        + ".fountain); an FDX file starts with <?xml", 1, 1);
            }
        } catch (UncheckedCap e) {
            throw tooLarge();
        } catch (FdxException e) {
            throw e;
        } catch (IOException e) {
            throw new FdxException("the file cannot be read: " + e.getMessage(), 0, 0);
        }
    }

    private FdxException tooLarge() {
        return new FdxException("the file is larger than " + (maxBytes / (1024 * 1024)) + " MB; Final Draft scripts "
                + "are well under 1 MB, so this is not one", 0, 0);
    }

    private FdxException failure(XMLStreamException e, CappedInput capped) {
        if (capped.exceeded || e.getNestedException() instanceof UncheckedCap) {
            return tooLarge();
        }
        if (e.getNestedException() instanceof FdxException fdx) {
            return fdx;
        }
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK prefixes its message with the position; the position is reported on its own.
        int detail = message == null ? -1 : message.indexOf("Message: ");
        String what = message == null ? "unreadable XML" : detail >= 0 ? message.substring(detail + 9) : message;
        if (what.contains("DOCTYPE") || what.contains("DTD")) {
            what = "a DOCTYPE, which Slate refuses (" + what + ")";
        }
        return new FdxException("not well-formed XML: " + what.strip() + "; open the file in Final Draft and save it "
                + "again, or fix it in a text editor", at == null ? 0 : at.getLineNumber(),
                at == null ? 0 : at.getColumnNumber());
    }

    /** Signals the size cap from inside the parser, which wraps checked exceptions. */
    private static final class UncheckedCap extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedCap() {
            super(null, null, false, false);
        }
    }

    /** An input that fails once more than {@code max} bytes were read. */
    private static final class CappedInput extends java.io.FilterInputStream {
        private final long max;
        private long count;
        private long marked;
        boolean exceeded;

        CappedInput(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                exceeded = true;
                throw new UncheckedCap();
            }
        }
    }
}
