package org.precinct.records.nibrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsAgeText;

/** Ages as NIBRS reports them: years, a range of years or words, and whether the person was a minor. */
class NibrsAgeTests {

    @Test
    void anAgeIsYearsARangeOrWords() {
        assertThat(NibrsAge.of(34).years()).isEqualTo(34);
        assertThat(NibrsAge.between(25, 30).isRange()).isTrue();
        assertThat(NibrsAge.of(NibrsAgeText.BABY).text()).isEqualTo(NibrsAgeText.BABY);

        assertThatThrownBy(() -> NibrsAge.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NibrsAge.of(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NibrsAge.between(30, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NibrsAge.between(30, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NibrsAge(30, null, NibrsAgeText.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NibrsAge(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NibrsAge(null, 30, NibrsAgeText.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyACertainMinorIsUnder18() {
        assertThat(NibrsAge.of(17).isCertainlyUnder18()).isTrue();
        assertThat(NibrsAge.between(14, 17).isCertainlyUnder18()).isTrue();
        assertThat(NibrsAge.of(NibrsAgeText.NEWBORN).isCertainlyUnder18()).isTrue();
        assertThat(NibrsAge.of(18).isCertainlyUnder18()).isFalse();
        assertThat(NibrsAge.between(16, 20).isCertainlyUnder18()).isFalse();
        assertThat(NibrsAge.between(16, 20).isCertainly18OrOlder()).isFalse();
        assertThat(NibrsAge.unknown().isCertainlyUnder18()).isFalse();
        assertThat(NibrsAge.of(18).isCertainly18OrOlder()).isTrue();
        assertThat(NibrsAge.unknown().youngestYears()).isNull();
        assertThat(NibrsAge.between(25, 30).youngestYears()).isEqualTo(25);
    }
}
