/**
 * Values, configuration and the web shell every other module uses: roles, navigation, problem details, the
 * public portal home and the staff console frame, and the embedded database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.precinct.shared;
