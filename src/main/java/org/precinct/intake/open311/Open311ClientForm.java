package org.precinct.intake.open311;

/** The administrator's request for a new key: the client's name, such as the city's 311 app. */
record Open311ClientForm(String name) {

    static Open311ClientForm blank() {
        return new Open311ClientForm("");
    }
}
