package org.precinct.records.nibrs;

import org.precinct.records.NibrsOri;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * NIBRS settings, under {@code precinct.nibrs.*}.
 *
 * @param ori the agency's FBI identifier written in its submissions, e.g. {@code MO0950100}; when it is not set
 *     Precinct starts, but refuses to produce a submission
 */
@ConfigurationProperties("precinct.nibrs")
public record NibrsSettings(String ori) {

    public NibrsSettings {
        ori = ori == null || ori.isBlank() ? null : ori.strip();
        if (ori != null && !NibrsOri.isValid(ori)) {
            // Refuse to start rather than send the FBI submissions under a malformed identifier.
            throw new IllegalArgumentException("precinct.nibrs.ori must be a nine-character ORI such as MO0950100");
        }
    }

    /** The configured ORI, or {@code null}. */
    public NibrsOri agencyOri() {
        return ori == null ? null : new NibrsOri(ori);
    }
}
