package org.precinct.intake.open311;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.GeoPoint;
import org.precinct.geography.GeoPolygon;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.JurisdictionKind;
import org.precinct.geography.addresses.AddressImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Data of a test's own for the Open311 tests: a town at a random spot of northern Europe (where no other test puts
 * one) with an address, incident types with random codes written straight into the catalogue's tables, keys issued
 * as an administrator; and reading of XML answers.
 */
final class Open311Fixtures {

    private Open311Fixtures() {}

    /** Random capital letters, for codes and names no other test uses. */
    static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /**
     * A town 2 km across with one beat and one address at its centre.
     *
     * @param address the address at the centre, as the index has it
     */
    record Town(String code, double latitude, double longitude, String address) {

        static Town create(Boundaries boundaries, AddressImport addresses) {
            String suffix = letters(6);
            double latitude = 55 + ThreadLocalRandom.current().nextDouble(10);
            double longitude = 20 + ThreadLocalRandom.current().nextDouble(100);
            GeoPolygon square = GeoPolygon.of(
                    new GeoPoint(latitude - 0.01, longitude - 0.01),
                    new GeoPoint(latitude - 0.01, longitude + 0.01),
                    new GeoPoint(latitude + 0.01, longitude + 0.01),
                    new GeoPoint(latitude + 0.01, longitude - 0.01));
            String code = "O" + suffix;
            boundaries.defineJurisdiction(
                    new JurisdictionDefinition(code, "Town " + suffix, JurisdictionKind.CITY, square));
            boundaries.defineBeat(new BeatDefinition(code + "B", "Beat " + suffix, code, square));
            String street = "Quail " + suffix.charAt(0) + suffix.substring(1).toLowerCase(Locale.ROOT) + " Ln";
            String address = "7 " + street;
            addresses.importCsv(new StringReader(String.format(
                    Locale.ROOT, "address,latitude,longitude%n\"%s\",%.7f,%.7f%n", address, latitude, longitude)));
            return new Town(code, latitude, longitude, address);
        }

        /** A point of the town, {@code north} and {@code east} thousandths of a degree from its centre. */
        String latitudeAt(int north) {
            return String.format(Locale.ROOT, "%.6f", latitude + north / 1000.0);
        }

        String longitudeAt(int east) {
            return String.format(Locale.ROOT, "%.6f", longitude + east / 1000.0);
        }
    }

    /** What an incident type of a test is like. */
    record TypeSpec(boolean onlineReportable, boolean anonymousAllowed, String routing, boolean active) {

        static TypeSpec online() {
            return new TypeSpec(true, false, "RECORDS_REVIEW", true);
        }
    }

    /**
     * Writes an incident type with one question of every datatype: {@code itemsTaken} (text, required),
     * {@code itemCount} (number), {@code vehicleLocked} (yes or no, required), {@code discoveredOn} (date),
     * {@code entryMethod} (choice of BROKEN_WINDOW or UNLOCKED, required) and {@code estimatedValue} (money).
     *
     * @return its code
     */
    static String type(JdbcClient jdbc, TransactionTemplate transactions, TypeSpec spec) {
        String code = "O311_" + letters(8);
        transactions.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                            insert into intake.incident_type (code, name_en, name_es, description_en, description_es,
                                online_reportable, anonymous_allowed, default_priority, review_target_hours, routing,
                                active)
                            values (:code, :nameEn, :nameEs, 'Items taken from a parked vehicle.',
                                'Objetos robados de un vehículo estacionado.', :online, :anonymous, 3, 24, :routing,
                                :active)
                            returning id
                            """)
                    .param("code", code)
                    .param("nameEn", "Car prowl " + code)
                    .param("nameEs", "Robo en auto " + code)
                    .param("online", spec.onlineReportable())
                    .param("anonymous", spec.anonymousAllowed())
                    .param("routing", spec.routing())
                    .param("active", spec.active())
                    .query(Long.class)
                    .single();
            question(jdbc, id, 0, "itemsTaken", "What was taken?", "¿Qué se llevaron?", "TEXT", true);
            question(jdbc, id, 1, "itemCount", "How many items?", "¿Cuántos objetos?", "NUMBER", false);
            question(jdbc, id, 2, "vehicleLocked", "Was it locked?", "¿Estaba cerrado?", "BOOLEAN", true);
            question(jdbc, id, 3, "discoveredOn", "When did you find out?", "¿Cuándo se enteró?", "DATE", false);
            question(jdbc, id, 4, "entryMethod", "How did they get in?", "¿Cómo entraron?", "CHOICE", true);
            question(jdbc, id, 5, "estimatedValue", "Estimated value", "Valor aproximado", "MONEY", false);
            choice(jdbc, id, 4, 0, "BROKEN_WINDOW", "Broken window", "Ventana rota");
            choice(jdbc, id, 4, 1, "UNLOCKED", "It was unlocked", "Estaba sin seguro");
        });
        return code;
    }

    private static void question(
            JdbcClient jdbc,
            long typeId,
            int position,
            String code,
            String labelEn,
            String labelEs,
            String datatype,
            boolean required) {
        jdbc.sql("insert into intake.incident_question values (:id, :position, :code, :en, :es, :datatype, :required)")
                .param("id", typeId)
                .param("position", position)
                .param("code", code)
                .param("en", labelEn)
                .param("es", labelEs)
                .param("datatype", datatype)
                .param("required", required)
                .update();
    }

    private static void choice(
            JdbcClient jdbc, long typeId, int question, int position, String value, String labelEn, String labelEs) {
        jdbc.sql("insert into intake.incident_question_choice values (:id, :question, :position, :value, :en, :es)")
                .param("id", typeId)
                .param("question", question)
                .param("position", position)
                .param("value", value)
                .param("en", labelEn)
                .param("es", labelEs)
                .update();
    }

    /** Runs {@code work} as a signed-in administrator named {@code open311-test-admin}. */
    static <T> T asAdministrator(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "open311-test-admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Document xml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError(
                    "Not well-formed XML: " + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** The names of an element's child elements, in order. */
    static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }

    /** The elements an XPath selects. */
    static List<Element> select(Document document, String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The text of the one element an XPath selects. */
    static String text(Document document, String xpath) {
        List<Element> found = select(document, xpath);
        if (found.size() != 1) {
            throw new AssertionError("Expected one element at " + xpath + ", found " + found.size());
        }
        return found.get(0).getTextContent();
    }
}
