package org.precinct.intake.catalogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionChoice;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An incident type of the catalogue: what residents and call-takers can report, what it asks, how urgent it is and
 * where it goes. The code never changes; everything else may, as a whole, through {@link #redefine}. A type is
 * deactivated rather than deleted, because reports keep referring to it.
 *
 * <p>The rules a definition must follow (each refused with its own message):
 *
 * <ul>
 *   <li>names of 1 to {@value #MAX_NAME} and descriptions of 1 to {@value #MAX_DESCRIPTION} characters in both
 *       languages;
 *   <li>a review target of 1 to {@value #MAX_REVIEW_HOURS} whole hours;
 *   <li>at most {@value #MAX_QUESTIONS} questions, with well-formed codes unique within the type and labels in
 *       both languages;
 *   <li>a choice question offers {@value #MIN_CHOICES} to {@value #MAX_CHOICES} choices with distinct, well-formed
 *       values and labels in both languages; other questions offer none;
 *   <li>a threat to life is never filed online: it belongs on 911, so such a type cannot be online-reportable;
 *   <li>what goes to statistics only has the statistics-only priority, since no one will act on it;
 *   <li>complaints about officers (routing to internal affairs) are always accepted anonymously, as accreditation
 *       standards require that anonymous complaints be taken.
 * </ul>
 *
 * <p>Anonymity is deliberately not tied to online reporting: a phone tip can be anonymous as well, so a type filed
 * only by phone may still allow it.
 */
@Table(schema = "intake", name = "incident_type")
class IncidentType {

    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_REVIEW_HOURS = 720;
    static final int MAX_QUESTIONS = 12;
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 20;

    @Id
    private Long id;

    private final String code;
    private String nameEn;
    private String nameEs;
    private String descriptionEn;
    private String descriptionEs;
    private String nibrsOffenseCode;
    private boolean onlineReportable;
    private boolean anonymousAllowed;
    private int defaultPriority;
    private int reviewTargetHours;
    private Integer duplicateDistanceMetres;
    private Integer duplicateWindowHours;
    private Routing routing;
    private boolean active;

    @MappedCollection(idColumn = "incident_type_id", keyColumn = "question_position")
    private final List<Question> questions;

    @Version
    private Integer version;

    @PersistenceCreator
    IncidentType(
            Long id,
            String code,
            String nameEn,
            String nameEs,
            String descriptionEn,
            String descriptionEs,
            String nibrsOffenseCode,
            boolean onlineReportable,
            boolean anonymousAllowed,
            int defaultPriority,
            int reviewTargetHours,
            Integer duplicateDistanceMetres,
            Integer duplicateWindowHours,
            Routing routing,
            boolean active,
            List<Question> questions,
            Integer version) {
        this.id = id;
        this.code = code;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
        this.descriptionEn = descriptionEn;
        this.descriptionEs = descriptionEs;
        this.nibrsOffenseCode = nibrsOffenseCode;
        this.onlineReportable = onlineReportable;
        this.anonymousAllowed = anonymousAllowed;
        this.defaultPriority = defaultPriority;
        this.reviewTargetHours = reviewTargetHours;
        this.duplicateDistanceMetres = duplicateDistanceMetres;
        this.duplicateWindowHours = duplicateWindowHours;
        this.routing = routing;
        this.active = active;
        this.questions = new ArrayList<>(questions == null ? List.of() : questions);
        this.version = version;
    }

    /**
     * A new, active type.
     *
     * @throws CatalogueRuleViolation when the definition breaks a rule
     */
    static IncidentType define(IncidentTypeCode code, IncidentTypeDefinition definition) {
        Objects.requireNonNull(code, "code");
        IncidentType type = new IncidentType(
                null,
                code.value(),
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                0,
                0,
                null,
                null,
                null,
                true,
                List.of(),
                null);
        type.redefine(definition);
        return type;
    }

    /**
     * Replaces everything but the code and whether the type is active.
     *
     * @throws CatalogueRuleViolation when the definition breaks a rule; the type is then unchanged
     */
    void redefine(IncidentTypeDefinition definition) {
        List<CatalogueProblem> problems = problemsWith(definition);
        if (!problems.isEmpty()) {
            throw new CatalogueRuleViolation(problems);
        }
        this.nameEn = definition.nameEn().strip();
        this.nameEs = definition.nameEs().strip();
        this.descriptionEn = definition.descriptionEn().strip();
        this.descriptionEs = definition.descriptionEs().strip();
        this.nibrsOffenseCode = definition.nibrsOffenseCode() == null
                ? null
                : definition.nibrsOffenseCode().value();
        this.onlineReportable = definition.onlineReportable();
        this.anonymousAllowed = definition.anonymousAllowed();
        this.defaultPriority = definition.defaultPriority().level();
        this.reviewTargetHours = (int) definition.reviewTarget().toHours();
        DuplicateWindow window = definition.duplicateWindow();
        this.duplicateDistanceMetres = window == null ? null : window.distanceMetres();
        this.duplicateWindowHours =
                window == null ? null : (int) window.within().toHours();
        this.routing = definition.routing();
        this.questions.clear();
        definition.questions().stream().map(Question::of).forEach(questions::add);
    }

    /**
     * Stops new reports of this type; existing ones keep it.
     *
     * @throws CatalogueRuleViolation when it is inactive already
     */
    void deactivate() {
        if (!active) {
            throw new CatalogueRuleViolation(CatalogueProblem.of(null, "intake.catalogue.rule.already-inactive"));
        }
        active = false;
    }

    /**
     * Accepts new reports of this type again.
     *
     * @throws CatalogueRuleViolation when it is active already
     */
    void reactivate() {
        if (active) {
            throw new CatalogueRuleViolation(CatalogueProblem.of(null, "intake.catalogue.rule.already-active"));
        }
        active = true;
    }

    /** Everything wrong with {@code definition}, in form order; empty when it makes a valid type. */
    static List<CatalogueProblem> problemsWith(IncidentTypeDefinition definition) {
        List<CatalogueProblem> problems = new ArrayList<>();
        text(problems, "nameEn", definition.nameEn(), MAX_NAME);
        text(problems, "nameEs", definition.nameEs(), MAX_NAME);
        text(problems, "descriptionEn", definition.descriptionEn(), MAX_DESCRIPTION);
        text(problems, "descriptionEs", definition.descriptionEs(), MAX_DESCRIPTION);
        if (definition.defaultPriority() == null) {
            problems.add(CatalogueProblem.of("defaultPriority", "intake.catalogue.validation.choose"));
        }
        if (definition.routing() == null) {
            problems.add(CatalogueProblem.of("routing", "intake.catalogue.validation.choose"));
        }
        Duration target = definition.reviewTarget();
        if (target == null
                || target.toSeconds() % 3600 != 0
                || target.toHours() < 1
                || target.toHours() > MAX_REVIEW_HOURS) {
            problems.add(CatalogueProblem.of(
                    "reviewTargetHours", "intake.catalogue.validation.review-target", MAX_REVIEW_HOURS));
        }
        if (definition.defaultPriority() == Priority.THREAT_TO_LIFE && definition.onlineReportable()) {
            problems.add(CatalogueProblem.of("onlineReportable", "intake.catalogue.rule.life-not-online"));
        }
        if (definition.routing() == Routing.STATISTICS_ONLY
                && definition.defaultPriority() != null
                && definition.defaultPriority() != Priority.STATISTICS_ONLY) {
            problems.add(CatalogueProblem.of("defaultPriority", "intake.catalogue.rule.statistics-priority"));
        }
        if (definition.routing() == Routing.INTERNAL_AFFAIRS && !definition.anonymousAllowed()) {
            problems.add(CatalogueProblem.of("anonymousAllowed", "intake.catalogue.rule.complaints-anonymous"));
        }
        questions(problems, definition.questions());
        return problems;
    }

    private static void questions(List<CatalogueProblem> problems, List<IncidentQuestion> questions) {
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(CatalogueProblem.of(null, "intake.catalogue.rule.too-many-questions", MAX_QUESTIONS));
        }
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < questions.size(); index++) {
            IncidentQuestion question = questions.get(index);
            String path = "questions[" + index + "].";
            if (!question.code().matches(IncidentQuestion.CODE_PATTERN)) {
                problems.add(CatalogueProblem.of(path + "code", "intake.catalogue.validation.question-code"));
            } else if (!codes.add(question.code())) {
                problems.add(CatalogueProblem.of(
                        path + "code", "intake.catalogue.rule.question-code-taken", question.code()));
            }
            text(problems, path + "labelEn", question.labelEn(), IncidentQuestion.MAX_LABEL);
            text(problems, path + "labelEs", question.labelEs(), IncidentQuestion.MAX_LABEL);
            choices(problems, path + "choices", question);
        }
    }

    private static void choices(List<CatalogueProblem> problems, String field, IncidentQuestion question) {
        List<QuestionChoice> choices = question.choices();
        if (question.datatype() != QuestionDatatype.CHOICE) {
            if (!choices.isEmpty()) {
                problems.add(CatalogueProblem.of(field, "intake.catalogue.rule.choices-only-for-choice"));
            }
            return;
        }
        if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
            problems.add(CatalogueProblem.of(field, "intake.catalogue.rule.choice-count", MIN_CHOICES, MAX_CHOICES));
            return;
        }
        Set<String> values = new HashSet<>();
        for (int line = 1; line <= choices.size(); line++) {
            QuestionChoice choice = choices.get(line - 1);
            if (!choice.value().matches(QuestionChoice.VALUE_PATTERN)
                    || choice.value().length() > QuestionChoice.MAX_VALUE) {
                problems.add(CatalogueProblem.of(field, "intake.catalogue.validation.choice-value", line));
            } else if (!values.add(choice.value())) {
                problems.add(
                        CatalogueProblem.of(field, "intake.catalogue.rule.choice-value-taken", line, choice.value()));
            }
            if (blankOrLonger(choice.labelEn(), QuestionChoice.MAX_LABEL)
                    || blankOrLonger(choice.labelEs(), QuestionChoice.MAX_LABEL)) {
                problems.add(CatalogueProblem.of(
                        field, "intake.catalogue.validation.choice-label", line, QuestionChoice.MAX_LABEL));
            }
        }
    }

    private static void text(List<CatalogueProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(CatalogueProblem.of(field, "intake.catalogue.validation.required"));
        } else if (value.strip().length() > max) {
            problems.add(CatalogueProblem.of(field, "intake.catalogue.rule.too-long", max));
        }
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }

    IncidentTypeView view() {
        return new IncidentTypeView(
                new IncidentTypeCode(code),
                nameEn,
                nameEs,
                descriptionEn,
                descriptionEs,
                nibrsOffenseCode == null ? null : new NibrsOffenseCode(nibrsOffenseCode),
                onlineReportable,
                anonymousAllowed,
                Priority.ofLevel(defaultPriority),
                Duration.ofHours(reviewTargetHours),
                duplicateDistanceMetres == null
                        ? null
                        : DuplicateWindow.of(duplicateDistanceMetres, duplicateWindowHours),
                routing,
                active,
                questions.stream().map(Question::view).toList());
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    Integer version() {
        return version;
    }
}
