package org.precinct.records.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VinCheckTests {

    @Test
    void aVinWithItsRightCheckDigitIsValid() {
        // The check digit of 1M8GDM9A_KP042788 is X (remainder 10); of 11111111_11111111 it is 1.
        assertThat(VinCheck.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        assertThat(VinCheck.check("1M8GDM9AXKP042788")).isEqualTo(VinCheck.Result.VALID);
        assertThat(VinCheck.check("11111111111111111")).isEqualTo(VinCheck.Result.VALID);
        assertThat(VinCheck.check("1hgcm82633a004352")).isEqualTo(VinCheck.Result.VALID);
        assertThat(VinCheck.check("1HG CM826-33A004352")).isEqualTo(VinCheck.Result.VALID);
    }

    @Test
    void oneMisreadCharacterBreaksTheCheckDigit() {
        assertThat(VinCheck.check("1HGCM82633A004353")).isEqualTo(VinCheck.Result.WRONG_CHECK_DIGIT);
        assertThat(VinCheck.check("1HGCM82633A004352".replace('C', 'D'))).isEqualTo(VinCheck.Result.WRONG_CHECK_DIGIT);
        assertThat(VinCheck.check("1M8GDM9A1KP042788")).isEqualTo(VinCheck.Result.WRONG_CHECK_DIGIT);
    }

    @Test
    void shortVinsAreNotStandardAndOddCharactersAreMalformed() {
        assertThat(VinCheck.check("WBA1234567")).isEqualTo(VinCheck.Result.NOT_STANDARD);
        assertThat(VinCheck.check("1HGCM82633A00435O")).isEqualTo(VinCheck.Result.MALFORMED);
        assertThat(VinCheck.check("1HGCM82633A0043521")).isEqualTo(VinCheck.Result.MALFORMED);
        assertThat(VinCheck.check("1HGCM8263#A004352")).isEqualTo(VinCheck.Result.MALFORMED);
        assertThat(VinCheck.check("")).isEqualTo(VinCheck.Result.MALFORMED);
        assertThat(VinCheck.check(null)).isEqualTo(VinCheck.Result.MALFORMED);
        assertThatThrownBy(() -> VinCheck.checkDigit("ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void platesAreLettersAndDigitsAndPartialPlatesBecomePatterns() {
        assertThat(PlateKey.of("abc-123")).contains("ABC123");
        assertThat(PlateKey.of(" AB C 12 ")).contains("ABC12");
        assertThat(PlateKey.of("AB@123")).isEmpty();
        assertThat(PlateKey.of("ABCDEFGHI")).isEmpty();
        assertThat(PlateKey.likePattern("ABC1?3")).contains("ABC1_3");
        assertThat(PlateKey.likePattern("?BC*")).contains("_BC%");
        assertThat(PlateKey.likePattern("ABC123")).isEmpty();
        assertThat(PlateKey.likePattern("??")).isEmpty();
        assertThat(PlateKey.knownPrefix("ABC1_3")).isEqualTo("ABC1");
        assertThat(PlateKey.knownPrefix("_BC%")).isEmpty();
    }
}
