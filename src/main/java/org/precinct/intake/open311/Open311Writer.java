package org.precinct.intake.open311;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes documents as UTF-8 XML (with the declaration the specification requires, no namespace) or as JSON by the
 * Spark convention.
 */
@Component
class Open311Writer {

    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    private final JsonMapper json = JsonMapper.builder().build();

    byte[] write(Open311Document document, Open311Format format) {
        return format == Open311Format.XML ? xml(document) : json.writeValueAsBytes(plain(document));
    }

    private byte[] xml(Open311Document document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = xml.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            if (document instanceof Open311Document.ListOf list) {
                out.writeStartElement(list.root());
                for (Map<String, Object> item : list.items()) {
                    element(out, list.item(), item);
                }
                out.writeEndElement();
            } else {
                Open311Document.Single single = (Open311Document.Single) document;
                element(out, single.root(), single.fields());
            }
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An Open311 answer could not be written as XML", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter out, String name, Object value) throws XMLStreamException {
        if (value == null) {
            out.writeEmptyElement(name);
            return;
        }
        out.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(out, (String) field.getKey(), field.getValue());
            }
        } else if (value instanceof Open311Document.Repeated repeated) {
            for (Object item : repeated.items()) {
                element(out, repeated.element(), item);
            }
        } else {
            out.writeCharacters(text(value));
        }
        out.writeEndElement();
    }

    /** Numbers in plain notation (never {@code 1.0E-4}); text without the characters XML 1.0 cannot carry. */
    private static String text(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        String text = String.valueOf(value);
        StringBuilder allowed = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(allowed::appendCodePoint);
        return allowed.toString();
    }

    /** The document as maps and lists, which Jackson writes as the Spark convention's JSON. */
    private static Object plain(Object value) {
        if (value instanceof Open311Document.ListOf list) {
            return plain(list.items());
        }
        if (value instanceof Open311Document.Single single) {
            return plain(single.fields());
        }
        if (value instanceof Open311Document.Repeated repeated) {
            return plain(repeated.items());
        }
        if (value instanceof Map<?, ?> fields) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            fields.forEach((key, field) -> copy.put(key, plain(field)));
            return copy;
        }
        if (value instanceof List<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        return value;
    }
}
