"""Clean stage: general rules on made-up pages in the styles of outlets the seeds do not contain."""

import hashlib

import pytest

from generator import clean as clean_stage
from generator.clean import explain, looks_like_prose
from generator.editorial import load_editorial
from generator.model import RawDocument
from generator.read import normalise_text

EDITORIAL = load_editorial()


def clean(document):
    return clean_stage.clean(document, EDITORIAL)


def remove_recurring(documents):
    return clean_stage.remove_recurring(documents, EDITORIAL)


def doc(text: str, path: str = "x.txt") -> RawDocument:
    text = normalise_text(text)
    return RawDocument(path=path, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())


def rules_of(cleaned) -> dict[str, str]:
    return {line.text: line.rule for line in cleaned.removed}


DETIK = """detikNews
Berita
Jokowi Bertemu Putin di Moskow, Bahas Kerja Sama Energi
Rabu, 29 Jun 2022 20:15 WIB
Andi Saputra - detikNews
Foto: Presiden Joko Widodo (Biro Pers Setpres)
Jakarta - Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, pada Kamis (30/6/2022).
Baca juga: Jokowi Tiba di Moskow Setelah Naik Kereta dari Kyiv
Pertemuan itu membahas pasokan pangan dan pupuk, kata juru bicara istana.
"Saya menyampaikan pesan dari Presiden Zelensky," ujar Jokowi.
(rdp/imk)
Simak Video "Jokowi dan Putin Bertemu"
Tag
jokowi
putin
"""

KOMPAS = """Menu
KOMPAS.com
Harga Minyak Naik Setelah OPEC Pangkas Produksi
Kompas.com - 03/04/2023, 10:15 WIB
Penulis: Budi Santoso | Editor: Ani Rahmawati
JAKARTA, KOMPAS.com - Harga minyak dunia naik lebih dari 5 persen pada Senin setelah OPEC+ mengumumkan pemangkasan produksi.
Baca juga: Harga Minyak Turun Tajam Pekan Lalu
Analis memperkirakan harga akan bertahan di atas 80 dollar AS per barel sepanjang bulan ini.
Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/x
"""

REUTERS = """World
North Korea's Kim arrives in Russia for talks with Putin
By Josh Smith and Guy Faulconbridge
September 12, 2023 6:02 AM GMT+9
SEOUL, Sept 12 (Reuters) - North Korean leader Kim Jong Un arrived in Russia on Tuesday, state media said.
READ MORE: Putin and Kim to discuss weapons, officials say
The two leaders are expected to discuss military cooperation, U.S. officials said.
"We will talk about everything," Putin told reporters.
Reporting by Josh Smith; Editing by Ed Davies
Our Standards: The Thomson Reuters Trust Principles.
Advertisement
"""

KONTAN_MULTIPAGE = """KONTAN.CO.ID
Ekonomi
Rupiah Menguat Tipis di Awal Pekan Ini
Senin, 04 Desember 2023 / 09:30 WIB
Reporter: Dina Hutauruk | Editor: Handoyo
KONTAN.CO.ID - JAKARTA. Rupiah di pasar spot menguat tipis pada pembukaan perdagangan Senin pagi ini.
Pelaku pasar menunggu data inflasi Amerika Serikat yang akan dirilis pekan ini.
Halaman 2 dari 3
Cek Berita dan Artikel yang lain di Google News
"""


def test_detik_style_page():
    cleaned = clean(doc(DETIK))
    assert cleaned.title == "Jokowi Bertemu Putin di Moskow, Bahas Kerja Sama Energi"
    assert cleaned.date_stamps == ("29 Jun 2022 20:15 WIB",)
    assert cleaned.dateline == "Jakarta"
    assert cleaned.further_reading == ("Jokowi Tiba di Moskow Setelah Naik Kereta dari Kyiv",)
    assert cleaned.paragraphs == (
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, pada Kamis (30/6/2022).",
        "Pertemuan itu membahas pasokan pangan dan pupuk, kata juru bicara istana.",
        '"Saya menyampaikan pesan dari Presiden Zelensky," ujar Jokowi.',
    )
    removed = rules_of(cleaned)
    assert removed["Andi Saputra - detikNews"] == "byline"
    assert removed['Simak Video "Jokowi dan Putin Bertemu"'] == "video-promo"
    assert removed["(rdp/imk)"] == "byline"
    assert removed["Foto: Presiden Joko Widodo (Biro Pers Setpres)"] == "photo-credit"
    assert removed["Tag"] == "related-links" and removed["putin"] == "related-links"


def test_kompas_style_page():
    cleaned = clean(doc(KOMPAS))
    assert cleaned.title == "Harga Minyak Naik Setelah OPEC Pangkas Produksi"
    assert cleaned.date_stamps == ("03/04/2023 10:15 WIB",)
    assert cleaned.outlet == "Kompas.com"
    assert cleaned.dateline == "Jakarta"
    assert cleaned.paragraphs == (
        "Harga minyak dunia naik lebih dari 5 persen pada Senin setelah OPEC+ mengumumkan pemangkasan produksi.",
        "Analis memperkirakan harga akan bertahan di atas 80 dollar AS per barel sepanjang bulan ini.",
    )
    removed = rules_of(cleaned)
    assert removed["Penulis: Budi Santoso | Editor: Ani Rahmawati"] == "byline"
    assert removed["JAKARTA, KOMPAS.com -"] == "dateline-prefix"
    assert removed["Menu"] == "widget-label"
    assert cleaned.further_reading == ("Harga Minyak Turun Tajam Pekan Lalu",)


def test_reuters_style_english_page():
    cleaned = clean(doc(REUTERS))
    assert cleaned.title == "North Korea's Kim arrives in Russia for talks with Putin"
    assert cleaned.section == "World"
    assert cleaned.date_stamps == ("September 12, 2023 6:02 AM GMT+9",)
    assert cleaned.dateline == "Seoul"
    assert "Reuters" in cleaned.source_notes
    assert cleaned.further_reading == ("Putin and Kim to discuss weapons, officials say",)
    assert cleaned.paragraphs == (
        "North Korean leader Kim Jong Un arrived in Russia on Tuesday, state media said.",
        "The two leaders are expected to discuss military cooperation, U.S. officials said.",
        '"We will talk about everything," Putin told reporters.',
    )
    removed = rules_of(cleaned)
    assert removed["By Josh Smith and Guy Faulconbridge"] == "byline"
    assert removed["Reporting by Josh Smith; Editing by Ed Davies"] == "byline"


def test_kontan_style_page_with_page_number():
    cleaned = clean(doc(KONTAN_MULTIPAGE))
    assert cleaned.outlet == "Kontan"
    assert cleaned.section == "Ekonomi"
    assert cleaned.dateline == "Jakarta"
    assert cleaned.page == 2
    assert cleaned.paragraphs == (
        "Rupiah di pasar spot menguat tipis pada pembukaan perdagangan Senin pagi ini.",
        "Pelaku pasar menunggu data inflasi Amerika Serikat yang akan dirilis pekan ini.",
    )


@pytest.mark.parametrize("line", [
    "Baca selengkapnya laporan itu di situs kementerian, kata Budi.",  # starts with "Baca"
    "Bacaan doa itu dibacakan oleh imam masjid setempat.",
    "Follow the money, kata penyidik itu kepada wartawan.",  # contains "Follow"
    "Warga diminta follow akun resmi BMKG untuk peringatan dini.",
    "“Pada 12 September 2023 kami akan bertemu lagi,” kata dia.",  # a quote that contains a date
    "Halaman depan kantor itu dipenuhi karangan bunga.",
    "Rekomendasi Komnas HAM itu belum dijalankan pemerintah.",
    "Sumber daya alam Indonesia melimpah, kata menteri.",
])
def test_prose_traps_are_kept(line):
    text = f"Judul Berita Yang Cukup Panjang Untuk Sebuah Judul\n\nParagraf pembuka artikel ini cukup panjang untuk dianggap prosa.\n\n{line}\n\nPenutup artikel.\n"
    cleaned = clean(doc(text))
    assert line in cleaned.paragraphs


def test_a_title_containing_a_date_is_the_title_not_a_stamp():
    cleaned = clean(doc("Gempa 12 September 2023 Guncang Lombok Utara\n\nSelasa, 12 September 2023 - 20:00 WITA\n\n"
                        "Gempa bermagnitudo 5,1 mengguncang Lombok Utara pada Selasa malam.\n"))
    assert cleaned.title == "Gempa 12 September 2023 Guncang Lombok Utara"
    assert cleaned.date_stamps == ("12 September 2023 20:00 WITA",)


def test_chrome_between_paragraphs_is_removed_wherever_it_stands():
    cleaned = clean(doc("Judul Berita Yang Cukup Panjang Sekali\n\nParagraf satu yang panjang sekali dan berisi banyak kata.\n"
                        "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nParagraf dua juga berisi kalimat lengkap.\n"
                        "loading...\nParagraf tiga menutup artikel ini.\n"))
    assert cleaned.paragraphs == ("Paragraf satu yang panjang sekali dan berisi banyak kata.",
                                  "Paragraf dua juga berisi kalimat lengkap.", "Paragraf tiga menutup artikel ini.")


def test_a_comment_marker_before_any_prose_does_not_swallow_the_article():
    cleaned = clean(doc("Komentar\nJudul Berita Yang Cukup Panjang Sekali\nParagraf satu berisi kalimat lengkap.\n"))
    assert cleaned.paragraphs == ("Paragraf satu berisi kalimat lengkap.",)


def test_a_comment_section_ends_the_article_and_captcha_goes_with_it():
    cleaned = clean(doc("Judul Berita Yang Cukup Panjang Sekali\nParagraf satu berisi kalimat lengkap.\n"
                        "Leave a Reply\nBudi: artikel yang bagus sekali, terima kasih banyak.\n12 + 5 = \n"))
    assert cleaned.paragraphs == ("Paragraf satu berisi kalimat lengkap.",)
    assert {r.rule for r in cleaned.removed} >= {"comment-section-en", "after:comment-section-en"}


def test_captions_and_photo_credits():
    cleaned = clean(doc("Judul Berita Yang Cukup Panjang Sekali\n"
                        "Presiden berbicara kepada wartawan di Jakarta, Senin. (ANTARA FOTO/Sigid Kurniawan)\n"
                        "Photo : YONHAP News\n(Foto: Reuters)\nParagraf satu berisi kalimat lengkap.\n"))
    assert cleaned.paragraphs == ("Paragraf satu berisi kalimat lengkap.",)


def test_source_notes_become_metadata():
    cleaned = clean(doc("Judul Berita Yang Cukup Panjang Sekali\nParagraf satu berisi kalimat lengkap.\n"
                        "Sumber : CNN Indonesia\n"
                        "(Except for the headline, this story has not been edited by NDTV staff and is published "
                        "from a syndicated feed.)\n"))
    assert cleaned.source_notes == ("CNN Indonesia", "NDTV")
    assert cleaned.paragraphs == ("Paragraf satu berisi kalimat lengkap.",)


def test_site_name_and_tagline_above_the_headline_are_chrome():
    cleaned = clean(doc("Warta Kota Baru\n\nTerpercaya sejak 1998\n\nHeadline Berita Yang Cukup Panjang Di Sini\n\n"
                        "Paragraf satu berisi kalimat lengkap.\n"))
    assert cleaned.title == "Headline Berita Yang Cukup Panjang Di Sini"
    assert rules_of(cleaned)["Terpercaya sejak 1998"] == "before-headline"


def test_a_repeated_headline_is_removed_everywhere():
    cleaned = clean(doc("Headline Berita Yang Cukup Panjang Di Sini\nHeadline Berita Yang Cukup Panjang Di Sini\n"
                        "Paragraf satu berisi kalimat lengkap.\nheadline berita yang cukup panjang di sini\n"))
    assert cleaned.paragraphs == ("Paragraf satu berisi kalimat lengkap.",)
    assert [r.rule for r in cleaned.removed].count("repeated-headline") == 2


def test_recurring_short_lines_of_one_outlet_are_chrome():
    pages = [doc(f"Judul Artikel Nomor {n} Yang Panjang\nNusantaraPos.com - Paragraf {n} berisi kalimat lengkap.\n"
                 f"Jangan lewatkan\nKalimat kedua artikel {n}.\n", path=f"{n}.txt") for n in range(3)]
    cleaned = remove_recurring([clean(p) for p in pages])
    for document in cleaned:
        assert "Jangan lewatkan" not in document.paragraphs
        assert any(r.rule == "recurring-in-outlet" for r in document.removed)
    # two articles are not enough evidence
    two = remove_recurring([clean(p) for p in pages[:2]])
    assert all("Jangan lewatkan" in d.paragraphs for d in two)


def test_explain_lists_every_line_with_its_rule():
    cleaned = clean(doc(DETIK))
    lines = explain(cleaned)
    assert (1, "before-headline", "detikNews") in lines
    kept = [text for _, rule, text in lines if not rule]
    assert "Pertemuan itu membahas pasokan pangan dan pupuk, kata juru bicara istana." in kept


def test_looks_like_prose():
    assert looks_like_prose("Dia datang.")
    assert looks_like_prose("“Kami datang”")
    assert not looks_like_prose("Berita Terkait")
    assert not looks_like_prose("Halaman :")
