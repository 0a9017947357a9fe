package org.precinct.personnel;

import java.util.Optional;
import org.precinct.shared.RuleViolationException;

/**
 * A personnel rule refused a change. Besides the message key it carries the message's arguments (so people read
 * "this unit still has 3 active members") and, when one input caused it, the name of that field so that a form
 * can show the message next to it.
 */
public class PersonnelRuleViolation extends RuleViolationException {

    private final String field;
    private final transient Object[] arguments;

    public PersonnelRuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The input field the violation is about, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The arguments of the message; may contain message source resolvables. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
