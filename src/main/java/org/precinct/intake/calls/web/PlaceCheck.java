package org.precinct.intake.calls.web;

/**
 * Where the call-taker placed the incident and whether the department covers it.
 *
 * @param address the address as chosen or typed
 * @param latitude the point, when known
 * @param longitude the point, when known
 * @param jurisdictionName the jurisdiction containing it, when inside one
 * @param beatCode the beat, when inside one
 */
record PlaceCheck(
        Status status, String address, Double latitude, Double longitude, String jurisdictionName, String beatCode) {

    enum Status {
        /** Nothing chosen or checked yet. */
        UNCHECKED,
        /** Inside one of the department's jurisdictions. */
        INSIDE,
        /** A real place, but another agency's. */
        OUTSIDE,
        /** No such address in the index. */
        NOT_FOUND
    }

    static PlaceCheck unchecked(String address) {
        return new PlaceCheck(Status.UNCHECKED, address, null, null, null, null);
    }
}
