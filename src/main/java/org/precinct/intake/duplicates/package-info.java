/** The likely-duplicate check and the accounts other people add to a report instead of filing a second one. */
package org.precinct.intake.duplicates;
