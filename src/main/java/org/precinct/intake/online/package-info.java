/**
 * The resident's online side of non-emergency reporting: the guided report with its map, files kept while the report
 * is written, the places outside the department's area and who to call there, and what a reporter adds to a report
 * after filing it.
 */
package org.precinct.intake.online;
