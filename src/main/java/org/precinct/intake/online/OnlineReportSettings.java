package org.precinct.intake.online;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the online report, under {@code precinct.online-report.*}.
 *
 * @param neighbouringAreas the areas around the department's, each with the agency to contact there; a place
 *     outside the department's jurisdictions names the first area that contains it, or else gives the general
 *     advice to contact the police of the city or county where it happened
 */
@ConfigurationProperties("precinct.online-report")
public record OnlineReportSettings(@DefaultValue List<NeighbouringArea> neighbouringAreas) {

    public OnlineReportSettings {
        neighbouringAreas = neighbouringAreas == null ? List.of() : List.copyOf(neighbouringAreas);
    }

    /** The first configured area containing the point. */
    public Optional<NeighbouringArea> areaAt(double latitude, double longitude) {
        return neighbouringAreas.stream()
                .filter(area -> area.contains(latitude, longitude))
                .findFirst();
    }

    /**
     * An area next to the department's and who polices it, for example
     * {@code {name: "Town and Country", agency: "Town and Country Police Department", phone: "(314) 587-2800",
     * south: 38.60, west: -90.50, north: 38.66, east: -90.45}}.
     *
     * @param name the area as residents know it
     * @param agency who to contact
     * @param phone their non-emergency number
     * @param south the area's southern edge, degrees north
     * @param west its western edge, degrees east
     * @param north its northern edge
     * @param east its eastern edge
     */
    public record NeighbouringArea(
            String name, String agency, String phone, double south, double west, double north, double east) {

        public NeighbouringArea {
            if (name == null || name.isBlank() || agency == null || agency.isBlank()) {
                throw new IllegalArgumentException("A neighbouring area needs a name and an agency");
            }
            if (!(south < north) || !(west < east) || Math.abs(south) > 90 || Math.abs(north) > 90) {
                throw new IllegalArgumentException("The area " + name + " needs south < north and west < east");
            }
            phone = phone == null || phone.isBlank() ? null : phone.strip();
        }

        boolean contains(double latitude, double longitude) {
            return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
        }
    }
}
