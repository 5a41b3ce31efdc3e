package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published October 3rd, 2020 at 13:01 IST | 2020-10-03",
        "31 January 2021                         | 2021-01-31",
        "Sept. 5, 2019                           | 2019-09-05",
        "5 Sept 2019                             | 2019-09-05",
        "Saturday, 3 October 2020 13:01          | 2020-10-03",
        "Sat 10 Oct 2020 04.51 BST               | 2020-10-10",
        "the 1st of March, 2022                  | 2022-03-01",
        "2021-01-31T09:00:00Z                    | 2021-01-31",
        "2021/1/31                               | 2021-01-31",
        "31.01.2021                              | 2021-01-31",
        "1/31/2021                               | 2021-01-31",
        "OCTOBER 3, 2020                         | 2020-10-03",
        "12.03.2023, 14:05 Uhr                   | 2023-03-12",
        "Veröffentlicht am 12. März 2023         | 2023-03-12",
        "14 de marzo de 2023                     | 2023-03-14",
        "1er mars 2023                           | 2023-03-01",
        "le 3 décembre 2021                      | 2021-12-03",
        "19-NOV-1985 14:05:31.20                 | 1985-11-19",
        "3-Oct-1995                              | 1995-10-03",
    })
    void parsesFullDates(String text, String expected) {
        assertThat(DateExpressions.first(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "03/04/2021",              // day/month order unknowable
        "February 30, 2021",       // no such day
        "October 17",              // no year
        "in 1988-94",
        "2 mins read",
        "May 2020",
        "12/03/2023",              // slashes: US and European order both in use
    })
    void refusesWhatItCannotKnow(String text) {
        assertThat(DateExpressions.first(text)).isNull();
    }

    @Test
    void cuesSplitPublishedFromUpdated() {
        List<DateExpressions.Found> f =
                DateExpressions.findAll("December 1, 2020 at 5:26 pm Updated: February 1st, 2021 at 1:52 pm News");
        assertThat(f).extracting(DateExpressions.Found::date)
                .containsExactly(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 2, 1));
        assertThat(f).extracting(DateExpressions.Found::cue)
                .containsExactly(DateExpressions.Cue.NONE, DateExpressions.Cue.UPDATED);
        assertThat(DateExpressions.findAll("Published 3 May 2021, last updated 4 May 2021"))
                .extracting(DateExpressions.Found::cue)
                .containsExactly(DateExpressions.Cue.PUBLISHED, DateExpressions.Cue.UPDATED);
    }

    @Test
    void tellsDatelinesFromProseMentioningADate() {
        assertThat(isDateline("Updated October 3rd, 2020 at 13:01 IST")).isTrue();
        assertThat(isDateline("December 1, 2020 at 5:26 pm Updated: February 1st, 2021 at 1:52 pm News")).isTrue();
        assertThat(isDateline("The deal was signed on November 10, 2020.")).isFalse();
        // Capitalised words ending in "t" are not time zones, words starting "sat"/"mon" are not weekdays.
        assertThat(isDateline("About the East and West: October 3, 2020")).isFalse();
        assertThat(isDateline("Satellite money monitors report: October 3, 2020")).isFalse();
        assertThat(isDateline("Sat 10 Oct 2020 04.51 BST")).isTrue();
        assertThat(isDateline("19-NOV-1985 14:05:31.20")).isTrue();              // wire archive filing stamp
        assertThat(isDateline("Armenia and Azerbaijan went to war over the region on September 27, 2020")).isFalse();
    }

    @Test
    void oldWireHeadersCarryTheFilingDate() {
        assertThat(DateExpressions.wireHeaderDate("AP-NR-04-09-98 1812EDT")).isEqualTo(LocalDate.of(1998, 4, 9));
        assertThat(DateExpressions.wireHeaderDate("BC-Tornado-Alabama 12-31-03 0945EST"))
                .isEqualTo(LocalDate.of(2003, 12, 31));
        assertThat(DateExpressions.wireHeaderDate("AP-NR-13-09-98 1812EDT")).isNull();     // no month 13
        assertThat(DateExpressions.wireHeaderDate("AP-NR-04-09-98")).isNull();             // no filing time
        assertThat(DateExpressions.wireHeaderDate("The AP-NR-04-09-98 1812EDT line")).isNull();
        assertThat(DateExpressions.wireHeaderDate("WASHINGTON (AP) _ 04-09-98 1812EDT")).isNull();
    }

    @Test
    void machineDates() {
        assertThat(DateExpressions.parseMachineDate("2020-10-03T13:01:00+05:30")).isEqualTo(LocalDate.of(2020, 10, 3));
        assertThat(DateExpressions.parseMachineDate("Sat, 03 Oct 2020 07:31:00 GMT")).isEqualTo(LocalDate.of(2020, 10, 3));
        assertThat(DateExpressions.parseMachineDate("20061012")).isEqualTo(LocalDate.of(2006, 10, 12));
        assertThat(DateExpressions.parseMachineDate("20061332")).isNull();
        assertThat(DateExpressions.parseMachineDate("2009/11/03 14:22:05")).isEqualTo(LocalDate.of(2009, 11, 3));
        assertThat(DateExpressions.parseMachineDate("yesterday")).isNull();
        assertThat(DateExpressions.parseMachineDate("2020-13-45")).isNull();
    }

    @Test
    void italianAndPortugueseMonthNames() {
        assertThat(DateExpressions.first("12 marzo 2024")).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(DateExpressions.first("3 luglio 2021")).isEqualTo(LocalDate.of(2021, 7, 3));
        assertThat(DateExpressions.first("14 de março de 2023")).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(DateExpressions.first("5 de outubro de 2022")).isEqualTo(LocalDate.of(2022, 10, 5));
        assertThat(DateExpressions.findAll("Atualizado em 14/03/2023 - 18:02").get(0).cue())
                .isEqualTo(DateExpressions.Cue.UPDATED);
        assertThat(DateExpressions.findAll("Aggiornato il 12 marzo 2024 alle 11:32").get(0).cue())
                .isEqualTo(DateExpressions.Cue.UPDATED);
    }

    @Test
    void ambiguousSlashDatesAreReadOnlyInTheOrderThePageShows() {
        assertThat(DateExpressions.findAll("06/02/2024 14:05 GMT")).isEmpty();
        assertThat(DateExpressions.findAll("06/02/2024 14:05 GMT", true).get(0).date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(DateExpressions.findAll("06/02/2024 14:05 GMT", false).get(0).date()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(DateExpressions.findAll("21/07/2022", false).get(0).date()).isEqualTo(LocalDate.of(2022, 7, 21));
        assertThat(DateExpressions.slashOrder("Posted 21/07/2022 16:30")).isTrue();
        assertThat(DateExpressions.slashOrder("Posted 07/21/2022 16:30")).isFalse();
        assertThat(DateExpressions.slashOrder("Posted 06/02/2024")).isNull();
        assertThat(DateExpressions.slashOrderFor("06/02/2024 14:05 GMT", 2, 6)).isTrue();
        assertThat(DateExpressions.slashOrderFor("06/02/2024 14:05 GMT", 6, 2)).isFalse();
        assertThat(DateExpressions.slashOrderFor("06/02/2024 14:05 GMT", 3, 6)).isNull();
    }

    private static boolean isDateline(String line) {
        return DateExpressions.isDateline(line, DateExpressions.findAll(line), 3);
    }
}
