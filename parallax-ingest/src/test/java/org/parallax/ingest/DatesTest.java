package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void parsesIsoRfcAndEnglishDates() {
    assertThat(Dates.parse("2024-10-10")).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(Dates.parse("2024-10-10T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(Dates.parse("Thu, 10 Oct 2024 23:30:00 -0500")).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(Dates.parse("October 10, 2024")).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(Dates.parse("10 October 2024")).isEqualTo(LocalDate.of(2024, 10, 10));
  }

  @Test
  void parsesDatesWrittenInOtherLanguages() {
    assertThat(Dates.parse("Seg, 24 Set 2018 19:42:40 -0300")).isEqualTo(LocalDate.of(2018, 9, 24));
    assertThat(Dates.parse("3. März 2024")).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(Dates.parse("12 février 2023")).isEqualTo(LocalDate.of(2023, 2, 12));
    assertThat(Dates.parse("5 de mayo de 2022")).isEqualTo(LocalDate.of(2022, 5, 5));
    assertThat(Dates.parse("10 октября 2024")).isEqualTo(LocalDate.of(2024, 10, 10));
  }

  @Test
  void givesNullRatherThanGuessing() {
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("October 10")).isNull();
    assertThat(Dates.parse("10 Bogus 2024")).isNull();
    assertThat(Dates.parse("May 5, 0001")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
