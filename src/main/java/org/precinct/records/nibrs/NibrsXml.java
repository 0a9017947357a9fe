package org.precinct.records.nibrs;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting writer over StAX for the NIBRS namespaces, so the documents the FBI and records clerks read
 * are laid out one element a line.
 */
final class NibrsXml {

    static final String NIBRS = "http://fbi.gov/cjis/nibrs/2019";
    static final String CJIS = "http://fbi.gov/cjis/2.0";
    static final String J = "http://release.niem.gov/niem/domains/jxdm/5.2/";
    static final String NC = "http://release.niem.gov/niem/niem-core/3.0/";
    static final String S = "http://release.niem.gov/niem/structures/3.0/";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String INDENT = "  ";

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter out;
    /** For each open element, whether it has child elements (and so ends on a line of its own). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    NibrsXml() {
        try {
            out = FACTORY.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XML writer could not start", e);
        }
    }

    /** Opens the root element and declares the namespaces. */
    NibrsXml root(String prefix, String name) {
        start(prefix, name);
        try {
            out.writeNamespace("nibrs", NIBRS);
            out.writeNamespace("cjis", CJIS);
            out.writeNamespace("j", J);
            out.writeNamespace("nc", NC);
            out.writeNamespace("s", S);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    NibrsXml start(String prefix, String name) {
        try {
            if (!open.isEmpty()) {
                open.pop();
                open.push(Boolean.TRUE);
            }
            newLine(open.size());
            out.writeStartElement(prefix, name, namespace(prefix));
            open.push(Boolean.FALSE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Opens an element with an {@code s:id}. */
    NibrsXml startWithId(String prefix, String name, String id) {
        start(prefix, name);
        try {
            out.writeAttribute("s", S, "id", id);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element pointing at another by {@code s:ref}. */
    NibrsXml reference(String prefix, String name, String id) {
        start(prefix, name);
        try {
            out.writeAttribute("s", S, "ref", id);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    NibrsXml end() {
        try {
            boolean hadChildren = open.pop();
            if (hadChildren) {
                newLine(open.size());
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding text; nothing is written for {@code null}. */
    NibrsXml leaf(String prefix, String name, Object value) {
        if (value == null) {
            return this;
        }
        start(prefix, name);
        try {
            out.writeCharacters(value.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    /** Closes every open element and returns the document. */
    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        try {
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
    }

    private void newLine(int depth) throws XMLStreamException {
        out.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static String namespace(String prefix) {
        switch (prefix) {
            case "nibrs":
                return NIBRS;
            case "cjis":
                return CJIS;
            case "j":
                return J;
            case "nc":
                return NC;
            case "s":
                return S;
            default:
                throw new IllegalArgumentException("Unknown prefix " + prefix);
        }
    }
}
