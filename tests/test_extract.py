"""Extract stage: dates and their source, language, agencies, lede and length."""

import datetime as dt

from test_clean import doc

from generator.clean import clean
from generator.editorial import load_editorial
from generator.extract import detect_language, extract

EDITORIAL = load_editorial()


def article_from(text: str):
    return extract(clean(doc(text), EDITORIAL), EDITORIAL)


def test_header_date_is_used_with_its_offset():
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\nKamis, 20 Juni 2024 - 13:45 WITA\n"
                           "Pada Rabu (13/09/2023) pejabat itu bertemu wartawan di kantornya.\n")
    assert article.published.isoformat() == "2024-06-20T13:45:00+08:00"
    assert article.date_source == "header"


def test_without_a_stamp_the_latest_dated_reference_is_inferred():
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\n"
                           "Pada Rabu (13/09/2023) pejabat itu bertemu wartawan di kantornya.\n"
                           "Sebelumnya, pada 30 Agustus 2023, pertemuan serupa digelar di Jakarta.\n")
    assert article.published == dt.date(2023, 9, 13)
    assert article.date_source == "inferred"


def test_the_date_the_first_paragraphs_dateline_prints_is_the_articles_in_figures_day_first():
    lede = "{} Para menteri itu bertemu di Paris dan membahas kerja sama yang akan datang, pada 20 Februari 2024.\n"
    for dateline, day in (("02/05/2024 -", dt.date(2024, 5, 2)), ("Semarang, 10 Desember 2025 –", dt.date(2025, 12, 10)),
                          ("Paris, May 3, 2024 -", dt.date(2024, 5, 3))):
        article = article_from("Judul Berita Yang Cukup Panjang Sekali\n" + lede.format(dateline))
        assert (article.published, article.date_source) == (day, "dateline")
    bracketed = article_from("A Headline Long Enough To Be One\n1-12-2025 (JAKARTA) Floods and landslides have "
                             "killed hundreds of people across the island, officials said on Monday.\n")
    assert (bracketed.published, bracketed.date_source) == (dt.date(2025, 12, 1), "dateline")
    # trap: a date before a bracketed aside in lower case opens no dateline
    aside = article_from("A Headline Long Enough To Be One\n1-12-2025 (a Monday) was the day the floods reached the "
                         "capital, officials said later in the week.\n")
    assert aside.date_source != "dateline"
    english = article_from("A Headline Long Enough To Be One\n02/05/2024 - Ministers met in Paris on the roadmap "
                           "and discussed the years to come, after talks on 20 February 2024.\n")
    assert english.published == dt.date(2024, 5, 2)
    # trap: a date opening a later paragraph is the story's, not the dateline's; the latest reference is inferred
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\n"
                           "Para menteri itu bertemu di Paris dan membahas kerja sama pada 20 Februari 2024.\n"
                           "Mereka sepakat melanjutkan pembicaraan bulan depan di Jakarta.\n"
                           + lede.format("02/05/2024 -"))
    assert (article.published, article.date_source) == (dt.date(2024, 2, 20), "inferred")
    # trap: a date and a dash inside the sentence is no dateline
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\n"
                           "Para menteri itu bertemu pada 02/05/2024 - hari yang sudah lama dinanti para diplomat.\n")
    assert article.date_source != "dateline"


def test_a_date_without_a_year_is_not_enough_and_today_is_never_used():
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\n"
                           "Pada Rabu (13/9) pejabat itu bertemu wartawan di kantornya kemarin.\n")
    assert article.published is None and article.date_source is None


def test_an_english_article():
    article = article_from("North Korea's Kim arrives in Russia for talks with Putin\n"
                           "September 12, 2023 6:02 AM GMT+9\n"
                           "SEOUL (Reuters) - North Korean leader Kim Jong Un arrived in Russia on Tuesday for talks "
                           "with President Vladimir Putin, state media said.\n"
                           "The two leaders were expected to discuss military cooperation, officials told AFP.\n")
    assert article.language == "en"
    assert article.published.isoformat() == "2023-09-12T06:02:00+09:00"
    assert article.dateline == "Seoul"
    assert article.agencies == ("AFP", "Reuters")


def test_a_time_without_a_zone_is_taken_in_the_outlet_or_language_zone():
    indonesian = article_from("Judul Berita Yang Cukup Panjang Sekali\n12/09/2023 14:42\n"
                              "Para menteri itu bertemu di Jakarta dan membahas kerja sama yang akan datang.\n")
    assert indonesian.published.isoformat() == "2023-09-12T14:42:00+07:00"


def test_agencies_are_named_by_cues_and_source_notes_not_by_mere_mention():
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\n"
                           "Menurut laporan KNCA, kedua pemimpin sepakat, dikutip AFP.\n"
                           "Wartawan Reuters yang hadir tidak diizinkan bertanya.\n"  # mentioned, not cited
                           "Sumber : CNN Indonesia\n")
    assert article.agencies == ("AFP", "CNN Indonesia", "KCNA")


def test_lede_skips_a_short_standfirst():
    article = article_from("Judul Berita Yang Cukup Panjang Sekali\nKim berterima kasih kepada Putin.\n"
                           "Presiden Rusia Vladimir Putin menjadi tuan rumah bagi pemimpin Korea Utara untuk "
                           "melakukan pembicaraan pada hari Rabu.\n")
    assert article.lede.startswith("Presiden Rusia Vladimir Putin")


def test_length_and_reading_time():
    words = " ".join(["kata"] * 450)
    article = article_from(f"Judul Berita Yang Cukup Panjang Sekali\n{words}.\n")
    assert article.words == 450 and article.reading_minutes == 2


def test_no_title_falls_back_to_the_file_name():
    article = extract(clean(doc("ini hanya kalimat pendek.\n", path="berita_tanpa-judul.txt"), EDITORIAL), EDITORIAL)
    assert article.title == "berita tanpa judul" and not article.title_found


def test_language_detection():
    assert detect_language(("Presiden itu mengatakan bahwa kerja sama akan dilanjutkan dengan Rusia.",)) == "id"
    assert detect_language(("The president said that the cooperation will continue with Russia.",)) == "en"
    assert detect_language(()) == "id"
