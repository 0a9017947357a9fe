package org.precinct.intake.calls.web;

/**
 * A likely duplicate as the console lists it: what a resident would see, nothing more, so that the call-taker can
 * read it out to the caller.
 */
record DuplicateView(
        String trackingNumber, String typeName, boolean sameType, String place, String date, double score) {}
