package org.precinct.intake.open311;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An answer of the API before it is written as XML or JSON. The specification defines the XML; its JSON follows from
 * the XML by the Spark convention: a repeated element becomes an array of its contents, so a list answer is a JSON
 * array and a single answer a JSON object. Fields keep their order; a {@code null} field is an empty element in XML
 * and {@code null} in JSON.
 */
sealed interface Open311Document {

    /**
     * A root element holding repeated items, such as {@code <services><service>…</service></services>}.
     *
     * @param root the root element's name
     * @param item each item's element name
     * @param items each item's fields, in order
     */
    record ListOf(String root, String item, List<Map<String, Object>> items) implements Open311Document {

        public ListOf {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(item, "item");
            items = List.copyOf(items);
        }
    }

    /**
     * A root element holding fields, such as {@code <service_definition>}.
     *
     * @param root the root element's name
     * @param fields its fields, in order
     */
    record Single(String root, Map<String, Object> fields) implements Open311Document {

        public Single {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(fields, "fields");
        }
    }

    /**
     * A field holding repeated elements, such as {@code <values><value>…</value></values>}: an array in JSON.
     *
     * @param element each item's element name
     * @param items maps of fields, or plain values
     */
    record Repeated(String element, List<?> items) {

        public Repeated {
            Objects.requireNonNull(element, "element");
            items = List.copyOf(items);
        }
    }
}
