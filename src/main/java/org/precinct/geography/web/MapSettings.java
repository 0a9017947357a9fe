package org.precinct.geography.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How maps are drawn, under {@code precinct.map.*}.
 *
 * @param tileUrl the tile server's URL template ({z}, {x}, {y}, optionally {s}); empty draws the map without
 *     tiles (the beats on a plain background), for networks that cannot reach a tile server. The content security
 *     policy allows images from this URL's host.
 * @param attribution the credit the tile server asks for, shown in the map's corner
 * @param centreLatitude where the map opens when there are no beats yet
 * @param centreLongitude where the map opens when there are no beats yet
 * @param zoom the zoom it opens at then
 */
@ConfigurationProperties("precinct.map")
public record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tileUrl,

        @DefaultValue("\u00a9 OpenStreetMap contributors") String attribution,
        @DefaultValue("38.663") double centreLatitude,
        @DefaultValue("-90.577") double centreLongitude,
        @DefaultValue("12") int zoom) {}
