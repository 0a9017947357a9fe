package org.precinct.records.check;

/**
 * One reading of the name an officer typed: which word is the surname, which the given name.
 *
 * @param last the surname in search form (parts written together), never empty
 * @param first the given name in search form, possibly empty
 * @param middle the middle name or initial in search form, possibly empty
 * @param swapped whether this reading takes the words in the other order than they were typed ("Smith, John"
 *     read as given name Smith), a reading that scores a little lower
 */
record NameQuery(String last, String first, String middle, boolean swapped) {}
