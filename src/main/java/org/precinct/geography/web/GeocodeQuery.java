package org.precinct.geography.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A typed address to look up.
 *
 * @param q the address as typed
 */
record GeocodeQuery(
        @NotBlank(message = "{geography.form.q.invalid}") @Size(max = 300, message = "{geography.form.q.invalid}")
        String q) {

    static GeocodeQuery empty() {
        return new GeocodeQuery("");
    }
}
