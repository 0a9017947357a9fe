package org.precinct.intake.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Incident types for tests, with random codes so that tests sharing one database never collide, and a valid
 * definition to vary.
 */
final class CatalogueFixtures {

    private CatalogueFixtures() {}

    /** A fresh code such as {@code TEST_QHZKWRMA}. */
    static IncidentTypeCode randomCode() {
        StringBuilder letters = new StringBuilder("TEST_");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return new IncidentTypeCode(letters.toString());
    }

    static IncidentQuestion entryMethod() {
        return new IncidentQuestion(
                "entryMethod",
                "How did they get in?",
                "¿Cómo entraron?",
                QuestionDatatype.CHOICE,
                true,
                List.of(
                        new QuestionChoice("BROKEN_WINDOW", "Broken window", "Ventana rota"),
                        new QuestionChoice("UNLOCKED", "It was unlocked", "Estaba sin seguro"),
                        new QuestionChoice("UNKNOWN", "I do not know", "No lo sé")));
    }

    static IncidentQuestion vehicleLocked() {
        return new IncidentQuestion(
                "vehicleLocked",
                "Was the vehicle locked?",
                "¿Estaba cerrado con llave el vehículo?",
                QuestionDatatype.BOOLEAN,
                true,
                List.of());
    }

    static IncidentQuestion estimatedValue() {
        return new IncidentQuestion(
                "estimatedValue", "Estimated value", "Valor aproximado", QuestionDatatype.MONEY, false, List.of());
    }

    /** A valid definition of a vehicle break-in type named {@code name}. */
    static IncidentTypeDefinition definition(String name) {
        return new IncidentTypeDefinition(
                name,
                name + " (es)",
                "Items taken from a parked vehicle.",
                "Objetos robados de un vehículo estacionado.",
                new NibrsOffenseCode("23F"),
                true,
                false,
                Priority.ROUTINE,
                Duration.ofHours(24),
                DuplicateWindow.of(50, 24),
                Routing.RECORDS_REVIEW,
                List.of(vehicleLocked(), entryMethod(), estimatedValue()));
    }

    static IncidentTypeDefinition withQuestions(IncidentTypeDefinition definition, List<IncidentQuestion> questions) {
        return new IncidentTypeDefinition(
                definition.nameEn(),
                definition.nameEs(),
                definition.descriptionEn(),
                definition.descriptionEs(),
                definition.nibrsOffenseCode(),
                definition.onlineReportable(),
                definition.anonymousAllowed(),
                definition.defaultPriority(),
                definition.reviewTarget(),
                definition.duplicateWindow(),
                definition.routing(),
                questions);
    }

    static IncidentTypeDefinition withHandling(
            IncidentTypeDefinition definition,
            boolean onlineReportable,
            boolean anonymousAllowed,
            Priority priority,
            Routing routing) {
        return new IncidentTypeDefinition(
                definition.nameEn(),
                definition.nameEs(),
                definition.descriptionEn(),
                definition.descriptionEs(),
                definition.nibrsOffenseCode(),
                onlineReportable,
                anonymousAllowed,
                priority,
                definition.reviewTarget(),
                definition.duplicateWindow(),
                routing,
                definition.questions());
    }

    /** Runs {@code work} as an administrator, whoever the test is signed in as. */
    static <T> T asAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "catalogue-fixtures", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(admin);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Creates a type as an administrator. */
    static IncidentTypeCode create(IncidentTypeCatalogue catalogue, IncidentTypeDefinition definition) {
        return asAdmin(() -> catalogue.create(randomCode(), definition));
    }
}
