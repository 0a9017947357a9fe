package org.precinct.shared;

/**
 * A request that breaks a business rule (an account that is already locked, a unit that still has members).
 * Its message is a message key shown to the user; answered as 409 in the API.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;

    public RuleViolationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
