package org.precinct.records;

/**
 * A scar, mark or tattoo, searchable by its words ("tattoo of a rose on the left forearm").
 *
 * @param kind SCAR, MARK or TATTOO
 * @param location where on the body, or {@code null}
 * @param description what it looks like, or what a tattoo says
 */
public record MasterPersonMark(String kind, String location, String description) {}
