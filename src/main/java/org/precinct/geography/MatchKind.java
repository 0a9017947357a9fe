package org.precinct.geography;

/** How a typed address was matched to a point. */
public enum MatchKind {
    /** The typed address, normalised, is an address of the index. */
    EXACT,
    /** An address of the index that resembles the typed one (misspelt street, missing suffix, ...). */
    FUZZY,
    /**
     * The house number is not in the index: the point is placed between the nearest numbers on the same street,
     * preferring the same side (even or odd).
     */
    INTERPOLATED
}
