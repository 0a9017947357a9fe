package org.precinct.intake.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue as Open311 services: every active type residents may file online is a service whose code is the
 * type's code, and each of its questions an attribute. Requests are numbered as they are filed, so every service is
 * {@code realtime}.
 *
 * <p>Every definition opens with an attribute that is information only ({@code variable} false): when anyone is hurt
 * or in danger, or it is happening now, call 911. A type that may not be filed anonymously says so in a second one.
 * Their codes are in capitals with an underscore, which no question's code can be, so they never meet a question.
 */
@Component
class Open311Services {

    static final String EMERGENCY_NOTICE = "NOTICE_EMERGENCY";
    static final String IDENTITY_NOTICE = "NOTICE_IDENTIFIED";

    private final IncidentTypes types;
    private final MessageSource messages;
    private final PrecinctProperties properties;

    Open311Services(IncidentTypes types, MessageSource messages, PrecinctProperties properties) {
        this.types = types;
        this.messages = messages;
        this.properties = properties;
    }

    /** The types offered as services, by code. */
    List<IncidentTypeView> offered() {
        return types.onlineReportable();
    }

    /** The service with this code, if it is offered now. */
    Optional<IncidentTypeView> offered(String serviceCode) {
        return types.find(serviceCode).filter(IncidentTypeView::fileableOnline);
    }

    Open311Document list(Locale locale) {
        List<Map<String, Object>> services = new ArrayList<>();
        for (IncidentTypeView type : offered()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", type.code().value());
            service.put("service_name", type.name(locale));
            service.put("description", type.description(locale));
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", null);
            service.put("group", text(type.routing().messageKey(), locale));
            services.add(service);
        }
        return new Open311Document.ListOf("services", "service", services);
    }

    /** The service's definition: its attributes in the order they are shown. */
    Optional<Open311Document> definition(String serviceCode, Locale locale) {
        return offered(serviceCode).map(type -> {
            List<Map<String, Object>> attributes = new ArrayList<>();
            attributes.add(notice(EMERGENCY_NOTICE, "open311.attribute.emergency", attributes.size() + 1, locale));
            if (!type.anonymousAllowed()) {
                attributes.add(notice(IDENTITY_NOTICE, "open311.attribute.identified", attributes.size() + 1, locale));
            }
            for (IncidentQuestion question : type.questions()) {
                attributes.add(attribute(question, attributes.size() + 1, locale));
            }
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("service_code", type.code().value());
            definition.put("attributes", new Open311Document.Repeated("attribute", attributes));
            return new Open311Document.Single("service_definition", definition);
        });
    }

    /** What the department will do with a request of this type: the answer's {@code service_notice}. */
    String notice(IncidentTypeView type, Locale locale) {
        return text("open311.notice." + type.routing().name(), locale);
    }

    /** Who handles a request of this type: the department, and the unit where the routing names one. */
    String agencyResponsible(IncidentTypeView type, Locale locale) {
        return type.routing() == Routing.STATISTICS_ONLY || type.routing() == Routing.RECORDS_REVIEW
                ? properties.departmentName()
                : properties.departmentName() + " - " + text(type.routing().messageKey(), locale);
    }

    /**
     * A digest of everything the services and their definitions say, in both languages: it changes exactly when a
     * client should fetch them again.
     */
    String fingerprint() {
        return Open311Clients.sha256(offered().toString());
    }

    /** The Open311 datatype a question's answer takes. Yes-or-no questions are a list of two values. */
    static String datatype(QuestionDatatype datatype) {
        return switch (datatype) {
            case TEXT -> "text";
            case NUMBER, MONEY -> "number";
            case DATE -> "datetime";
            case BOOLEAN, CHOICE -> "singlevaluelist";
        };
    }

    private Map<String, Object> notice(String code, String messageKey, int order, Locale locale) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", false);
        attribute.put("code", code);
        attribute.put("datatype", "string");
        attribute.put("required", false);
        attribute.put("datatype_description", null);
        attribute.put("order", order);
        attribute.put("description", text(messageKey, locale, properties.nonEmergencyPhone()));
        return attribute;
    }

    private Map<String, Object> attribute(IncidentQuestion question, int order, Locale locale) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", question.code());
        attribute.put("datatype", datatype(question.datatype()));
        attribute.put("required", question.required());
        attribute.put(
                "datatype_description",
                text("open311.datatype." + question.datatype().name(), locale));
        attribute.put("order", order);
        attribute.put("description", question.label(locale));
        List<Map<String, Object>> values = new ArrayList<>();
        if (question.datatype() == QuestionDatatype.BOOLEAN) {
            values.add(value("true", text("open311.value.true", locale)));
            values.add(value("false", text("open311.value.false", locale)));
        }
        question.choices().forEach(choice -> values.add(value(choice.value(), choice.label(locale))));
        if (!values.isEmpty()) {
            attribute.put("values", new Open311Document.Repeated("value", values));
        }
        return attribute;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
