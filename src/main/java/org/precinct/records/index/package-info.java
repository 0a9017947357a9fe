/**
 * The master person, vehicle and property indexes: saving records with the duplicate check, merging them and
 * undoing merges, and each record's involvements in reports.
 */
package org.precinct.records.index;
