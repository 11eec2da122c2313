"""Dates: which lines are publication stamps, dated references in prose, zones kept as printed."""

import datetime as dt

import pytest

from generator import dates


@pytest.mark.parametrize("line, expected", [
    ("Selasa, 12 September 2023 - 14:42 WIB", "2023-09-12T14:42:00+07:00"),
    ("Kamis, 20 Juni 2024 - 13:45 WITA", "2024-06-20T13:45:00+08:00"),
    ("Jumat, 1 Maret 2024 10:00 WIT", "2024-03-01T10:00:00+09:00"),
    ("Senin, 04 Desember 2023 / 09:30 WIB", "2023-12-04T09:30:00+07:00"),
    ("Kompas.com - 03/04/2023, 10:15 WIB", "2023-04-03T10:15:00+07:00"),
    ("Diperbarui 13 Sep 2023, 08:10", "2023-09-13T08:10:00+07:00"),  # no zone: the default one
    ("Updated 13 Sep 2023, 08:10 GMT", "2023-09-13T08:10:00+00:00"),
    ("2023-09-13T10:00:00+09:00", "2023-09-13T10:00:00+09:00"),
    ("Date: 2017/10/14", "2017-10-14T00:00:00+07:00"),  # year first with slashes: never read day first
    ("2025.04.14", "2025-04-14T00:00:00+07:00"),  # year first with dots, as a site in Korea prints it
    ("Kompas.com, 13 Agustus 2025, 15:00 WIB", "2025-08-13T15:00:00+07:00"),  # the outlet, a comma, then the day
    ("Oleh Rina Marlina   Selasa, 12 Maret 2024 10:00 WIB", "2024-03-12T10:00:00+07:00"),  # author, column gap, date
    ("12 Jan 2026 NEWS 8 min read", "2026-01-12T00:00:00+07:00"),  # the section's label and the reading time after it
    ("2021-03-19 HKT 15:10", "2021-03-19T15:10:00+08:00"),  # the zone between the date and the time
    ("delhi Updated: Sep 20, 2017 12:32 IST", "2017-09-20T12:32:00+05:30"),  # the section's word before the label
    ("By Mason White 2:18 PM September 21, 2014", "2014-09-21T14:18:00+07:00"),  # the author, then the time first
    ("Article Contributed on: 5/1/2009 4:04:10 PM", "2009-01-05T16:04:10+07:00"),  # a contributor's date line, day first here
    ("By shared from example.com July 16, 2013", "2013-07-16T00:00:00+07:00"),  # a source credited, then the date
    ("Jane Roe , USA TODAY , KHOU 4:19 PM. CST February 21, 2017", "2017-02-21T16:19:00-06:00"),  # credits, a spaced comma
])
def test_stamps_parse_with_the_offset_they_print(line, expected):
    stamp = dates.stamp_text(line)
    assert stamp is not None
    assert dates.parse(stamp, "Asia/Jakarta").isoformat() == expected


def test_a_stamp_with_a_comma_then_at_before_its_time():
    stamp = dates.stamp_text("Posted on March 16, 2021, at 8:21 p.m. ET")
    assert dates.parse(stamp, "UTC", "MDY").strftime("%Y-%m-%d %H:%M") == "2021-03-16 20:21"


def test_english_month_first_stamp():
    stamp = dates.stamp_text("Published: September 13, 2023 3:42 PM EDT")
    assert dates.parse(stamp, "UTC", "MDY").isoformat() == "2023-09-13T15:42:00-04:00"


@pytest.mark.parametrize("line", [
    "Gempa 12 September 2023 Guncang Lombok",  # a headline with a date is not a stamp
    "“Pada 12 September 2023 kami akan bertemu,” kata dia.",
    "Rabu (13/9)",  # no year
    "Pertemuan dijadwalkan pada 12 September 2023 di Vladivostok.",
    "Surat Nomor 2017/10/14 tentang penertiban pedagang",  # a letter's number, not a date line
    "Versi 2025.04.14 aplikasi Sirekap dirilis",  # a program's version, not a date line
    "Korban, 13 orang di antaranya anak-anak",  # a word and a comma before a number that is no day of a month
    "By Rina Marlina and the team on the ground, reporting since March 3, 2024",  # a sentence, not a stamp
    "Rally on March 16, 2021, at City Hall draws thousands",  # a headline with a date and a place
    "12 Jan 2026 NEWS ANCHOR RESIGNS",  # a headline in capitals after a date
    "2021-03-19 Kowloon 15:10",  # a place between the date and the time: a sentence's
    "world news updated Sep 20, 2017",  # two words before the label
    "Banjir Published 12 Mei 2024 di Jakarta",  # words after the date
    "by the river 2:18 PM September 21, 2014",  # words in lower case before the time: no author's name
    "Article Contributed on 5/1/2009 by readers of the paper",  # words after the date
    "By the storm of July 16, 2013",  # a preposition before the date: a phrase telling of the day, no credit
    "Jane Roe , USA TODAY , KHOU visited on February 21, 2017",  # words in lower case between the credits and the date
    "Posted by the river on March 23, 2011, a crowd gathered",  # words after the date
    "Posted by on the river bank",  # no date at all
])
def test_lines_that_are_not_stamps(line):
    assert dates.stamp_text(line) is None


def test_references_in_prose_need_day_month_and_year():
    text = "pada Rabu (13/09/2023). Kirby, Rabu (30/8/2023), dan 20 Juni 2024 serta Rabu (13/9) lalu."
    assert dates.references(text) == [dt.date(2023, 9, 13), dt.date(2023, 8, 30), dt.date(2024, 6, 20)]


def test_month_names_come_in_current_spelling():
    assert [dates.month_name(m) for m in (1, 6, 7, 8)] == ["Januari", "Juni", "Juli", "Agustus"]


def test_a_stamp_with_an_ordinal_day_or_the_year_first_and_the_datelines_place():
    assert dates.stamp_text("24th February, 2019") == "24 February, 2019"
    assert dates.stamp_text("March 3rd, 2024") == "March 3, 2024"
    stamp = dates.stamp_text("2022 Mar 28, 10:43, Saint George's")
    assert stamp == "28 Mar 2022 10:43"
    assert dates.parse(stamp, "Asia/Kathmandu").date() == dt.date(2022, 3, 28)
    # traps: a headline with a date in it, and a sentence that ends with a place, are no stamps
    assert dates.stamp_text("Gempa 24th February 2019 Guncang Lombok") is None
    assert dates.stamp_text("2022 Mar 28, 10:43, the minister said") is None


def test_a_stamp_with_its_source_after_a_bar():
    assert dates.stamp_text("06-03-2023 08:56 AM | Source: Reuters") == "06-03-2023 08:56 AM"
    assert dates.stamp_text("Rabu, 28 Juni 2023 | 17:30 WIB | Sumber: Antara") is not None
    # trap: a headline that names its source after a bar is no stamp
    assert dates.stamp_text("Harga Cabai Naik Lagi | Source: Reuters") is None


def test_a_stamp_with_the_agency_before_or_after_it_and_a_font_widget():
    stamp = dates.stamp_text("07 January,2015 10:41 AM IST |   |  IANS")
    assert dates.parse(stamp, "UTC").isoformat() == "2015-01-07T10:41:00+05:30"
    assert dates.stamp_text("Xinhua, January 7, 2015 Adjust font size:") == "January 7, 2015"
    # traps: a headline after a bar, and a sentence after a place and a comma, are no stamps
    assert dates.stamp_text("07 January, 2015 | Banjir Melanda Kota Lama") is None
    assert dates.stamp_text("Jakarta, pada 7 Januari 2015 banjir melanda kota itu") is None


def test_an_archives_banner_is_a_date_line():
    assert dates.stamp_text("This story is from October 3, 2016") == "October 3, 2016"
    assert dates.stamp_text("This story is from October 3, 2016, about the floods") is None


def test_a_source_label_before_the_stamp_and_the_editor_after_it_is_a_date_line():
    assert dates.stamp_text("Source: Xinhua| 2018-10-13 09:35:37|Editor: Shi Yinglun") == "2018-10-13 09:35:37"
    assert dates.stamp_text("Source: the ministry's figures for 12 May 2025") is None


def test_a_dotted_numeric_date_is_day_first_in_any_language():
    assert dates.day_order("04.08.2019 15:47", "en") == "DMY"
    assert dates.day_order("04/08/2019 15:47", "en") == "MDY"  # trap: an American date is written with slashes
    assert dates.day_order("04/08/2019", "id") == "DMY"


def test_a_date_line_followed_by_the_pages_widget_cells_is_a_stamp():
    line = "08:54 AM, Wednesday, July 17 2013 | 10165 views | 0 0 comments | 8 8 recommendations | email to a friend | print"
    assert dates.stamp_text(line) == "July 17 2013 08:54 AM"
    # trap: a headline holding a date before the widget cells is no stamp
    assert dates.stamp_text("Gempa 12 September 2023 Guncang Lombok | 120 views | print") is None


def test_a_forum_posters_name_and_the_rows_empty_cells_around_a_date_make_a_stamp():
    assert dates.stamp_text("By buseman, Aug 26, 2010 | |") == "Aug 26, 2010"
    assert dates.stamp_text("By the sea, 2010 was a good year") is None  # trap: a sentence with a year after "By"


def test_an_outlets_name_with_its_place_in_brackets_before_the_date_is_a_stamp():
    assert dates.stamp_text("Global Rise TV (Pandeglang, Banten) – 14 September 2025") == "14 September 2025"
    # trap: a dateline opening a sentence with a date in it is no stamp
    assert dates.stamp_text("Jakarta (ANTARA) - Presiden Prabowo 14 September 2025 bertemu") is None


def test_a_first_published_label_with_an_ordinal_day_and_a_zone_is_a_stamp():
    stamp = dates.stamp_text("First Published: 28th September, 2023 19:10 IST")
    assert dates.parse(stamp, "UTC").isoformat() == "2023-09-28T19:10:00+05:30"
    # trap: a sentence about what was first published on a date is no stamp
    assert dates.stamp_text("First published on 28 September 2023, the report was revised twice") is None


def test_a_date_then_a_dash_and_the_datelines_place_is_a_stamp():
    assert dates.stamp_text("27 Mei 2024 – Jakarta") == "27 Mei 2024"
    # traps: a headline after a date and a dash, and a sentence the place opens, are no stamps
    assert dates.stamp_text("12 September 2023 - Gempa Guncang Lombok") is None
    assert dates.stamp_text("27 Mei 2024 – Jakarta, warga berkumpul") is None


def test_friday_spelt_with_an_apostrophe_and_a_team_and_network_before_the_date_make_a_stamp():
    stamp = dates.stamp_text("Tim Litbang MPI, MNC Portal · Jum'at 19 November 2021 05:02 WIB")
    assert dates.parse(stamp, "Asia/Jakarta").isoformat() == "2021-11-19T05:02:00+07:00"
    # trap: a headline with a comma before a dash and a date stays a headline
    assert dates.stamp_text("Warga Panik, Gempa Guncang Lombok Hari Ini - 12 September 2023") is None


def test_posted_by_a_blog_and_a_bar_before_the_date_is_a_stamp():
    assert dates.stamp_text("Posted by: The ocean update | May 24, 2017") == "May 24, 2017"
    # trap: a sentence about what was posted on a date is no stamp
    assert dates.stamp_text("Posted by the agency on May 24, 2017, the video drew thousands of views") is None


def test_a_stamp_opened_by_a_comma_where_a_template_left_out_the_author_is_a_stamp():
    assert dates.stamp_text(", sunday, 14 Maret 2010") == "14 Maret 2010"
    # trap: a sentence's tail opened by a comma and naming a date is no stamp
    assert dates.stamp_text(", and on Sunday, 14 March 2010, the rains came") is None


def test_a_stamp_opened_by_its_writer_and_closed_by_the_reading_time():
    stamp = dates.stamp_text("Written by Jane Roe-Smith Mar 4, 2024, 09:15 am 3 min read")
    assert stamp == "Mar 4, 2024 09:15 am"
    assert dates.parse(stamp, "Asia/Kolkata").replace(tzinfo=None) == dt.datetime(2024, 3, 4, 9, 15)
    assert dates.stamp_text("oleh Rina Lestari 4 Maret 2024") == "4 Maret 2024"
    # traps: a headline that opens with "By" and names a date, and one with "by" in it, are no stamps
    assert dates.stamp_text("By March 4, 2024, the bridge will reopen") is None
    assert dates.stamp_text("Village flooded by river 4 March 2024 as rain goes on") is None


def test_the_writers_name_straight_on_to_a_date_and_a_clock_is_a_stamp():
    stamp = dates.stamp_text("Jane Roe November 20, 2024 at 09:25 PM")
    assert stamp == "November 20, 2024 09:25 PM"
    assert dates.parse(stamp, "Asia/Manila").replace(tzinfo=None) == dt.datetime(2024, 11, 20, 21, 25)
    assert dates.stamp_text("Rina Lestari Marlina 4 Maret 2024 10:00 WIB") == "4 Maret 2024 10:00 WIB"
    # trap: a headline in title case that ends with a date prints no clock after it
    assert dates.stamp_text("Floods Hit North Jakarta November 20, 2024") is None


def test_a_stamp_days_away_from_the_bodys_dateline_is_not_the_storys_date():
    assert dates.contradicted_by_dateline("May 19, 2021", "Delhi, Aug 2 : At least 46 people have died, police said.")
    assert dates.contradicted_by_dateline("19/05/2021", "JAKARTA, 5 Mei (ANTARA) - Polisi menangkap dua orang.")
    # traps: a wire's dateline a day before the page's stamp, across the turn of a year, and a paragraph without one
    assert not dates.contradicted_by_dateline("May 5, 2021", "WASHINGTON, May 4 (Reuters) - The Senate voted.")
    assert not dates.contradicted_by_dateline("January 1, 2024", "SYDNEY, Dec 31 (AFP) - Fireworks lit the harbour.")
    assert not dates.contradicted_by_dateline("May 19, 2021", "At least 46 people have died, police said on Aug 2.")


def test_a_stamp_with_the_time_in_hours_after_the_author_and_a_bar():
    assert dates.stamp_text("Avishek Sengupta | January 29, 2018 18:46 hrs") == "January 29, 2018 18:46"
    # trap: "hrs" after a date with no time is no stamp
    assert dates.stamp_text("January 29, 2018 hrs") is None


def test_a_stamp_after_the_writers_label_and_a_bar_with_publikasi():
    assert dates.stamp_text("Penulis: Pintara Dinda Syahjada | Publikasi: 3 Agustus 2023 - 14:41") == "3 Agustus 2023 14:41"
    # trap: the writer's label alone is no stamp
    assert dates.stamp_text("Penulis: Pintara Dinda Syahjada | Foto: Andi Baso") is None


def test_a_stamp_after_the_editors_label_and_a_dash():
    assert dates.stamp_text("Editor: Jane Roe - Minggu, 8 Januari 2023 | 22:00 WIB") == "8 Januari 2023 22:00 WIB"
    # trap: a sentence naming an editor and a date is no stamp
    assert dates.stamp_text("Editor Jane Roe said on 8 January 2023 that the paper would close.") is None


def test_the_writers_name_and_handle_before_published_and_the_date_are_a_stamp():
    assert dates.stamp_text("Fahad Shabbir (@FahadShabbir) Published August 15, 2022 | 03:00 PM") == \
        "August 15, 2022 03:00 PM"
    assert dates.stamp_text("Jane Roe Published August 15, 2022") == "August 15, 2022"
    # traps: a headline's words before a date with no such label, or before the label with other words after it
    assert dates.stamp_text("Customs Seize Diesel Tankers August 15, 2022") is None
    assert dates.stamp_text("Jane Roe Published Her Report August 15, 2022") is None


def test_the_date_then_the_writer_and_their_role_are_a_stamp():
    assert dates.stamp_text("July 5, 2018 by E.j. Mundell, Healthday Reporter") == "July 5, 2018"
    assert dates.stamp_text("12 Mei 2020 oleh Budi Santoso") == "12 Mei 2020"
    # trap: a headline that goes on after the date with "by" and words in lower case
    assert dates.stamp_text("May 5, 2019 by the numbers: a year of heat") is None


def test_an_icon_fonts_name_before_the_date_is_part_of_the_stamp():
    assert dates.stamp_text("- calendar_month Sel, 2 Sep 2025") == "2 Sep 2025"
    # trap: a word in a sentence's case before the date is a headline's
    assert dates.stamp_text("Banjir melanda 2 Sep 2025") is None


def test_a_date_with_the_months_name_between_slashes_is_a_stamp():
    stamp = dates.stamp_text("Minggu, 19/Okt/2014 16:27 WIB")
    assert stamp == "19 Okt 2014 16:27 WIB"
    assert dates.parse(stamp, "UTC").isoformat() == "2014-10-19T16:27:00+07:00"
    assert dates.stamp_text("19-Oct-2014") == "19 Oct 2014"
    # trap: a letter's number that holds a date so written is no stamp
    assert dates.stamp_text("Nomor B/19/Okt/2014") is None


def test_the_outlets_name_before_a_spaced_colon_and_the_date_is_a_stamp():
    assert dates.stamp_text("Zoom News : Oct 18, 2021, 01:18 PM") == "Oct 18, 2021 01:18 PM"
    # trap: a label glued to its colon over a date is a sentence's start, a deadline, not the page's date line
    assert dates.stamp_text("Batas waktu: 12 Januari 2024") is None


def test_a_templates_unknown_author_before_a_bullet_and_the_date_is_a_stamp():
    assert dates.stamp_text("N/A • 20 March 2023 21:48") == "20 March 2023 21:48"
    # trap: words before the placeholder make a line of text, not a stamp
    assert dates.stamp_text("Harga minyak N/A • 20 March 2023") is None


def test_a_short_year_with_a_clock_after_it_is_a_stamp():
    stamp = dates.stamp_text("by AP - 06/18/23 2:17 AM ET")
    assert stamp == "06/18/23 2:17 AM ET"
    assert dates.parse(stamp, "UTC", dates.day_order(stamp, "en")).strftime("%Y-%m-%d %H:%M") == "2023-06-18 02:17"
    # trap: a short year with no clock after it may be a score, a ratio or a file's number, not a date
    assert dates.stamp_text("by AP - 06/18/23") is None


def test_a_writers_name_with_its_comma_set_apart_before_the_weekday_is_a_stamp():
    stamp = dates.stamp_text("Ayu Utami Anggraeni , Jurnalis-Rabu, 07 Februari 2024 |06:35 WIB")
    assert stamp == "07 Februari 2024 06:35 WIB"
    # trap: a sentence's words before the date are no writer's line
    assert dates.stamp_text("Warga mengungsi sejak Rabu, 07 Februari 2024") is None


def test_a_section_before_a_spaced_slash_and_the_date_is_a_stamp():
    assert dates.stamp_text("Communities / Sun 15th Feb 2015 at 02:00pm") == "15 Feb 2015 02:00pm"
    # trap: a slash between a number and the date, unspaced, is a letter's number, not a section and its date
    assert dates.stamp_text("Keputusan Nomor 3/12 Mei 2024") is None


def test_written_by_the_author_on_the_date_is_a_stamp():
    stamp = dates.stamp_text("Written By Jane Example on Senin, 03 November 2014 | 7:18:00 AM")
    assert stamp == "03 November 2014 7:18:00 AM"
    # trap: a word other than 'written' before 'oleh' makes a sentence, a letter signed on a day, not a stamp
    assert dates.stamp_text("Ditandatangani oleh Bupati pada 3 Mei 2020") is None


def test_a_blogs_date_between_double_colons_is_a_stamp():
    assert dates.stamp_text(":: Tuesday, May 09, 2006 ::") == "May 09, 2006"
    # trap: the colons between a label and the date make no decoration of a date line
    assert dates.stamp_text("Jadwal :: 12 Mei 2020") is None


def test_a_section_glued_to_the_year_closing_the_date_line_is_a_stamp():
    assert dates.stamp_text("July 9, 2017US News") == "July 9, 2017"
    # trap: a sentence glued to the year is no section's name
    assert dates.stamp_text("July 9, 2017Police say the fire was set") is None


def test_a_user_name_ending_in_figures_glued_to_the_weekday_is_a_stamp():
    stamp = dates.stamp_text("Oleh jroe02Thursday, 26th October 2023 | 12:55 WIB")
    assert stamp == "26 October 2023 12:55 WIB"
    # (no trap of its own: a line that is a user name glued to a weekday and a date has no other reading)


@pytest.mark.parametrize("line", ["Posted by on March 23rd, 2011", "Posted by Jane Roe on March 23rd, 2011"])
def test_a_posted_by_line_its_author_left_out_or_named(line):
    assert dates.stamp_text(line) == "March 23, 2011"


def test_an_updates_stamp_glued_to_the_publications_is_left_out():
    assert dates.stamp_text("Aug 27, 2019 4:34 PMDec 13, 2019 5:32 PM") == "Aug 27, 2019 4:34 PM"
    # trap: a month's name glued to a time in a headline is no stamp's ("4:34 PMDecember Rain Falls On The Lagoon")
    assert dates.stamp_text("Aug 27, 2019 4:34 PMDecember rain falls") is None


def test_a_weekdays_date_with_the_desk_after_it_is_a_stamp():
    assert dates.stamp_text("Selasa, 12 Desember 2023 BKSDA Jawa Timur") == "12 Desember 2023"
    assert dates.stamp_text("Tuesday, May 9, 2006 Jane Roe") == "May 9, 2006"
    # traps: a date without its weekday opening a title in capitals is a headline's, and words in lower case after
    # a weekday's date are a sentence's
    assert dates.stamp_text("12 Desember 2023 Hari Ibu Nasional") is None
    assert dates.stamp_text("Selasa, 12 Desember 2023 warga melapor") is None


def test_a_places_name_before_the_weekday_opens_a_stamp():
    assert dates.stamp_text("Oman Tuesday 27/November/2018 10:51 AM") == "27 November 2018 10:51 AM"
    # trap: a name before a date without its weekday is a headline's words
    assert dates.stamp_text("Oman 27/November/2018") is None


def test_an_e_editions_banner_is_a_stamp():
    assert dates.stamp_text("Shared from the 4/22/2019 The Sydney Morning Herald eEdition") == "4/22/2019"
    # trap: a date with a paper's name after it, no banner's words before it, is no stamp
    assert dates.stamp_text("4/22/2019 The Sydney Morning Herald eEdition") is None


def test_a_last_updated_stamp_after_the_date_belongs_to_the_stamp():
    assert dates.stamp_text("Agustus 09, 2024 Last Updated 2024-08-09T03:51:34Z") == "Agustus 09, 2024"
    # trap: 'last' going on in a sentence after the date is no stamp
    assert dates.stamp_text("Agustus 09, 2024 last night the park was closed") is None


def test_the_editor_after_a_dash_and_the_readers_count_belong_to_the_stamp():
    line = "Oleh Humas Kota, Senin, 30 Desember 2024 | 17:47 WIB - Redaktur: Jane Roe - 197"
    assert dates.stamp_text(line) == "30 Desember 2024 17:47 WIB"
    # trap: a headline after the stamp's dash, opened by an editor's title with no label's colon, is no stamp
    assert dates.stamp_text("Senin, 30 Desember 2024 | 17:47 WIB - Editor Senior Majalah Tutup Usia di Jakarta") is None


def test_a_press_releases_release_date_is_a_stamp():
    assert dates.stamp_text("Release Date: July 9, 2010") == "July 9, 2010"
    assert dates.stamp_text("Tanggal Rilis: 9 Juli 2010") == "9 Juli 2010"
    # trap: a headline opened by the verb, a date after it, is no stamp
    assert dates.stamp_text("Release the hounds July 9, 2010") is None


def test_an_aggregators_age_of_the_story_and_its_link_to_the_original_belong_to_the_stamp():
    line = "TheEdge Thu, Sep 10, 2020 02:00pm - 3 years View Original"
    assert dates.stamp_text(line) == "Sep 10, 2020 02:00pm"
    assert dates.stamp_text("Sep 10, 2020 - 2 hours ago") == "Sep 10, 2020"
    # trap: a timeline's entry, a count of something else after the dash, is no stamp
    assert dates.stamp_text("Sep 10, 2020 - 3 arrests") is None


def test_the_sections_word_after_the_time_and_its_zone_belongs_to_the_stamp():
    line = "By Dinas Contoh KAB CONTOH 23 Jul 2025, 15:09:01 WIB Pemerintahan"
    assert dates.stamp_text(line) == "23 Jul 2025 15:09:01 WIB"
    # trap: with no time and zone before it, a word after the date may be a headline's ("23 Jul 2025 Pemerintahan")
    assert dates.stamp_text("23 Jul 2025 Pemerintahan") is None
    # trap: two words after the zone are more than a section's label
    assert dates.stamp_text("23 Jul 2025, 15:09 WIB Gempa Guncang") is None


def test_a_logos_alternative_text_before_the_date_is_no_part_of_the_stamp():
    assert dates.stamp_text("Story Publication logo April 11, 2019") == "April 11, 2019"
    assert dates.stamp_text("Reuters logo 12 March 2024 10:00 GMT") == "12 March 2024 10:00 GMT"
    # trap: a headline in title case about a logo, ending with a date, is no stamp
    assert dates.stamp_text("Brand Unveils New Logo April 11, 2019") is None


def test_one_days_date_printed_three_ways_on_a_line_is_a_stamp_with_its_time():
    stamp = dates.stamp_text("Tue, January 24, 2017 Published on Jan. 24, 2017 Published on 2017-01-24T19:07:56+07:00")
    assert dates.parse(stamp, "Asia/Jakarta").isoformat() == "2017-01-24T19:07:56+07:00"
    # trap: dates of two days, each after its label, are no stamp printed again
    assert dates.stamp_text("Monday, January 23, 2017 Published on Jan. 24, 2017 Updated on 2017-01-25") is None


def test_the_writer_after_the_date_and_a_middle_dot_belongs_to_the_stamp():
    assert dates.stamp_text("9 Jun 2022 ·By Jane Roe") == "9 Jun 2022"
    assert dates.stamp_text("9 Jun 2022 • by Jane Roe") == "9 Jun 2022"
    # traps: a headline after the dot is no writer's name, nor a word that opens with the label's letters
    assert dates.stamp_text("9 Jun 2022 ·By Jakarta Police Bans New Year Fireworks") is None
    assert dates.stamp_text("9 Jun 2022 ·Byron Bay Reopens") is None


def test_a_created_on_label_written_as_two_words_is_a_stamps_label():
    assert dates.stamp_text("Di buat pada Jul 02, 2022") == "Jul 02, 2022"
    assert dates.stamp_text("Kategori : Adventure | Di buat pada Jul 02, 2022") == "Jul 02, 2022"
    # trap: a sentence that runs on after the date is no stamp
    assert dates.stamp_text("Di buat pada Jul 02, 2022 oleh warga desa yang bergotong royong") is None


def test_an_empty_author_a_comment_count_and_the_category_in_cells_around_the_date_make_a_stamp():
    line = "by | Posted on: March 3rd, 2019 | No Comments | Sport"
    assert dates.stamp_text(line) == "March 3, 2019"
    assert dates.stamp_text("Oleh | 5 Maret 2019 | 3 komentar | Daerah") == "5 Maret 2019"
    # the traps: no date among the cells is no stamp, and a headline holding a date before the cells is none
    assert dates.stamp_text("by | Sport | No Comments | News") is None
    assert dates.stamp_text("Gempa 12 September 2023 Guncang Lombok | No Comments | News") is None


def test_a_papers_name_and_date_closed_by_a_stop_is_a_stamp():
    assert dates.stamp_text("The Example Globe, November 3, 2013.") == "November 3, 2013"
    # the traps: a sentence or a headline ending with a year and a stop is no stamp
    assert dates.stamp_text("It happened in 2013.") is None
    assert dates.stamp_text("Gempa Guncang Lombok Sejak 2013.") is None


def test_a_stamp_with_its_source_after_a_space_and_a_print_editions_source_line_are_stamps():
    assert dates.stamp_text("Jumat, 03 April 2015 | 16:52 WIB Sumber: Contoh.com") == "03 April 2015 16:52 WIB"
    assert dates.stamp_text("Sumber: Harian Contoh edisi Minggu, 12 Januari 2013") == "12 Januari 2013"
    # the traps: a sentence naming an edition's date, or a source, runs on past the date
    assert dates.stamp_text("Gempa Lombok edisi 12 Januari 2013 dibahas ulang") is None
    assert dates.stamp_text("Kamis, 3 Mei 2018 sumber kami menyebut hujan turun") is None


def test_an_update_label_before_an_iso_date_and_clock_is_a_stamp():
    assert dates.stamp_text("Update: 2019-10-01 08:24 GMT") == "2019-10-01 08:24 GMT"
    # the trap: an update's note that goes on past its date is no stamp
    assert dates.stamp_text("Update: 2019-10-01 the island will stay open") is None


def test_a_clock_and_zone_before_the_date_after_on_is_a_stamp():
    assert dates.stamp_text("Updated at 5:33 p.m. ET on 2018-05-13") == "2018-05-13 5:33 p.m. ET"
    assert dates.stamp_text("5:33 p.m. ET on May 13, 2018") == "May 13, 2018 5:33 p.m. ET"
    # the trap: a clock and a date with words between them is a sentence, no stamp
    assert dates.stamp_text("5:33 p.m. ET rescuers arrived on May 13, 2018") is None


def test_a_last_modified_label_before_the_date_is_a_stamp():
    assert dates.stamp_text("Last Modified: 10 May 2012 20:07") == "10 May 2012 20:07"
    # the trap: a sentence telling what was modified on a day is no stamp
    assert dates.stamp_text("Last modified the rules on 10 May 2012") is None


def test_a_wire_and_its_place_before_a_bar_then_the_date_is_a_stamp():
    assert dates.stamp_text("The Associated Press, Mentawai Islands, West Sumatra | Thu, 10/28/2010 7:19 PM | "
                            "National") == "10/28/2010 7:19 PM"
    # the trap: a sentence before a bar and a date is no stamp
    assert dates.stamp_text("Rescuers said many of the bodies were swept away at sea, he said | 10/28/2010") is None


def test_a_papers_name_straight_on_to_its_date_then_its_editor_is_a_stamp():
    assert dates.stamp_text("Bali Post 27 oktober 2010,Edit by Admin") == "27 oktober 2010"
    # the trap: with no editor after it, a line of capitalised words ending with a date may be a headline
    assert dates.stamp_text("Bali Post 27 oktober 2010") is None


def test_a_writers_name_and_handle_then_the_storys_age_before_the_date_is_a_stamp():
    assert dates.stamp_text("Jane Roe (@JaneRoe) 1 minute ago Thu 05th December 2019 | 06:42 PM") == \
        "05 December 2019 06:42 PM"
    # the trap: a sentence telling what someone said some time ago, no handle, is no stamp
    assert dates.stamp_text("Jane Roe said 2 hours ago Thu 5 December 2019") is None


def test_a_sources_name_glued_to_a_date_in_figures_is_a_stamp():
    assert dates.stamp_text("Contoh Now28-04-2025") == "28-04-2025"
    # the trap: words glued to a date inside a headline's words are no stamp
    assert dates.stamp_text("Gempa Lombok28-04-2025 Guncang") is None


def test_a_feeds_date_line_with_the_source_it_copied_and_its_link_is_a_stamp():
    assert dates.stamp_text("March 17, 2019 at 11:33AM from Contoh News https://ift.tt/2TPOBa2") == "March 17, 2019 11:33AM"
    # the trap: a sentence running on from a date with 'from' and lower-case words is no stamp
    assert dates.stamp_text("Floods swept the town on March 17, 2019 from the hills") is None


def test_a_writers_address_the_site_hid_before_the_date_is_a_stamp():
    assert dates.stamp_text("( [email protected] ) Dec 30, 2014 11:05 AM EST") == "Dec 30, 2014 11:05 AM EST"
    # the trap: the placeholder before a sentence that ends with a date is no stamp
    assert dates.stamp_text("( [email protected] ) wrote about the crash on Dec 30, 2014") is None


def test_a_date_with_no_space_after_its_comma_after_a_writers_line_is_a_stamp():
    assert dates.stamp_text("By Jane Roe via Contoh Times Oct 23,2018") == "Oct 23,2018"
    assert dates.parse("Oct 23,2018", "UTC").date() == dt.date(2018, 10, 23)
    # the trap: figures run together after the day are no year
    assert dates.stamp_text("By Jane Roe Oct 232018") is None


def test_a_date_line_after_writers_names_run_together_is_a_stamp():
    line = "oleh Nafisa QodarDelvira HutabaratFachrul RozieWinda Nelfira diperbarui 01 Jul 2022, 00:03 WIB"
    assert dates.stamp_text(line) == "01 Jul 2022 00:03 WIB"
    # the trap: a long sentence that opens with "by" and closes with a date is no stamp
    assert dates.stamp_text("by the people who were there on the day, who said they saw the storm arrive, "
                            "on 01 Jul 2022, 00:03") is None


def test_a_pages_labelled_fields_before_its_labelled_date_make_a_date_line():
    line = "Category: Column By : Jane Roe Read : 1276 Date : Saturday, October 12, 2013 - 07:16:29"
    assert dates.stamp_text(line) == "October 12, 2013 07:16:29"
    # trap: fields before a date the line runs on past are a sentence's, no date line
    assert dates.stamp_text("Agenda: Rapat Tanggal : 12 Oktober 2013 di Balai Kota dibuka oleh wali kota") is None


def test_a_date_line_with_its_sources_between_the_date_and_the_time_and_a_print_button():
    assert dates.stamp_text("04-Aug-2020 Contoh | Wire Service | 6:02 AM Print This Post") == "04 Aug 2020 6:02 AM"
    # trap: a headline running on after a date is no date line, the button's word stripped or not
    assert dates.stamp_text("04-Aug-2020 Floods Hit The Capital As Rivers Burst Print") is None


def test_a_date_line_printed_twice_in_two_formats_with_no_label_between_is_one_stamp():
    stamp = dates.stamp_text("Selasa, 24 Agustus 2021 08:00 WIB 24 Agustus 2021, 08:00 WIB")
    assert stamp is not None and dates.parse(stamp, "Asia/Jakarta").isoformat() == "2021-08-24T08:00:00+07:00"
    # trap: two days' dates after each other, no label between, are no one day's stamp
    assert dates.stamp_text("Selasa, 24 Agustus 2021 08:00 WIB 25 Agustus 2021, 09:00 WIB") is None


def test_a_print_editions_day_before_the_web_pages_labelled_dates_of_the_day_before():
    line = "Mon, December 7, 2020 Published on Dec. 6, 2020 Published on 2020-12-06T21:52:08+07:00"
    assert dates.parse(dates.stamp_text(line), "UTC").isoformat() == "2020-12-06T21:52:08+07:00"
    # traps: an unlabelled day two days off, or labelled dates of two days, make no one stamp of the line
    assert dates.stamp_text(line.replace("Mon, December 7", "Tue, December 8")) is None
    assert dates.stamp_text("Mon, December 7, 2020 Published on Dec. 6, 2020 Updated on 2020-12-05T21:52:08+07:00") is None


def test_days_named_by_weekday_day_and_month_that_fall_on_other_weekdays_in_the_stamps_year():
    story = ["Jaksa membacakan dakwaan dalam sidang di Pengadilan Tipikor, Jakarta, Selasa (27/06).",
             "Menteri tiba di gedung kejaksaan, Senin (03/07) siang."]
    # 27 June and 3 July 2025 were a Friday and a Thursday: the story is of another year (2023)
    assert dates.weekdays_of_another_year("22 Agustus 2025", story)
    # traps: the same days named on their own weekdays in the stamp's year, or one day that fits, tell nothing
    assert not dates.weekdays_of_another_year("22 Agustus 2025", ["Sidang digelar Jumat (27/06).", "Kamis (03/07)."])
    assert not dates.weekdays_of_another_year("22 Agustus 2025", [story[0], "Sidang lanjutan digelar Kamis (03/07)."])
    assert not dates.weekdays_of_another_year("22 Agustus 2025", ["Sidang digelar pekan lalu."])


def test_a_story_naming_the_stamps_own_day_on_another_weekday_is_of_that_day():
    # 23 September 2021 was a Thursday; the writer slipped on the weekday of the day the page is stamped with
    story = ["Warga mengaku belum mendengar kabar penggusuran, kata seorang warga saat ditemui, Rabu (23/9)."]
    assert not dates.weekdays_of_another_year("23 Sep 2021 22:33 WIB", story)
    # trap: another day of the stamp's month on another weekday still tells of another year (16 September 2021
    # was a Thursday, 16 September 2020 a Wednesday)
    assert dates.weekdays_of_another_year("23 Sep 2021 22:33 WIB", ["Warga berunjuk rasa, Rabu (16/9)."])
