/**
 * The non-emergency line: what call-takers do with each call (take a report, add to one, transfer to 911, answer an
 * inquiry), the log of calls with their outcomes, and the inquiry topics the department counts.
 */
package org.precinct.intake.calls;
