package org.precinct.notifications;

/** An e-mail address that Precinct will not send to: malformed, with a display name, or too long. */
public class InvalidMailAddressException extends IllegalArgumentException {

    InvalidMailAddressException(String address, String reason) {
        super("Not a valid e-mail address (" + reason + "): '" + address + "'");
    }
}
