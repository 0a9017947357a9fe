/**
 * Open311 GeoReport v2 at {@code /open311/v2}: the department's online-reportable incident types as services, service
 * requests filed by city systems and apps with an API key (after the same emergency check as every report), the
 * public listing of requests without anyone's personal data, and the administrators' page that issues and revokes
 * the keys.
 */
package org.precinct.intake.open311;
