package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DateTaggerTest {

    private static final DateTagger TAGGER = new DateTagger();
    private static final Path SEEDS = Path.of("..", "seeds");

    /**
     * input | publication date (empty = none) | expected mentions as {@code text=value} joined by ';' (empty = none).
     * Every row checks the exact list, in order, so a missing, extra, or differently bounded mention fails it.
     */
    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # --- absolute calendar dates
        The deal was signed on November 10, 2020.               | 2021-01-31 | November 10, 2020=2020-11-10
        Elections were held 31 January 2021 in the capital.     |            | 31 January 2021=2021-01-31
        Updated October 3rd, 2020 at 13:01 IST                  |            | October 3rd, 2020=2020-10-03
        Talks resumed on Nov. 10 in Moscow.                     | 2020-11-14 | Nov. 10=2020-11-10
        The school opens Sept 5.                                | 2020-08-20 | Sept 5=2020-09-05
        Schools reopened on Sept. 14 after the summer.          | 2020-09-20 | Sept. 14=2020-09-14;the summer=2020-SU
        It happened on Dec 25th.                                | 2020-12-30 | Dec 25th=2020-12-25
        On the 31st of January 2021 the law passed.             |            | 31st of January 2021=2021-01-31
        NOVEMBER 10, 2020                                       |            | NOVEMBER 10, 2020=2020-11-10
        The declaration of July 4, 1776 was read aloud.         |            | July 4, 1776=1776-07-04
        Recorded on 25/12/2020 at noon.                         |            | 25/12/2020=2020-12-25
        Recorded on 12/25/2020 at noon.                         |            | 12/25/2020=2020-12-25
        Recorded on 11/11/2020.                                 |            | 11/11/2020=2020-11-11
        Recorded on 10/11/2020 at noon.                         | 2020-12-01 |
        The report is dated 2020-11-10.                         |            | 2020-11-10=2020-11-10
        Timestamp 2020-11-10T08:15:00Z in the log.              |            | 2020-11-10=2020-11-10
        Filed as 2020/11/10 in the register.                    |            | 2020/11/10=2020-11-10
        The 2020-11 figures were revised.                       |            | 2020-11=2020-11
        On Saturday, November 14, 2020 the villagers left.      | 2021-01-31 | Saturday, November 14, 2020=2020-11-14
        Sat, Nov 14 2020 - page 2                               |            | Sat, Nov 14 2020=2020-11-14
        It rained on Tuesday 10 November.                       | 2020-11-12 | Tuesday 10 November=2020-11-10
        Dec. 31, 2020 through Jan. 1, 2021                      |            | Dec. 31, 2020=2020-12-31;Jan. 1, 2021=2021-01-01
        Born on Feb. 29, 2020 in Baku.                          |            | Feb. 29, 2020=2020-02-29
        # --- invalid calendar dates are not dates
        Nothing happened on 29 February 2021.                   |            |
        Nothing happened on February 30, 2020.                  |            |
        A ghost date November 31, 2020 appears.                 |            |
        # --- lists and day ranges
        Ceasefires (October 10, 17, 2020) collapsed.            |            | October 10=2020-10-10;17, 2020=2020-10-17
        Ceasefires on October 10 and 17, 2020 collapsed.        |            | October 10=2020-10-10;17, 2020=2020-10-17
        Ceasefires on 10 and 17 October 2020 collapsed.         |            | 10=2020-10-10;17 October 2020=2020-10-17
        Talks ran October 10-11, 2020 in Geneva.                |            | October 10-11, 2020=2020-10-10/2020-10-11
        Talks ran from October 10 to 17 in Geneva.              | 2020-12-01 | October 10 to 17=2020-10-10/2020-10-17
        On November 10, 20 people died.                         | 2020-12-01 | November 10=2020-11-10
        On October 10 and 17 people were hurt.                  | 2020-12-01 | October 10=2020-10-10
        # --- year ranges
        They went to war over the region in 1988-94, eventually. |           | 1988-94=1988/1994
        The 1988–1994 war ended in a truce.                     |            | 1988–1994=1988/1994
        The 1988 – 1994 war ended in a truce.                   |            | 1988 – 1994=1988/1994
        The economy grew between 2001 and 2003 as oil rose.     |            | between 2001 and 2003=2001/2003
        Fighting raged from 1988 to 1994 in the mountains.      |            | from 1988 to 1994=1988/1994
        The 2019-20 season was cut short.                       |            | 2019-20=2019/2020
        The 1914-18 war changed Europe.                         |            | 1914-18=1914/1918
        Results for the 1961-62 session and the 2010-11 season. |            | 1961-62=1961/1962;2010-11=2010/2011
        The 1990-2000 people count is not a range.              |            |
        # --- month and year level
        The agreement reached in November 2020 holds.           |            | in November 2020=2020-11
        In November 2020, the parliament approved it.           |            | In November 2020=2020-11
        The deal was done in November of 2020.                  |            | in November of 2020=2020-11
        Prices rose in early November 2020.                     |            | in early November 2020=2020-11
        Early November 2020 was cold.                           |            | Early November 2020=2020-11
        The plant closed in 2020.                               |            | in 2020=2020
        Relations have been tense since 1991, when troops came. |            | since 1991=1991
        The site was empty until 1994.                          |            | until 1994=1994
        Output fell during 2019 and 2020.                       |            | during 2019=2019;2020=2020
        Votes were held in 2001, 2003 and 2005.                 |            | in 2001=2001;2003=2003;2005=2005
        Emissions must halve by 2030.                           |            | by 2030=2030
        The plan runs to the end of 2020.                       |            | 2020=2020
        Rules set before 1990 and after 2000 are different.     |            | before 1990=1990;after 2000=2000
        Sales slowed in early 2020.                             |            | in early 2020=2020
        Sales slowed by mid-2020.                               |            | by mid-2020=2020
        Sales slowed in mid-November.                           | 2021-01-31 | in mid-November=2020-11
        The truce was agreed in November.                       | 2021-01-31 | in November=2020-11
        The vote is planned in June.                            | 2021-01-31 | in June=2021-06
        The vote was held in August.                            | 2021-01-31 | in August=2020-08
        The talks were held in November.                        |            | in November=XXXX-11
        He joined the university in September, 1960.            |            | in September, 1960=1960-09
        The deal expires in Jan. 2021 at the latest.            |            | in Jan. 2021=2021-01
        In March, 2000 people marched.                          | 1961-06-15 | In March=1961-03
        Prices fell in late 1959 and 1960.                      |            | in late 1959=1959;1960=1960
        The club led the league by May 1 last year.             | 1961-06-15 | May 1 last year=1960-05-01
        Troops arrived in the summer of 2020.                   |            | summer of 2020=2020-SU
        A new round opens in spring 2021.                       |            | in spring 2021=2021-SP
        # --- decades
        A devastating war in the 1990s.                         |            | the 1990s=199X
        The 1980s were calm.                                    |            | The 1980s=198X
        Seized in a 1990s war that left thousands dead.         |            | 1990s=199X
        Since the early 1990s the region has been contested.    |            | the early 1990s=199X
        Built in the mid-1990s.                                 |            | the mid-1990s=199X
        Inflation hit the '90s hard.                            |            | the '90s=199X
        Music of the 1990's is back.                            |            | the 1990's=199X
        Growth slowed in the 2010s.                             |            | the 2010s=201X
        # --- weekdays, relative to publication (2021-01-31 is a Sunday)
        During a phone call on Saturday, the Presidents agreed. | 2021-01-31 | on Saturday=2021-01-30
        The centre began operations on Saturday.               | 2020-11-14 | on Saturday=2020-11-14
        Six houses were on fire Saturday morning.               | 2020-11-15 | Saturday morning=2020-11-14
        On Friday, at least 10 houses were burned.              | 2020-11-14 | On Friday=2020-11-13
        The leaders will meet on Tuesday.                       | 2021-01-31 | on Tuesday=2021-02-02
        The talks will be held on Saturday.                     | 2021-01-31 | on Saturday=2021-02-06
        The talks have been held on Saturday.                   | 2021-01-31 | on Saturday=2021-01-30
        It was announced Azerbaijan would regain control on Sunday. | 2020-11-14 | on Sunday=2020-11-15
        Villagers set their houses on fire on Saturday before fleeing. | 2020-11-15 | on Saturday=2020-11-14
        Submit the papers by Friday.                            | 2021-01-31 | Friday=2021-02-05
        He said on Monday that he would resign.                 | 2021-01-01 | on Monday=2020-12-28
        Markets fell on Saturday.                               | 2020-03-01 | on Saturday=2020-02-29
        Markets fell on Friday.                                 | 2021-03-01 | on Friday=2021-02-26
        Markets fell on Sunday.                                 | 2020-03-01 | on Sunday=2020-03-01
        The vote is next Tuesday.                               | 2020-12-31 | next Tuesday=2021-01-05
        The vote was last Tuesday.                              | 2020-12-31 | last Tuesday=2020-12-29
        The vote is this Friday.                                | 2020-12-30 | this Friday=2021-01-01
        The vote was this past Saturday.                        | 2020-11-18 | this past Saturday=2020-11-14
        Troops withdrew late Saturday.                          | 2020-11-18 | late Saturday=2020-11-14
        Iran's radio also reported Sunday on a drill.           | 2020-10-26 | Sunday=2020-10-25
        Friday's attack killed two.                             | 2020-10-26 | Friday=2020-10-23
        The talks ended on Saturday.                            |            | on Saturday=XXXX-WXX-6
        # --- other expressions relative to publication
        We met yesterday and will meet again tomorrow.          | 2021-01-01 | yesterday=2020-12-31;tomorrow=2021-01-02
        The ministry spoke yesterday.                           | 2020-03-01 | yesterday=2020-02-29
        The ministry spoke yesterday.                           | 2021-03-01 | yesterday=2021-02-28
        Tomorrow the border reopens.                            | 2020-12-31 | Tomorrow=2021-01-01
        Everybody will burn their house today.                  | 2020-11-14 | today=2020-11-14
        The decision was taken yesterday afternoon.             | 2020-11-14 | yesterday afternoon=2020-11-13
        The day before yesterday was quiet.                     | 2021-01-01 | The day before yesterday=2020-12-30
        Shelling resumed last night.                            | 2021-01-01 | last night=2020-12-31
        He spoke this morning.                                  | 2021-01-01 | this morning=2021-01-01
        Inflation rose last month.                              | 2021-01-15 | last month=2020-12
        Inflation rose last year.                               | 2021-01-15 | last year=2020
        The vote is next month.                                 | 2020-12-15 | next month=2021-01
        Growth will resume next year.                           | 2021-01-03 | next year=2022
        Residents began a mass exodus this week.                | 2020-11-14 | this week=2020-W46
        Earlier this week, the minister spoke.                  | 2021-01-01 | Earlier this week=2020-W53
        Fighting resumed last week.                             | 2021-01-04 | last week=2020-W53
        A vote is due this weekend.                             | 2020-11-14 | this weekend=2020-W46-WE
        Later this month a vote follows.                        | 2020-12-01 | Later this month=2020-12
        Earlier this year prices fell.                          | 2021-01-31 | Earlier this year=2021
        Prices fell last November.                              | 2021-01-10 | last November=2020-11
        Prices fell last November.                              | 2020-11-20 | last November=2019-11
        Prices will rise next March.                            | 2020-12-01 | next March=2021-03
        The war began two years ago.                            | 2020-03-31 | two years ago=2018
        The war began three days ago.                           | 2020-03-01 | three days ago=2020-02-27
        The war began 3 days ago.                               | 2021-01-02 | 3 days ago=2020-12-30
        The war began six months ago.                           | 2020-03-31 | six months ago=2019-09
        The war began a week ago.                               | 2020-03-31 | a week ago=2020-W13
        Yesterday was calm.                                     |            |
        # --- month-day without a year: year from publication, tense, or other dates in the text
        Aghdam must be returned by November 20.                 | 2020-11-14 | November 20=2020-11-20
        Lachin must be returned by December 1.                  | 2020-11-14 | December 1=2020-12-01
        Aghdam was handed over on November 20.                  | 2021-01-31 | November 20=2020-11-20
        The drill took place on August 5.                       | 2021-01-31 | August 5=2020-08-05
        The summit on June 15 is being prepared.                | 2021-01-31 | June 15=2021-06-15
        The law takes effect on January 15.                     | 2020-12-20 | January 15=2021-01-15
        Fighting erupted on March 5.                            | 2020-10-03 | March 5=2020-03-05
        The vote is expected to be held on March 5.             | 2020-10-03 | March 5=2021-03-05
        The election will be held on October 5.                 | 2021-01-31 | October 5=2021-10-05
        Protests on February 29 drew crowds.                    | 2021-01-15 | February 29=2020-02-29
        Fighting resumed on October 17.                         |            | October 17=XXXX-10-17
        The war began on September 27, 2020. On November 10 a truce was signed. | | September 27, 2020=2020-09-27;November 10=2020-11-10
        On December 28 talks began and on January 3, 2021 they ended. | | December 28=2020-12-28;January 3, 2021=2021-01-03
        # --- counting from another date in the text
        Agdam was transferred on November 20, followed by Kalbacar five days later. | 2020-12-01 | November 20=2020-11-20;five days later=2020-11-25
        Lachin by December 1 … and Kalbajar five days later.    | 2020-11-14 | December 1=2020-12-01;five days later=2020-12-06
        The truce began on December 30, 2020 and collapsed a week later. | | December 30, 2020=2020-12-30;a week later=2021-01-06
        The war ended on November 10, 2020. The next day, troops withdrew. | | November 10, 2020=2020-11-10;The next day=2020-11-11
        The treaty of 1994 was followed two years later by talks. |          | 1994=1994;two years later=1996
        Kalbacar was handed over five days later.               | 2020-12-01 |
        Signed in 1994, it collapsed five days later.           | 2020-12-01 | in 1994=1994
        Sales rose in March 1960 and fell a year earlier.       |            | in March 1960=1960-03;a year earlier=1959
        In 1960 sales fell from the previous year.              |            | In 1960=1960;the previous year=1959
        # --- durations and numbers that are not dates
        Armenia and Azerbaijan ended a 44-day conflict.         | 2020-11-14 |
        A peace deal ended six weeks of fierce fighting.        | 2020-12-01 |
        The region was occupied for nearly three decades.       | 2020-12-01 |
        Troops will be deployed for one year.                   | 2021-01-31 |
        Territories were occupied for almost 30 years.          | 2020-10-26 |
        He held a third phone call in six days.                 | 2020-10-03 |
        A mission of nearly 2,000 troops arrived.               | 2020-11-14 |
        A war that left 30,000 people dead.                     | 2020-11-14 |
        Radio Iran 3301 Barham Blvd Suite #300 Los Angeles, CA 90068 | 2020-12-01 |
        KLOS-HD3 © 2025 Powered by OneCMS                       | 2020-12-01 |
        In 2000 troops were sent to the border.                 | 2020-12-01 |
        A total of 2000 people voted.                           | 2020-12-01 |
        The COVID-19 pandemic hit in waves.                     | 2020-12-01 |
        Published at 13:01 IST.                                 | 2020-12-01 |
        The 2020 election was close.                            | 2020-12-01 | 2020=2020
        Biden won 2020's election.                              | 2020-12-01 |
        Some 15 to 20 percent of lost territory was regained.   | 2020-12-01 |
        Ticket prices hit $2020 per seat.                       | 2020-12-01 |
        Version 2.2020 was released.                            | 2020-12-01 |
        Founded in 1850 the firm grew.                          | 2020-12-01 | in 1850=1850
        Doctors saw it in 1850 cases last year.                 | 2020-12-01 | last year=2019
        Plans for 2150 are vague.                               | 2020-12-01 |
        A 5-kilometer wide area connects them.                  | 2020-12-01 |
        Decades-old stand-off continues.                        | 2020-12-01 |
        Deaths in the last week rose.                           | 2020-12-01 |
        Over the next year prices will rise.                    | 2020-12-01 |
        It was a last-minute deal.                              | 2020-12-01 |
        He left a few days ago.                                 | 2020-12-01 |
        Read 2 mins of news.                                    | 2020-12-01 |
        # --- fixes from the end-to-end dev set (benchmarks devset-dates)
        # recurring weekday spans are schedules, not dates
        The line is open Monday-Friday for seniors.             | 2021-04-09 |
        Libraries open Monday through Sunday again.             | 2022-06-15 |
        Staffed Monday to Friday by agents.                     | 2022-06-15 |
        He spoke on Monday to reporters.                        | 2022-06-15 | on Monday=2022-06-13
        # a weekday listed after a future one shares its tense
        Bush is due to meet Blair in Northern Ireland on Monday and Tuesday. | 2003-04-09 | on Monday=2003-04-14;Tuesday=2003-04-15
        Rain is forecast for tomorrow and Sunday.               | 2021-04-09 | tomorrow=2021-04-10;Sunday=2021-04-11
        Talks ended on Monday and Tuesday.                      | 2003-04-09 | on Monday=2003-04-07;Tuesday=2003-04-08
        # future markers after the weekday, and schedule verbs right before it
        Sunday and Monday are expected to be the busiest days.  | 2019-12-20 | Sunday=2019-12-22;Monday=2019-12-23
        The conference tournament opens Thursday in Kansas City. | 2012-03-05 | Thursday=2012-03-08
        The semifinals are Saturday.                            | 2012-03-05 | Saturday=2012-03-10
        The tournament opened Thursday in Kansas City.          | 2012-03-05 | Thursday=2012-03-01
        Officials said Sunday that it will rain.                | 2019-12-20 | Sunday=2019-12-15
        # the clause-tense window reaches a dozen words back
        The town council will hear a proposal to speed up the work at its meeting on Tuesday. | 2021-04-09 | on Tuesday=2021-04-13
        # "by" is a deadline only when the clause is not past; "1.8" is not a sentence end
        Poland alone had taken in 1.8 million refugees by March 15. | 2022-03-16 | March 15=2022-03-15
        Parties must file their lists by Oct. 22.               | 1995-10-03 | Oct. 22=1995-10-22
        # fixed and computed holidays
        Crowds are expected on Christmas Eve.                   | 2019-12-20 | Christmas Eve=2019-12-24
        Snow is forecast for Christmas Day.                     | 2019-12-20 | Christmas Day=2019-12-25
        There are six fewer days between Thanksgiving and Christmas than last year. | 2019-12-20 | Thanksgiving=2019-11-28;Christmas=2019-12-25;last year=2018
        Black Friday sales rose 14 percent.                     | 2019-12-20 | Black Friday=2019-11-29
        Traffic will peak on New Year's Eve.                    | 2019-12-20 | New Year's Eve=2019-12-31
        Stores reopen on New Year's Day.                        | 2019-12-20 | New Year's Day=2020-01-01
        Thanksgiving Day parade crowds thinned.                 | 2018-12-01 | Thanksgiving Day=2018-11-22
        Kids went out on Halloween.                             | 2020-11-03 | Halloween=2020-10-31
        They bought a Christmas tree.                           | 2019-12-20 |
        The Thanksgiving dinner was late.                       | 2019-12-20 |
        A New Year resolution and the New York office.          | 2019-12-20 |
        Black holes and Black Sea ports.                        | 2019-12-20 |
        Crowds gathered at Christmas.                           |            | Christmas=XXXX-12-25
        # a year used as a modifier after "the" or "a"
        Receipts fell during the 2008 recession.                | 2022-06-15 | 2008=2008
        After the 1991 Gulf War the border closed.              | 2003-04-09 | 1991=1991
        Forces left under a 1954 agreement.                     | 2006-07-26 | 1954=1954
        The 2000 troops went home.                              | 2006-07-26 |
        The 1990 or so protesters left.                         | 2006-07-26 |
        # no publication date: the latest full date in the text (not the nearest) gives year-less dates a year
        The NLD won the November 2020 vote. The coup came on February 1, 2021. A hearing was set for March 24. |  | November 2020=2020-11;February 1, 2021=2021-02-01;March 24=2021-03-24
        Clashes on March 3 followed the coup of February 1, 2021. |          | March 3=2021-03-03;February 1, 2021=2021-02-01
        With no reference at all, it happened on March 3.       |            | March 3=XXXX-03-03
        # --- names that look like dates
        Sales rose on Good Friday and Black Friday.             | 2020-12-01 | Good Friday=2020-04-10;Black Friday=2020-11-27
        Shops close every Sunday.                               | 2020-12-01 |
        The state will examine its Sunday sales law.            | 2020-12-01 |
        There are two more Sunday afternoons left.              | 2020-12-01 |
        Three hundred Sunday-school scholars came.              | 2020-12-01 |
        It opened on Friday and closed the following Monday.    | 1961-06-15 | on Friday=1961-06-09
        The Sunday Times reported it.                           | 2020-12-01 |
        USA Today reported it.                                  | 2020-12-01 |
        She gave a speech by May to the party.                  | 2020-12-01 |
        It may be late. They march 5 miles.                     | 2020-12-01 |
        Guests stayed at Mar-a-Lago.                            | 2020-12-01 |
        Today: 21 June 2025                                     | 2021-01-31 | 21 June 2025=2025-06-21
        # --- seasons without a written year: this/last/next, and "the summer" by tense
        This spring the theater reopened.                       | 2015-04-22 | This spring=2015-SP
        Last winter was kinder.                                 | 2015-04-22 | Last winter=2014-WI
        Next fall he hopes to add a screen.                     | 2015-04-22 | Next fall=2015-FA
        A fund will open next fall.                             | 2018-01-09 | next fall=2018-FA
        The review is due next spring.                          | 2022-06-15 | next spring=2023-SP
        Enrollment this fall is expected to rise.               | 2016-08-17 | this fall=2016-FA
        Crowds were thin last summer.                           | 2019-07-10 | last summer=2018-SU
        People were told in the summer that nothing would change. | 2019-03-05 | the summer=2018-SU
        The district had known about it since the spring and waited. | 2016-08-17 | the spring=2016-SP
        Work will resume in the spring.                         | 2021-10-28 | the spring=2022-SP
        They cleared the snow this winter.                      | 2018-01-20 | this winter=2017-WI
        Shops stayed open through the winter.                   | 2021-10-28 | the winter=2020-WI
        He wrote about the fall of Rome.                        | 2021-10-28 |
        Prices recovered after the fall in demand.              | 2021-10-28 |
        The summer camp opens soon.                             | 2021-10-28 |
        The Spring Festival began.                              | 2021-10-28 |
        # --- weekends
        A deal may come over the weekend.                       | 2023-06-08 | the weekend=2023-W23-WE
        Rain fell over the weekend.                             | 2023-06-05 | the weekend=2023-W22-WE
        Talks continued over the weekend.                       | 2023-06-10 | the weekend=2023-W23-WE
        Shops will open the weekend of June 10.                 | 2023-06-01 | June 10=2023-06-10
        # --- quarters, halves, fiscal years
        Revenue rose in the third quarter.                      | 2021-10-28 | the third quarter=2021-Q3
        Third-quarter sales beat forecasts.                     | 2021-10-28 | Third-quarter=2021-Q3
        The company will report fourth-quarter results.         | 2020-02-01 | fourth-quarter=2019-Q4
        Output should recover by the first quarter of 2022.     | 2021-10-28 | the first quarter of 2022=2022-Q1
        Profit fell from the second quarter, the bank said.     | 2021-10-28 | the second quarter=2021-Q2
        GDP will grow in the first quarter, economists said.    | 2021-11-15 | the first quarter=2022-Q1
        It bought back $400 million of stock in Q3.             | 2021-10-28 | Q3=2021-Q3
        Shipments rose in Q1 2020.                              | 2021-10-28 | Q1 2020=2020-Q1
        Q3: what changed?                                       | 2021-10-28 |
        He scored 12 points in the fourth quarter.              | 2021-10-28 |
        The Hawks led by nine in the third quarter of the game. | 2021-10-28 |
        Profits fell last quarter.                              | 2021-10-28 | last quarter=2021-Q3
        Shortages should ease in the second half of next year.  | 2021-10-28 | the second half of next year=2022-H2
        Sales rose in the first half of 2019.                   | 2021-10-28 | the first half of 2019=2019-H1
        They trailed in the second half and lost.               | 2021-10-28 |
        It expects fiscal 2021 revenue of $10 billion.          | 2021-10-28 | fiscal 2021=FY2021
        The plan covers fiscal year 2024.                       | 2021-10-28 | fiscal year 2024=FY2024
        # --- weeks of a month, parts of the current month or year, the Fourth of July
        Flooding closed the school for the third week of September 2008. | 2016-08-17 | the third week of September 2008=2008-W38
        Calendars arrive by the end of the month.               | 2019-03-05 | the end of the month=2019-03
        Prices peaked at the start of the month.                | 2022-03-16 | the start of the month=2022-03
        Rates will rise before the end of this year.            | 2022-03-16 | the end of this year=2022
        He plans a screening on the Fourth of July.             | 2015-04-22 | Fourth of July=2015-07-04
        # --- weekday with a day of the month, British style
        Cabinet will discuss it on Tuesday 19th.                | 2019-03-05 | on Tuesday 19th=2019-03-19
        The first meeting was on Saturday the 2nd.              | 2019-03-05 | on Saturday the 2nd=2019-03-02
        The petition closed on Tuesday 26th.                    | 2019-03-05 | on Tuesday 26th=2019-02-26
        # --- year ranges with a slash, years after possessives
        It faced a gap in its 2019/20 budget.                   | 2019-03-05 | 2019/20=2019/2020
        Talks on the 1985/86 season ended.                      | 1985-11-19 | 1985/86=1985/1986
        The score was 24/7 and 2019/23 stayed a code.           | 2019-03-05 |
        Her 1977 report warned of subsidence.                   | 2018-01-09 | 1977=1977
        Ridership reached 82% of its 2019 level.                | 2023-06-08 | 2019=2019
        # --- anniversaries, "the following week", the year of a told story
        Fifty years ago today, the canal was seized.            | 2006-07-26 | Fifty years ago today=1956-07-26
        He was indicted on Oct. 3 last year and resigned the following week. | 2017-11-20 | Oct. 3 last year=2016-10-03;the following week=2016-W41
        The winter of 2009 was hard. A storm hit in February and it reopened in July. | 2015-04-22 | winter of 2009=2009-WI;in February=2009-02;in July=2009-07
        On 26 July 1956 Nasser spoke. Israel invaded on 29 October. | 2006-07-26 | 26 July 1956=1956-07-26;29 October=1956-10-29
        Talks failed in November 2020. Troops left on March 24. | 2021-04-30 | in November 2020=2020-11;March 24=2021-03-24
        The war began in 2014. Forces retook it in June of that year. | 2022-03-16 | in 2014=2014;in June of that year=2014-06
        The vote was held on December 12, 1993. Fresh polls will come in July. | 1995-10-03 | December 12, 1993=1993-12-12;in July=1996-07
        # --- held-out batch 3: a second weekday after a span word follows the first
        Services will be cut between Monday and Wednesday.     | 2022-06-15 | Monday=2022-06-20;Wednesday=2022-06-22
        Snow will fall overnight Tuesday into Wednesday.        | 2021-02-15 | Tuesday=2021-02-16;Wednesday=2021-02-17
        Rain fell on Friday and Saturday.                       | 2021-02-15 | on Friday=2021-02-12;Saturday=2021-02-13
        The fair ran on Sunday and Monday.                      | 2021-02-16 | on Sunday=2021-02-14;Monday=2021-02-15
        Talks were held on Thursday and Tuesday.                | 2021-02-17 | on Thursday=2021-02-11;Tuesday=2021-02-16
        They will meet on Friday or Monday.                     | 2021-02-17 | on Friday=2021-02-19;Monday=2021-02-22
        # a weekday ending a span ("through", "until", "into") lies ahead unless the clause is past
        Tickets can be refunded through Friday.                 | 2022-06-15 | Friday=2022-06-17
        The service extended the warning through noon Thursday. | 2021-02-15 | Thursday=2021-02-18
        Outages could last into Tuesday.                        | 2021-02-15 | Tuesday=2021-02-16
        The festival ran through Sunday.                        | 2021-02-15 | Sunday=2021-02-14
        The offices will be closed until Monday.                | 2021-02-17 | Monday=2021-02-22
        # modals look ahead, except "could not" and "may have"
        The vote might come on Thursday.                        | 2021-02-15 | on Thursday=2021-02-18
        Prices may rise on Friday.                              | 2021-02-15 | on Friday=2021-02-19
        He could not be reached for comment on Friday.          | 2021-02-15 | on Friday=2021-02-12
        She may have left on Saturday.                          | 2021-02-15 | on Saturday=2021-02-13
        # a participle after a linking verb is an adjective; the "will" before it decides
        Schools will stay closed through Wednesday.             | 2021-02-15 | Wednesday=2021-02-17
        The road will remain blocked on Friday.                 | 2021-02-15 | on Friday=2021-02-19
        The road remained blocked on Friday.                    | 2021-02-15 | on Friday=2021-02-12
        # numeric dates: the page's unambiguous ones decide the order of the ambiguous ones
        Pay before 31/03/2019; the old deadline was 10/03/2019. | 2019-03-14 | 31/03/2019=2019-03-31;10/03/2019=2019-03-10
        The 04/03/2019 meeting came after 14/02/2019.           | 2019-03-14 | 04/03/2019=2019-03-04;14/02/2019=2019-02-14
        Filed 12/25/2020 and amended 10/11/2020.                | 2020-12-30 | 12/25/2020=2020-12-25;10/11/2020=2020-10-11
        Filed 10/11/2020 alone.                                 | 2020-12-30 |
        Mixed 25/12/2020 and 12/25/2020 leave 10/11/2020 alone. | 2020-12-30 | 25/12/2020=2020-12-25;12/25/2020=2020-12-25
        # fiscal quarters and halves are typed apart from calendar ones
        Results for Q2 FY24 beat forecasts.                     | 2023-11-08 | Q2 FY24=FY2024-Q2
        Revenue rose from Q2 FY2023 levels.                     | 2023-11-08 | Q2 FY2023=FY2023-Q2
        Sales in Q3 fiscal 2024 are due.                        | 2023-11-08 | Q3 fiscal 2024=FY2024-Q3
        It beat the second quarter of fiscal year 2024 goal.    | 2023-11-08 | the second quarter of fiscal year 2024=FY2024-Q2
        Bookings in the first half of fiscal 2024 rose.         | 2023-11-08 | the first half of fiscal 2024=FY2024-H1
        Guidance for the third quarter of FY24 was raised.      | 2023-11-08 | the third quarter of FY24=FY2024-Q3
        The outlook for FY2025 is strong.                       | 2023-11-08 | FY2025=FY2025
        The buyback ends in the first half of 2024.             | 2023-11-08 | the first half of 2024=2024-H1
        Revenue rose in Q2 2023.                                | 2023-11-08 | Q2 2023=2023-Q2
        The FYI page and FY-end notes.                          | 2023-11-08 |
        # a dateline opening an undated text dates it
        AUSTIN, Texas, Nov. 8, 2023 /PRNewswire/ -- Acme today said a replay runs until November 22. |  | Nov. 8, 2023=2023-11-08;today=2023-11-08;November 22=2023-11-22
        LONDON, 3 March 2019 (Reuters) - Shares fell on Friday. |  | 3 March 2019=2019-03-03;on Friday=2019-03-01
        He wrote on 3 March 2019 (a Sunday) about Friday.       |  | 3 March 2019=2019-03-03;Friday=XXXX-WXX-5
        SAN JUAN, Puerto Rico, May 2, 2021 — Crews left on Friday. |  | May 2, 2021=2021-05-02;on Friday=2021-04-30
        # centuries in the decade style; "the 1800s" is a century, "the 2000s" a decade
        Maps from the 19th century were used.                   | 2018-09-27 | the 19th century=18XX
        It slowed in the early 20th century.                    | 2018-09-27 | the early 20th century=19XX
        Ice has shrunk since the mid-1800s.                     | 2018-09-27 | the mid-1800s=18XX
        Cities grew in the 1900s.                               | 2018-09-27 | the 1900s=19XX
        Phones spread in the 2000s.                             | 2018-09-27 | the 2000s=200X
        The last century was one of retreat.                    | 2018-09-27 | The last century=19XX
        Nothing like it in the past century.                    | 2018-09-27 | the past century=19XX
        A 19th-century house and a 21st birthday.               | 2018-09-27 |
        # the apostrophe decade needs no "the"; older and later years after a preposition
        Photos from the 1960s and '70s survive.                 | 2018-09-27 | the 1960s=196X;'70s=197X
        Rock 'n' roll in '85 was loud.                          | 2018-09-27 |
        Glaciers reached the fields in 1850.                    | 2018-09-27 | in 1850=1850
        Most will be gone by 2100.                              | 2018-09-27 | by 2100=2100
        The raid began at 1400 GMT.                             | 2018-09-27 |
        Curfew lasts until 1900 hours.                          | 2018-09-27 |
        The castle was built in 1066.                           | 2018-09-27 | in 1066=1066
        # --- tense: moved dates and adjectives
        The judge postponed the trial until Jan. 8.             | 2017-11-20 | Jan. 8=2018-01-08
        The Duma confirmed December 17 as the election date.    | 1995-10-03 | December 17=1995-12-17
        He asked for a trial date in March.                     | 2017-11-20 | in March=2018-03
        The board will make up the lost days on Nov. 23.        | 2016-08-17 | Nov. 23=2016-11-23
        A strike follows unless a deal is reached over the weekend. | 2023-06-08 | the weekend=2023-W23-WE
        # --- ranges of calendar dates: one mention START/END; weekdays, holidays and lists stay apart
        Rain is likely between October and December.            | 2022-11-02 | between October and December=2022-10/2022-12
        Prices rose from January 2018 to June 2019.             | 2020-05-01 | from January 2018 to June 2019=2018-01/2019-06
        The fair runs from May 3 to 7.                          | 2020-04-20 | May 3 to 7=2020-05-03/2020-05-07
        Sales fell between 2019 and 2021.                       | 2022-01-10 | between 2019 and 2021=2019/2021
        The festival runs March 3-7 this year.                  | 2021-02-01 | March 3-7 this year=2021-03-03/2021-03-07
        The festival ran March 3-7.                             | 2021-05-01 | March 3-7=2021-03-03/2021-03-07
        He scored 30 goals in the 2019-20 season.               | 2021-02-01 | 2019-20=2019/2020
        It was hot from 18 to 19 July.                          | 2022-09-01 | 18 to 19 July=2022-07-18/2022-07-19
        A heatwave between 10 and 15 August hit crops.          | 2022-09-01 | 10 and 15 August=2022-08-10/2022-08-15
        Rainfall from January to July was low.                  | 2022-09-01 | from January to July=2022-01/2022-07
        The lamp was dark from late June to early August 2018.  | 2022-09-01 | from late June to early August 2018=2018-06/2018-08
        Work ran between May and September 2015.                | 2022-09-01 | between May and September 2015=2015-05/2015-09
        The Lords sits from December to February.               | 2024-11-20 | from December to February=2024-12/2025-02
        The season runs from April to October.                  | 2024-03-27 | from April to October=2024-04/2024-10
        Rain fell from January to July.                         | 2024-03-27 | from January to July=2023-01/2023-07
        The 1998 Good Friday Agreement ended the conflict.      | 2024-03-27 | 1998=1998
        They flew to Christmas Island on Friday.                | 2024-03-27 | on Friday=2024-03-22
        Talks went on from 28 December to 3 January.            | 2024-01-05 | 28 December to 3 January=2023-12-28/2024-01-03
        Crowds are expected between Friday and Jan. 2.          | 2019-12-20 | Friday=2019-12-20;Jan. 2=2020-01-02
        Trains are full on Dec. 26 and 27.                      | 2019-12-20 | Dec. 26=2019-12-26;27=2019-12-27
        It rained in March and April.                           | 2022-09-01 | in March=2022-03;April=2022-04
        A speech by May and a vote in June.                     | 2019-03-01 | in June=2019-06
        # --- holidays and named days: year from the publication date and tense
        Crowds are expected on Boxing Day.                      | 2023-11-12 | Boxing Day=2023-12-26
        Easter falls early this year.                           | 2024-03-10 | Easter=2024-03-31;this year=2024
        Lines close from Good Friday until Easter Monday.        | 2024-03-27 | Good Friday=2024-03-29;Easter Monday=2024-04-01
        Bookings rose since Ash Wednesday.                      | 2024-03-27 | Ash Wednesday=2024-02-14
        Fans packed the ground at Easter 2019.                  | 2024-03-27 | Easter 2019=2019-04-21
        The busy Easter weekend starts soon.                    | 2024-03-27 | Easter weekend=2024-W13-WE
        Easter in 2025 falls on April 20.                       | 2025-01-14 | Easter=2025-04-20;in 2025=2025;April 20=2025-04-20
        Flights peak between Memorial Day and Labor Day.        | 2024-03-27 | Memorial Day=2024-05-27;Labor Day=2024-09-02
        Fireworks are planned for Independence Day.             | 2024-06-01 | Independence Day=2024-07-04
        India's Independence Day parade was held.               | 2024-06-01 |
        Crowds gathered on Anzac Day and Bastille Day.          | 2024-08-01 | Anzac Day=2024-04-25;Bastille Day=2024-07-14
        Sales peaked on Valentine's Day.                        | 2024-03-01 | Valentine's Day=2024-02-14
        Veterans Day ceremonies were held.                      | 2024-11-12 | Veterans Day=2024-11-11
        He tells the story every Christmas Day.                 | 2021-06-06 |
        The Easter Island statues and Easter eggs.              | 2024-03-27 |
        Labour Day marches and the Independence Day film.       | 2024-03-27 | Independence Day=2024-07-04
        # --- weekdays in names: a club named by a weekday, shown first, then its other uses
        Rovers beat Sheffield Wednesday 2-1 on Sunday.          | 2023-11-12 | on Sunday=2023-11-12
        Rovers beat Sheffield Wednesday. Wednesday, who have not won, sank. | 2023-11-12 |
        Leeds 2 Sheffield Wednesday 1. They lost against Wednesday. | 2023-11-12 |
        City 0 Sheffield Wednesday 0. Wednesday's manager spoke on Monday. | 2023-11-12 | on Monday=2023-11-06
        Sheffield Wednesday lost, the Senate Wednesday voted.   | 2023-11-12 | Wednesday=2023-11-08;Wednesday=2023-11-08
        The Senate Wednesday voted to adjourn.                  | 2023-11-12 | Wednesday=2023-11-08
        Wednesday's vote was close.                             | 2023-11-12 | Wednesday=2023-11-08
        # --- future weekdays from fixtures and schedules
        They travel to Millwall on Tuesday.                     | 2023-11-12 | on Tuesday=2023-11-14
        Rovers host Stoke on Saturday before the break.         | 2023-11-12 | on Saturday=2023-11-18
        Tickets go on sale on Thursday.                         | 2023-11-12 | on Thursday=2023-11-16
        They had to travel to Leeds on Tuesday.                 | 2023-11-12 | on Tuesday=2023-11-07
        Rebels met and plan to table amendments by Friday.      | 2025-01-14 | Friday=2025-01-17
        MPs debate the bill on Wednesday next week.             | 2025-01-14 | on Wednesday next week=2025-01-22
        He resigned on Friday last week.                        | 2025-01-14 | on Friday last week=2025-01-10
        The debate on Tuesday was heated.                       | 2025-01-16 | on Tuesday=2025-01-14
        # --- business comparisons with a year earlier
        Second-quarter profit rose to $4 million from $3 million a year earlier. | 2024-07-25 | Second-quarter=2024-Q2;a year earlier=2023-Q2
        Net income for the April-June period rose 9%.           | 2024-07-25 | the April-June period=2024-Q2
        In the third quarter, revenue was flat with the same period last year. | 2024-10-30 | the third quarter=2024-Q3;the same period last year=2023-Q3
        Sales rose in March 1960 and fell a year ago.           | 1961-01-10 | in March 1960=1960-03;a year ago=1960
        Sales rose in the quarter. Margins were up from a year ago. | 2024-07-25 | a year ago=2023
        The company expects sales to recover in the second half. | 2024-07-25 | the second half=2024-H2
        Brown scored early in the second half.                  | 2024-07-25 |
        # --- seasons with modifiers
        The dry weather began in early spring.                  | 2022-09-01 | in early spring=2022-SP
        By late summer the river had moved.                     | 2022-09-01 | By late summer=2022-SU
        Restrictions could last until mid-winter unless it rains. | 2022-09-01 | until mid-winter=2022-WI
        In the late summer of 1971 he rescued two men.          | 2022-09-01 | late summer of 1971=1971-SU
        # --- numeric dates in body text: dotted ones day-first, slash ones ordered by the page or the publication date
        The fair opens on 2.10.2024 at the grounds.             | 2024-09-20 | 2.10.2024=2024-10-02
        The order dated 21.06.2021 was quashed.                 |            | 21.06.2021=2021-06-21
        Revenue rose 1.5 per cent to 2.4 crore.                 | 2024-09-20 | 
        The tender was floated on 03/07/2024 and closed on 2.8.2024.| 2024-10-05 | 03/07/2024=2024-07-03;2.8.2024=2024-08-02
        The agenda posted 03/10/2023 lists 14 items.            | 2023-03-14 | 03/10/2023=2023-03-10
        The order was recorded on 03/04/2023.                   | 2023-03-20 | 
        # --- year of a month-day or month by tense: a future clause keeps one only weeks back
        Staff will be paid for work through March 8 at the new rate.| 2023-03-12 | March 8=2023-03-08
        The museum will reopen on January 20.                   | 2023-03-12 | January 20=2024-01-20
        She was appointed manager in March.                     | 2022-11-20 | in March=2022-03
        Sales grew faster than expected in December.            | 2025-02-04 | in December=2024-12
        Economists expect a similar reading in January.         | 2025-02-04 | in January=2025-01
        The company expects to open the plant in January.       | 2025-03-25 | in January=2026-01
        # --- until/through follow the clause's verb
        The hearing went on until late on Thursday.             | 2023-03-14 | on Thursday=2023-03-09
        The shop is open until Thursday.                        | 2023-03-14 | Thursday=2023-03-16
        Protesters stayed until Sunday.                         | 2023-03-15 | Sunday=2023-03-12
        The session that ran until Monday ended in a vote.      | 2023-03-15 | Monday=2023-03-13
        The road will stay closed through Friday.               | 2023-03-14 | Friday=2023-03-17
        # --- forward-looking business copy early in a year
        The inflation data due Friday could move markets.       | 2025-02-04 | Friday=2025-02-07
        Officials expect to keep rates high well into the second quarter.| 2025-02-04 | the second quarter=2025-Q2
        Yields hit their highest since November 2023. Prices rose in December.| 2025-02-04 | since November 2023=2023-11;in December=2024-12
        Investors waited for the January jobs report.           | 2025-02-04 | January=2025-01
        Traders now price the first cut for June, compared with March in early January.| 2025-02-04 | June=2025-06;March=2025-03;in early January=2025-01
        Flowers for June, from her friends.                     | 2025-02-04 | 
        Students joined the March for Our Lives rally.          | 2018-04-01 | 
        # --- bare years, year ranges, numbers that are counts
        The yard was built in 1974.                             | 2023-03-14 | in 1974=1974
        The 1974 strike closed the yard.                        | 2023-03-14 | 1974=1974
        Nobody has won it since 1974.                           | 2023-03-14 | since 1974=1974
        Output doubled between 2015 and 2023.                   | 2024-01-10 | between 2015 and 2023=2015/2023
        Output doubled from 2015 to 2023.                       | 2024-01-10 | from 2015 to 2023=2015/2023
        Output doubled in 2015–2023.                            | 2024-01-10 | 2015–2023=2015/2023
        The club had 1500 members by then.                      | 2023-03-14 | 
        A new 2000-seat stand opened.                           | 2023-03-14 | 
        The plant was sold in 1998 for 1200 pounds.             | 2023-03-14 | in 1998=1998
        # --- a bare past year dates the months told after it in the same sentence, not in the next one
        The festival, first planned for 2020, was cancelled in April and again in August.| 2022-05-02 | for 2020=2020;in April=2020-04;in August=2020-08
        Exports slumped in 2019, when a strike between March and May shut the port.| 2021-02-10 | in 2019=2019;between March and May=2019-03/2019-05
        The inquiry, which began in 2021, heard from the minister on 14 June.| 2023-02-01 | in 2021=2021;14 June=2021-06-14
        The firm listed in 2019. In March it cut jobs.          | 2021-06-10 | in 2019=2019;In March=2021-03
        The club, founded in 1888, said in March it would move. | 2021-06-10 | in 1888=1888;in March=2021-03
        Prices have doubled since 2019, and rents rose again in March.| 2021-06-10 | since 2019=2019;in March=2021-03
        Gas bills tripled since the 1973 embargo, and the law passed in October.| 1979-01-17 | 1973=1973;in October=1978-10
        Sales fell in 2019 and recovered in 2020, helped by a rally in May.| 2021-06-10 | in 2019=2019;in 2020=2020;in May=2020-05
        Sales grew in 2023 and the board will meet in March.    | 2024-01-10 | in 2023=2023;in March=2024-03
        # --- ranges and deadlines follow the tense like single dates
        Forecasters warned of more downpours between February 12 and 16.| 2024-02-10 | February 12 and 16=2024-02-12/2024-02-16
        The council is expected to approve the financing by December.| 2023-12-05 | by December=2024-12
        The council approved the financing in December.         | 2024-03-05 | in December=2023-12
        Applicants will be asked to reply by June.              | 2023-11-16 | by June=2024-06
        # --- weekday ranges: one mention, told like single weekdays; timetables are not dates
        Delegates met from Monday to Thursday in Vienna.        | 1985-07-05 | from Monday to Thursday=1985-07-01/1985-07-04
        The jury heard evidence Monday through Thursday.        | 1985-07-05 | Monday through Thursday=1985-07-01/1985-07-04
        Crews will work Monday through Wednesday on the bridge. | 1985-07-05 | Monday through Wednesday=1985-07-08/1985-07-10
        The office is open Monday through Friday.               | 1985-07-05 | 
        The line runs from Monday to Saturday.                  | 1985-07-05 | 
        Buses return to seven-day service, Monday through Sunday.| 1985-07-05 | 
        # --- stretches of years are not dates
        Over the following years the two towns merged.          | 2020-05-01 | 
        In the years that followed, the mill closed.            | 2020-05-01 | 
        In later years she taught music.                        | 2020-05-01 | 
        The river has flooded for years.                        | 2020-05-01 | 
        Aid arrived in the following days.                      | 2020-05-01 | 
        # --- "for" a year or a month: the period a plan or a figure is for
        The airline raised its targets for 2024.                | 2024-02-14 | for 2024=2024
        The accounts for 2020 showed a loss.                    | 2022-03-01 | for 2020=2020
        The hall has seats for 2000 people.                     | 2022-03-01 | 
        The utility said its forecast for May assumes normal rain.| 2024-02-14 | for May=2024-05
        It was a bad night for May and her cabinet.             | 2019-02-14 | 
        Flights are scheduled for March.                        | 2024-05-14 | for March=2025-03
        The 2023 figure included a one-off charge.              | 2024-02-14 | 2023=2023
        # --- the weekend by tense
        Most items had been cleared by the weekend.             | 2023-03-14 | the weekend=2023-W10-WE
        Service will be back to normal by the weekend.          | 2023-03-14 | the weekend=2023-W11-WE
        """)
    void tagsEveryDateAndNothingElse(String input, String publication, String expected) {
        LocalDate pub = publication == null ? null : LocalDate.parse(publication);

        List<DateMention> mentions = TAGGER.tag(input, pub);

        assertThat(render(mentions)).isEqualTo(expected == null ? "" : expected);
        for (DateMention m : mentions) {
            assertThat(input.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    /** input | publication | the single mention's text | relative flag. */
    @ParameterizedTest(name = "[{index}] {2} relative={3}")
    @CsvSource(delimiter = '|', textBlock = """
        Signed on November 10, 2020.        | 2021-01-31 | November 10, 2020 | false
        Armenia went to war in 1988-94.     | 2021-01-31 | 1988-94           | false
        A war in the 1990s.                 | 2021-01-31 | the 1990s         | false
        Tense since 1991.                   | 2021-01-31 | since 1991        | false
        Talks on Saturday.                  | 2021-01-31 | on Saturday       | true
        Prices rose last month.             | 2021-01-31 | last month        | true
        Handed over on November 20.         | 2021-01-31 | November 20       | true
        Fighting resumed on October 17.     |            | October 17        | false
        The ministry spoke yesterday.       | 2021-01-31 | yesterday         | true
        """)
    void marksValuesThatDependOnAnAnchorAsRelative(String input, String publication, String text, boolean relative) {
        LocalDate pub = publication == null ? null : LocalDate.parse(publication);

        List<DateMention> mentions = TAGGER.tag(input, pub);

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.relative()).isEqualTo(relative);
        });
    }

    @Test
    void reportsOffsetsIntoTheText() {
        String text = "On November 10, 2020, Armenia and Azerbaijan signed. On Saturday they met.";

        List<DateMention> mentions = TAGGER.tag(text, LocalDate.of(2021, 1, 31));

        assertThat(mentions).containsExactly(
                new DateMention("November 10, 2020", "2020-11-10", 3, 20, false),
                new DateMention("On Saturday", "2021-01-30", 53, 64, true));
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_385a276bef8d0d64.txt", "2021-01-31", List.of(
                        "21 June 2025=2025-06-21", "31 January 2021=2021-01-31", "on Saturday=2021-01-30",
                        "in November 2020=2020-11", "on Saturday=2021-01-30", "In November 2020=2020-11",
                        "November 20, 2020=2020-11-20", "November 10, 2020=2020-11-10", "October 10=2020-10-10",
                        "17, 2020=2020-10-17", "October 26, 2020=2020-10-26", "September 27, 2020=2020-09-27",
                        "1988-94=1988/1994")),
                Arguments.of("001_c99dab89f4899385.txt", "2020-10-03", List.of(
                        "October 3rd, 2020=2020-10-03", "October 2=2020-10-02", "September 27=2020-09-27",
                        "October 3rd, 2020=2020-10-03")),
                Arguments.of("002_3db1d98cad92fc4e.txt", "2020-11-14", List.of(
                        "October 19, 2020=2020-10-19", "October 19, 2020=2020-10-19", "on Saturday=2020-11-14",
                        "this week=2020-W46", "on Sunday=2020-11-15", "Saturday morning=2020-11-14",
                        "today=2020-11-14", "On Friday=2020-11-13", "November 14, 2020=2020-11-14",
                        "November 20=2020-11-20", "December 1=2020-12-01", "the 1990s=199X",
                        "on Wednesday=2020-11-11", "since 1991=1991", "September 27=2020-09-27",
                        "November 10=2020-11-10")),
                Arguments.of("002_3db1d98cad92fc4e.txt", "2020-11-15", List.of(
                        "October 19, 2020=2020-10-19", "October 19, 2020=2020-10-19", "on Saturday=2020-11-14",
                        "this week=2020-W46", "on Sunday=2020-11-15", "Saturday morning=2020-11-14",
                        "today=2020-11-15", "On Friday=2020-11-13", "November 14, 2020=2020-11-14",
                        "November 20=2020-11-20", "December 1=2020-12-01", "the 1990s=199X",
                        "on Wednesday=2020-11-11", "since 1991=1991", "September 27=2020-09-27",
                        "November 10=2020-11-10")),
                Arguments.of("003_646205f8bb9746ff.txt", "2020-12-01", List.of(
                        "July 7, 2025=2025-07-07", "December 1, 2020=2020-12-01", "February 1st, 2021=2021-02-01",
                        "December 1=2020-12-01", "November 9=2020-11-09", "the 1990s=199X",
                        "November 20=2020-11-20", "five days later=2020-11-25", "December 1=2020-12-01",
                        "in 1994=1994")),
                // no publication date: year-less dates take their year from the LATEST full date in the text (the
                // issue's rule). On the raw page that is the site header's "July 7, 2025", which is why the
                // pipeline tags the extracted body and never the raw page.
                Arguments.of("003_646205f8bb9746ff.txt", null, List.of(
                        "July 7, 2025=2025-07-07", "December 1, 2020=2020-12-01", "February 1st, 2021=2021-02-01",
                        "December 1=2025-12-01", "November 9=2024-11-09", "the 1990s=199X",
                        "November 20=2024-11-20", "five days later=2024-11-25", "December 1=2024-12-01",
                        "in 1994=1994")),
                Arguments.of("004_c54b7b64b7b225d3.txt", null, List.of(
                        "1990s=199X", "on Friday=XXXX-WXX-5", "on Sunday=XXXX-WXX-7", "October 17=XXXX-10-17",
                        "Sunday=XXXX-WXX-7")),
                Arguments.of("004_c54b7b64b7b225d3.txt", "2020-10-26", List.of(
                        "1990s=199X", "on Friday=2020-10-23", "on Sunday=2020-10-25", "October 17=2020-10-17",
                        "Sunday=2020-10-25")));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @MethodSource("seeds")
    void tagsTheSeedArticles(String file, String publication, List<String> expected) throws IOException {
        String text = Files.readString(SEEDS.resolve(file));
        LocalDate pub = publication == null ? null : LocalDate.parse(publication);

        List<DateMention> mentions = TAGGER.tag(text, pub);

        assertThat(mentions).extracting(m -> m.text() + "=" + m.value()).containsExactlyElementsOf(expected);
        assertSortedAndDisjoint(text, mentions);
    }

    @Test
    void mentionsAreSortedAndDisjointOnNoisyText() throws IOException {
        // every seed glued together, plus text built to tempt overlaps (lists, ranges, prefixes, relatives)
        StringBuilder sb = new StringBuilder();
        for (String f : seedFiles()) {
            sb.append(Files.readString(SEEDS.resolve(f))).append('\n');
        }
        sb.append("Saturday, November 14, 2020 and on Saturday, 10 and 17 October 2020, 1988-94-1995, ")
                .append("between 2001 and 2003 and 2005, the day before yesterday five days later the next day, ")
                .append("in early mid-2020 the the 1990s 1990s' 2020-11-10-12 10/10/10/2020");
        String text = sb.toString();

        List<DateMention> mentions = TAGGER.tag(text, LocalDate.of(2020, 11, 14));

        assertThat(mentions).hasSizeGreaterThan(50);
        assertSortedAndDisjoint(text, mentions);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String f : seedFiles()) {
            texts.add(Files.readString(SEEDS.resolve(f)));
        }
        LocalDate pub = LocalDate.of(2020, 11, 14);
        List<List<DateMention>> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(TAGGER.tag(text, pub));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int r = 0; r < 16; r++) {
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        int i = k % texts.size();
                        if (!TAGGER.tag(texts.get(i), pub).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullDateFromOutsideTheBodyStandsInForAMissingPublicationDate() {
        // seed 002's body has no full date; its photo caption says "November 14, 2020"
        String body = "Villagers set their houses on fire on Saturday. On Friday, 10 houses burned. "
                + "Kalbajar is due back by November 20.";
        assertThat(TAGGER.tag(body, null, LocalDate.of(2020, 11, 14))).extracting(m -> m.text() + "=" + m.value())
                .containsExactly("on Saturday=2020-11-14", "On Friday=2020-11-13", "November 20=2020-11-20");
        // a stated publication date wins; a later full date in the body wins over the outside one
        assertThat(TAGGER.tag(body, LocalDate.of(2020, 11, 16), LocalDate.of(2020, 11, 14)))
                .extracting(DateMention::value).containsExactly("2020-11-14", "2020-11-13", "2020-11-20");
        assertThat(TAGGER.tag("It began on December 3, 2020. Talks resumed on Friday.", null,
                LocalDate.of(2020, 11, 14))).extracting(DateMention::value).containsExactly("2020-12-03", "2020-11-27");
        // without any reference, weekdays are underspecified
        assertThat(TAGGER.tag(body, null)).extracting(DateMention::value)
                .containsExactly("XXXX-WXX-6", "XXXX-WXX-5", "XXXX-11-20");
    }

    @Test
    void emptyAndNullTextHaveNoDates() {
        assertThat(TAGGER.tag("", LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(TAGGER.tag(null, null)).isEmpty();
    }

    @Test
    void staysLinearOnLongDegenerateInput() {
        // many year-less dates and no anchor: resolution must not rescan the whole mention list per mention
        String text = "On November 20 they met. ".repeat(20_000) + "Then on December 1, 2020 they signed.";

        List<DateMention> mentions = TAGGER.tag(text, null);

        assertThat(mentions).hasSize(20_001);
        assertThat(mentions.get(0).value()).isEqualTo("2020-11-20");
        assertThat(mentions.get(20_000).value()).isEqualTo("2020-12-01");
    }

    private static List<String> seedFiles() {
        return List.of("000_385a276bef8d0d64.txt", "001_c99dab89f4899385.txt", "002_3db1d98cad92fc4e.txt",
                "003_646205f8bb9746ff.txt", "004_c54b7b64b7b225d3.txt");
    }

    private static void assertSortedAndDisjoint(String text, List<DateMention> mentions) {
        int previousEnd = 0;
        for (DateMention m : mentions) {
            assertThat(m.start()).as("starts after the previous mention: %s", m).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).as("non-empty: %s", m).isGreaterThan(m.start());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.value()).matches("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?|XXXX-WXX-[1-7]|\\d{3}X|\\d{4}/\\d{4}"
                    + "|\\d{4}-W\\d{2}(-WE)?|\\d{4}-(SP|SU|FA|WI)");
            previousEnd = m.end();
        }
    }

    private static String render(List<DateMention> mentions) {
        StringBuilder sb = new StringBuilder();
        for (DateMention m : mentions) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(m.text()).append('=').append(m.value());
        }
        return sb.toString();
    }
}
