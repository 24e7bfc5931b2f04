package cairn.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * A small indented XML writer over the JDK's StAX writer, which does the escaping:
 * {@code element("title", "A & B")} writes {@code <title>A &amp; B</title>}. Output
 * depends only on the calls made, so feeds and sitemaps are byte-identical across builds.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final StringWriter text = new StringWriter(8 * 1024);
    private final XMLStreamWriter xml;
    private int depth;

    XmlDocument() {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name/value pairs, null values are left out. */
    XmlDocument open(String name, String... attributes) {
        return call(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
        });
    }

    XmlDocument close() {
        return call(() -> {
            depth--;
            indent();
            xml.writeEndElement();
        });
    }

    /** An element with text content; nothing when {@code value} is null or empty. */
    XmlDocument element(String name, String value, String... attributes) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        return call(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(value);
            xml.writeEndElement();
        });
    }

    XmlDocument empty(String name, String... attributes) {
        return call(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    String finish() {
        call(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        return text + "\n";
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private XmlDocument call(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private interface Step {
        void run() throws XMLStreamException;
    }
}
