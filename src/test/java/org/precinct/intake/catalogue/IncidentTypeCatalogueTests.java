package org.precinct.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precinct.intake.catalogue.CatalogueFixtures.asAdmin;
import static org.precinct.intake.catalogue.CatalogueFixtures.definition;
import static org.precinct.intake.catalogue.CatalogueFixtures.entryMethod;
import static org.precinct.intake.catalogue.CatalogueFixtures.withQuestions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PrecinctTest
class IncidentTypeCatalogueTests {

    @Autowired
    IncidentTypes types;

    @Autowired
    IncidentTypeCatalogue catalogue;

    @Autowired
    AuditTrail audit;

    /** The seeded codes with their NIBRS offense codes, {@code null} for what is no crime. */
    private static final Map<String, String> SEEDED = seeded();

    @Test
    void theSeededCatalogueHasTheSeventeenTypesWithTheirNibrsOffenses() {
        // Other tests add types of their own to the shared database; the seventeen seeded ones are all there.
        Map<String, String> nibrs = new HashMap<>();
        asAdmin(() -> catalogue.everyType())
                .forEach(type -> nibrs.put(
                        type.code().value(),
                        type.nibrsOffenseCode() == null
                                ? null
                                : type.nibrsOffenseCode().value()));

        assertThat(SEEDED).hasSize(17);
        assertThat(nibrs).containsAllEntriesOf(SEEDED);
    }

    @Test
    void everySeededTypeKeepsTheCatalogueRulesAndAsksTwoToSixQuestionsInBothLanguages() {
        for (String code : SEEDED.keySet()) {
            IncidentTypeView type = types.find(code).orElseThrow();
            assertThat(IncidentType.problemsWith(definitionOf(type))).as(code).isEmpty();
            assertThat(type.questions()).as(code).hasSizeBetween(2, 6);
            for (IncidentQuestion question : type.questions()) {
                assertThat(question.labelEs()).as(question.code()).isNotEqualTo(question.labelEn());
            }
        }
    }

    @Test
    void theSeedRoutesAndProtectsTheTypesAsTheDepartmentWorks() {
        IncidentTypeView complaint = types.find("OFFICER_COMPLAINT").orElseThrow();
        assertThat(complaint.routing()).isEqualTo(Routing.INTERNAL_AFFAIRS);
        assertThat(complaint.anonymousAllowed()).isTrue();
        assertThat(types.find("CODE_VIOLATION").orElseThrow().routing()).isEqualTo(Routing.CODE_ENFORCEMENT);

        IncidentTypeView breakIn = types.find("THEFT_FROM_VEHICLE").orElseThrow();
        IncidentQuestion locked = breakIn.question("vehicleLocked").orElseThrow();
        assertThat(locked.datatype()).isEqualTo(QuestionDatatype.BOOLEAN);
        assertThat(locked.required()).isTrue();
        assertThat(breakIn.question("entryMethod").orElseThrow().choices())
                .extracting(QuestionChoice::value)
                .containsExactly("BROKEN_WINDOW", "UNLOCKED", "PRIED_DOOR", "UNKNOWN");
        assertThat(breakIn.question("estimatedValue").orElseThrow().datatype()).isEqualTo(QuestionDatatype.MONEY);

        assertThat(types.find("NOISE")
                        .orElseThrow()
                        .question("noiseType")
                        .orElseThrow()
                        .choices())
                .extracting(QuestionChoice::value)
                .containsExactly("MUSIC_PARTY", "BARKING_DOG", "CONSTRUCTION", "VEHICLE", "OTHER");
        assertThat(types.onlineReportable())
                .extracting(type -> type.code().value())
                .contains("THEFT", "LOST_PROPERTY")
                .doesNotContain("NOISE");
    }

    @Test
    void storesATypeWithItsQuestionsAndChoicesAndAuditsTheCreation() {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Bicycle theft"));

        IncidentTypeView stored = types.find(code.value()).orElseThrow();
        assertThat(stored.nameEn()).isEqualTo("Bicycle theft");
        assertThat(stored.nameEs()).isEqualTo("Bicycle theft (es)");
        assertThat(stored.questions())
                .extracting(IncidentQuestion::code)
                .containsExactly("vehicleLocked", "entryMethod", "estimatedValue");
        assertThat(stored.question("entryMethod").orElseThrow()).isEqualTo(entryMethod());
        assertThat(types.all()).extracting(IncidentTypeView::code).contains(code);
        assertThat(audit.search(new AuditQuery(
                        "catalogue-fixtures", AuditAction.CREATE, "incident-type", code.value(), null, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void replacesQuestionsOnChangeAndRefusesAChangeMadeFromAnOldVersion() {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Porch package theft"));
        int version = asAdmin(() -> catalogue.editable(code)).version();
        IncidentQuestion reordered = new IncidentQuestion(
                "entryMethod",
                "How did they get in?",
                "¿Cómo entraron?",
                QuestionDatatype.CHOICE,
                false,
                List.of(
                        new QuestionChoice("UNKNOWN", "I do not know", "No lo sé"),
                        new QuestionChoice("BROKEN_WINDOW", "Broken window", "Ventana rota")));

        asAdmin(() -> {
            catalogue.update(code, version, withQuestions(definition("Package theft"), List.of(reordered)));
            return null;
        });

        IncidentTypeView changed = types.find(code.value()).orElseThrow();
        assertThat(changed.nameEn()).isEqualTo("Package theft");
        assertThat(changed.questions()).containsExactly(reordered);
        assertThatThrownBy(() -> asAdmin(() -> {
                    catalogue.update(code, version, definition("Lost update"));
                    return null;
                }))
                .isInstanceOf(CatalogueRuleViolation.class)
                .hasMessage("intake.catalogue.rule.changed-meanwhile");
        assertThat(types.find(code.value()).orElseThrow().nameEn()).isEqualTo("Package theft");
        assertThat(audit.search(new AuditQuery(
                        "catalogue-fixtures", AuditAction.CHANGE, "incident-type", code.value(), null, null, null, 0)))
                .hasSize(1);
    }

    @Test
    void refusesATakenCodeAndSavesNothingOfARefusedType() {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Garden tool theft"));

        assertThatThrownBy(() -> asAdmin(() -> catalogue.create(code, definition("Second"))))
                .isInstanceOfSatisfying(
                        CatalogueRuleViolation.class,
                        violation ->
                                assertThat(violation.problems().get(0).field()).isEqualTo("code"));
        IncidentTypeCode refused = CatalogueFixtures.randomCode();
        assertThatThrownBy(() -> asAdmin(() -> catalogue.create(refused, definition(""))))
                .isInstanceOf(CatalogueRuleViolation.class);
        assertThat(types.find(refused.value())).isEmpty();
        assertThat(types.find(code.value()).orElseThrow().nameEn()).isEqualTo("Garden tool theft");
    }

    @Test
    void aDeactivatedTypeLeavesTheActiveListsButCanStillBeReadByCode() {
        IncidentTypeCode code = CatalogueFixtures.create(catalogue, definition("Scooter theft"));

        asAdmin(() -> {
            catalogue.deactivate(code);
            return null;
        });

        assertThat(types.all()).extracting(IncidentTypeView::code).doesNotContain(code);
        assertThat(types.onlineReportable()).extracting(IncidentTypeView::code).doesNotContain(code);
        assertThat(types.find(code.value()))
                .hasValueSatisfying(type -> assertThat(type.active()).isFalse());

        asAdmin(() -> {
            catalogue.reactivate(code);
            return null;
        });
        assertThat(types.all()).extracting(IncidentTypeView::code).contains(code);
    }

    @Test
    void findsNothingForUnknownOrMalformedCodes() {
        assertThat(types.find("NO_SUCH_TYPE_EVER")).isEmpty();
        assertThat(types.find("theft")).isEmpty();
        assertThat(types.find(null)).isEmpty();
        assertThatThrownBy(() -> asAdmin(() -> catalogue.editable(new IncidentTypeCode("NO_SUCH_TYPE_EVER"))))
                .isInstanceOf(NoSuchRecordException.class);
    }

    @Test
    @WithMockUser(username = "catalogue-officer", roles = "OFFICER")
    void onlyAdministratorsChangeTheCatalogue() {
        assertThatThrownBy(() -> catalogue.create(CatalogueFixtures.randomCode(), definition("Not allowed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.deactivate(new IncidentTypeCode("THEFT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(types.all()).isNotEmpty();
    }

    private static IncidentTypeDefinition definitionOf(IncidentTypeView type) {
        return new IncidentTypeDefinition(
                type.nameEn(),
                type.nameEs(),
                type.descriptionEn(),
                type.descriptionEs(),
                type.nibrsOffenseCode(),
                type.onlineReportable(),
                type.anonymousAllowed(),
                type.defaultPriority(),
                type.reviewTarget(),
                type.duplicateWindow(),
                type.routing(),
                type.questions());
    }

    private static Map<String, String> seeded() {
        Map<String, String> seeded = new LinkedHashMap<>();
        seeded.put("THEFT", "23H");
        seeded.put("THEFT_FROM_VEHICLE", "23F");
        seeded.put("VANDALISM", "290");
        seeded.put("LOST_PROPERTY", null);
        seeded.put("FOUND_PROPERTY", null);
        seeded.put("FRAUD", "26A");
        seeded.put("IDENTITY_THEFT", "26F");
        seeded.put("MINOR_CRASH", null);
        seeded.put("HIT_AND_RUN", "90Z");
        seeded.put("NOISE", null);
        seeded.put("ABANDONED_VEHICLE", null);
        seeded.put("SUSPICIOUS_ACTIVITY", null);
        seeded.put("DRUG_TIP", "35A");
        seeded.put("CODE_VIOLATION", null);
        seeded.put("TRAFFIC_COMPLAINT", null);
        seeded.put("GENERAL_INQUIRY", null);
        seeded.put("OFFICER_COMPLAINT", null);
        return seeded;
    }
}
