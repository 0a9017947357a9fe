/**
 * Where things are: the jurisdictions the department polices (its city and contract cities), their patrol beats,
 * and the address index that turns typed addresses into points and points into addresses, beats and
 * jurisdictions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Geography",
        allowedDependencies = {"shared", "audit"})
package org.precinct.geography;
