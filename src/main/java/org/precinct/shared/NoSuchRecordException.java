package org.precinct.shared;

/** A record asked for by id does not exist, or the caller may not know that it does; answered as 404. */
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String type, Object id) {
        super("No " + type + " " + id);
    }
}
