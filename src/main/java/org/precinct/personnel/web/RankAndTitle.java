package org.precinct.personnel.web;

import org.precinct.personnel.Rank;

/** A form that states a rank and a job title, which {@link CivilianJobTitle} checks together. */
interface RankAndTitle {

    Rank rank();

    String jobTitle();
}
