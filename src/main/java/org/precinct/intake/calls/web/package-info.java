/** The call-taker console, the count of calls and the inquiry topics' page. */
package org.precinct.intake.calls.web;
