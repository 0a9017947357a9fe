package org.precinct.geography.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.precinct.geography.Geocoder;

/**
 * A point to look up.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 * @param radius how far to look for the nearest address, in metres; {@value Geocoder#DEFAULT_RADIUS_METRES} when
 *     absent
 */
record ReverseQuery(
        @NotNull(message = "{geography.form.lat.invalid}")
        @DecimalMin(value = "-90", message = "{geography.form.lat.invalid}")
        @DecimalMax(value = "90", message = "{geography.form.lat.invalid}")
        Double lat,

        @NotNull(message = "{geography.form.lon.invalid}")
        @DecimalMin(value = "-180", message = "{geography.form.lon.invalid}")
        @DecimalMax(value = "180", message = "{geography.form.lon.invalid}")
        Double lon,

        @Min(value = 1, message = "{geography.form.radius.invalid}")
        @Max(value = Geocoder.MAX_RADIUS_METRES, message = "{geography.form.radius.invalid}")
        Integer radius) {

    /** The form as first shown: no point yet, the default radius. */
    static ReverseQuery empty() {
        return new ReverseQuery(null, null, Geocoder.DEFAULT_RADIUS_METRES);
    }

    int radiusOrDefault() {
        return radius == null ? Geocoder.DEFAULT_RADIUS_METRES : radius;
    }
}
