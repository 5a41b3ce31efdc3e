package io.newsflow.enrich.dates;

/**
 * One date found in a text.
 *
 * @param text     the mention exactly as written, {@code text.substring(start, end)} of the tagged text
 * @param value    TIMEX3 value: {@code 2020-11-10}, {@code 2020-11}, {@code 2020}, {@code 199X}, {@code 1988/1994},
 *                 {@code 2020-W46}, {@code 2020-W46-WE}, {@code 2020-SU}, or {@code XXXX-10-17} when the year is unknown
 * @param start    offset of the first char in the tagged text
 * @param end      offset after the last char
 * @param relative true when the value was worked out from something outside the mention itself: the
 *                 publication date ("on Saturday", "last month", a "November 20" given its year) or another date
 *                 in the text ("five days later")
 */
public record DateMention(String text, String value, int start, int end, boolean relative) {
}
