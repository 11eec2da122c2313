"""Who said what (generator/quotes.py through the resolve stage): every cue form, with sentences written for the
tests, and the traps."""

import re

import pytest

from generator.quotes import article_quotes, sentence_start
from test_resolve import cast_of


def speaker(resolved, quote):
    """What a reader sees as the speaker: the actor's name, the printed name, "dokumen", or None."""
    if quote.speaker_id:
        return resolved.actors[quote.speaker_id].name
    if quote.speaker_name:
        return quote.speaker_name
    return "dokumen" if quote.from_document else None


INTRO = "Menteri Perhubungan Budi Santoso mengatakan jalur itu dibuka pekan depan."


@pytest.mark.parametrize("cue", [
    "katanya", "ujarnya", "ungkapnya", "ucapnya", "tuturnya", "jelasnya", "tegasnya", "tambahnya", "imbuhnya",
    "sambungnya", "lanjutnya", "pungkasnya", "terangnya", "paparnya", "tutupnya", "bebernya", "tandasnya",
    "kata dia", "ujar dia", "ungkap beliau", "ucap dia", "terang dia", "tegas ia", "lanjut dia",
    "terangnnya",  # a typo of "terangnya", one edit away
])
def test_nya_and_pronoun_cues_mean_the_person_just_named(cue):
    resolved, cast = cast_of(INTRO, f"“Semua kendaraan boleh lewat mulai Senin pagi,” {cue}.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Budi Santoso"]


@pytest.mark.parametrize("paragraphs, expected", [
    # a speaker named by one word, with no actor page, keeps the quote under that name
    (("“Kami menunggu hasil audit sebelum memutuskan,” kata Bernadia dalam keterangannya.",), "Bernadia"),
    (("“Air sudah surut sejak subuh,” ujar Hendi kepada wartawan.",), "Hendi"),
    # ... and resolves to the person the article names in full
    (("Wakil Ketua Komisi Hendi Prasetyo meninjau lokasi banjir.", "“Air sudah surut sejak subuh,” ujar Hendi."),
     "Hendi Prasetyo"),
    # a title before the name is not the name
    (("“Putusan ini final dan mengikat,” kata Ketua KPU Affifuddin Rahman.",), "Affifuddin Rahman"),
    # a description, then the name after the comma
    (("“Banjir mulai pukul delapan malam,” kata salah satu pengemudi ojek asal Genuk, Wawan.",), "Wawan"),
    (("“Klien kami siap diperiksa,” kata pengacara Lisa, Jhony Nababan, kepada wartawan.",), "Jhony Nababan"),
    # "tulis X": a writer named
    (("“Keputusan ini berlaku sejak ditetapkan,” tulis Affifudin dalam keputusan itu.",), "Affifudin"),
    # before the quote
    (("Dewi Lestari mengatakan, “Kami tidak akan mundur.”",), "Dewi Lestari"),
    (("Menurut Dewi, “Kami tidak akan mundur.”",), "Dewi"),
    (("Rina Wati, peneliti pangan, mengatakan harga naik.", "Dia menambahkan: “Stok beras masih cukup.”"), "Rina Wati"),
    # English
    (('"We will rebuild the bridge," said Mayor Tom Harris.',), "Tom Harris"),
    (('Governor Ann Lee visited the site.', '"We will rebuild the bridge," she said.'), "Ann Lee"),
    (('"We will rebuild the bridge," Ann Lee told reporters.',), "Ann Lee"),
    # documents speak
    (("“Setiap warga berhak atas bantuan hukum,” bunyi keterangan dalam dokumen tersebut.",), "dokumen"),
    (("“Permohonan ditolak untuk seluruhnya,” demikian tertulis dalam putusan.",), "dokumen"),
])
def test_cue_forms(paragraphs, expected):
    english = any(" she said" in p or " told " in p for p in paragraphs)
    resolved, cast = cast_of(*paragraphs, language="en" if english else "id")
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


def test_an_organisation_named_after_tulis_gets_the_quote_not_a_person():
    resolved, cast = cast_of("Ketua KPU Affifuddin Rahman hadir dalam rapat itu.",
                             "“Tahapan pemilu tetap berjalan,” tulis KPU dalam keputusannya.")
    quote = cast.quotes[0]
    assert quote.speaker_id is None or resolved.actors[quote.speaker_id].kind != "person"
    assert speaker(resolved, quote) == "Komisi Pemilihan Umum"  # the registry's organisation, found by "KPU"


# ---------------------------------------------------------------- traps

def test_katanya_after_a_paragraph_naming_two_people_stays_unattributed():
    resolved, cast = cast_of("Gubernur Ahmad Santoso bertemu Bupati Rudi Hartono di pendopo kabupaten.",
                             "“Kami sepakat mempercepat perbaikan jalan,” katanya.")
    assert [speaker(resolved, q) for q in cast.quotes] == [None]


def test_katanya_goes_to_the_one_who_spoke_when_two_are_named():
    resolved, cast = cast_of("Gubernur Ahmad Santoso mengatakan kepada Bupati Rudi Hartono bahwa dana sudah cair.",
                             "“Kami sepakat mempercepat perbaikan jalan,” katanya.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Ahmad Santoso"]


def test_a_personal_pronoun_never_goes_to_an_organisation():
    resolved, cast = cast_of("Komisi Pemberantasan Korupsi (KPK) menyatakan penyidikan berlanjut.",
                             "“Kami akan memanggil saksi pekan depan,” kata dia.")
    quote = cast.quotes[0]
    assert quote.speaker_id is None or resolved.actors[quote.speaker_id].kind != "person"
    assert quote.speaker_name is None


def test_a_heading_stops_the_search_for_the_person_just_named():
    resolved, cast = cast_of(INTRO, "Jalur Alternatif Disiapkan", "“Petugas berjaga di setiap simpang,” ujarnya.")
    assert [speaker(resolved, q) for q in cast.quotes] == [None]


def test_a_quote_inside_a_quote_is_one_quotation():
    resolved, cast = cast_of("“Warga bertanya kepada saya, ‘kapan jalan ini selesai?’ dan saya jawab akhir bulan,” "
                             "kata Budi Santoso.")
    assert len(cast.quotes) == 1
    assert cast.quotes[0].text.startswith("Warga bertanya kepada saya, ‘kapan")
    assert speaker(resolved, cast.quotes[0]) == "Budi Santoso"


def test_a_phrase_quoted_inside_a_sentence_is_not_a_quotation():
    _, cast = cast_of("Sebagian anggota dewan menyebut warga pengkritik sebagai “paling keras kepala” dan menolak bertemu.")
    assert cast.quotes == ()


def test_a_quote_that_goes_on_in_the_next_paragraph_is_one_quote():
    paragraphs = ("“Kami sudah memeriksa seluruh dokumen yang diserahkan pelapor.",
                  "“Hasilnya akan kami umumkan setelah rapat pleno,” kata Budi Santoso.")
    resolved, cast = cast_of(*paragraphs)
    assert len(cast.quotes) == 1
    assert cast.quotes[0].text == ("Kami sudah memeriksa seluruh dokumen yang diserahkan pelapor. "
                                   "Hasilnya akan kami umumkan setelah rapat pleno")
    assert speaker(resolved, cast.quotes[0]) == "Budi Santoso"
    assert [[(part.paragraph, part.closed) for part in parts] for parts in article_quotes(paragraphs)] == \
        [[(0, False), (1, True)]]


def test_a_closing_mark_whose_opening_mark_was_lost_closes_the_paragraph_before_it():
    resolved, cast = cast_of(INTRO, 'Jalur itu hanya untuk kendaraan kecil sampai jembatan selesai diperbaiki," '
                                    'kata Budi Santoso.')
    assert [q.text for q in cast.quotes] == ["Jalur itu hanya untuk kendaraan kecil sampai jembatan selesai "
                                            "diperbaiki"]
    assert speaker(resolved, cast.quotes[0]) == "Budi Santoso"
    # trap: a mark opening a quote that runs to the paragraph's end, a word in capitals after it, opens it
    _, cast = cast_of(INTRO, 'Budi Santoso menambahkan, "Jalur itu hanya untuk kendaraan kecil sampai jembatan '
                             'selesai diperbaiki.')
    assert [q.text for q in cast.quotes] == ["Jalur itu hanya untuk kendaraan kecil sampai jembatan selesai "
                                            "diperbaiki."]


def test_one_name_after_an_honorific_is_the_speakers_name():
    resolved, cast = cast_of('"Hak itu kembali kepada negara sejak izinnya berakhir," imbuh Prof Maria.')
    assert [speaker(resolved, q) for q in cast.quotes] == ["Maria"]
    # trap: a title after the honorific names no one
    resolved, cast = cast_of('"Hak itu kembali kepada negara sejak izinnya berakhir," imbuh Prof Dekan.')
    assert [speaker(resolved, q) for q in cast.quotes] == [None]


def test_a_holders_one_name_after_a_title_and_the_body_it_is_held_in_is_the_speaker():
    resolved, cast = cast_of('"Yang bersangkutan sudah diperiksa Propam," ungkap Kasi Humas Polres Barru Iptu '
                             'Sulpakar kepada wartawan, Jumat (17/10/2025).')
    assert [speaker(resolved, q) for q in cast.quotes] == ["Sulpakar"]
    # trap: a body with more words after its name, no title before them, is the body speaking
    resolved, cast = cast_of('"Penyaluran kredit tumbuh dua digit tahun ini," kata Bank Indonesia Syariah dalam '
                             'keterangannya.')
    assert [speaker(resolved, q) for q in cast.quotes] == ["Bank Indonesia"]


def test_a_quote_without_any_cue_stays_unattributed():
    resolved, cast = cast_of(INTRO, "“Semua kendaraan boleh lewat mulai Senin pagi.”")
    assert [speaker(resolved, q) for q in cast.quotes] == [None]


@pytest.mark.parametrize("paragraphs, expected", [
    # the scraper glued the verb to the name: read as "kata Faruk"
    (("“Dia belum terbuka secara detail, masih diperiksa,” kataFaruk.",), "Faruk"),
    (("Kapolres Metro Jakarta Timur Kombes Leo Simarmata mengatakan pelaku sudah ditangkap.",
      "“Modusnya merekrut orang untuk membuat rekening,” ujarSimarmata."), "Leo Simarmata"),
    # a name with no actor page, then a speech verb, after the quote
    (("“Kami perlu berbuat lebih banyak untuk meningkatkan performa kami,” Potter menjelaskan.",), "Potter"),
    # a pronoun and a speech verb after the quote mean the person just named
    ((INTRO, "“Anda akan mendapatkannya!” ia memposting pada hari Sabtu."), "Budi Santoso"),
    # a typo of the "-nya" cue that no longer ends in "nya"
    ((INTRO, "“Seluruh kabupaten dan kota ikut,” tutupnha."), "Budi Santoso"),
    # "sahut" is a speech verb
    (("“Macet, macet, macet,” sahut Wiryono dari dalam mobil.",), "Wiryono"),
])
def test_cue_forms_the_real_corpus_showed(paragraphs, expected):
    resolved, cast = cast_of(*paragraphs)
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


def test_a_word_after_a_quote_that_is_no_cue_is_not_a_typo_of_one():
    resolved, cast = cast_of(INTRO, "“Semua kendaraan boleh lewat mulai Senin pagi,” kemudian warga bersorak.")
    assert [speaker(resolved, q) for q in cast.quotes] == [None]


@pytest.mark.parametrize("paragraphs, expected", [
    # an office as the speaker: the one person the article named with it before
    (("Presiden AS Donald Trump menolak berkomentar soal partai baru itu.",
      "“Kita harus melihatnya,” kata presiden kepada wartawan."), "Donald Trump"),
    # two people named with the office: the reader cannot tell, so neither
    (("Presiden AS Donald Trump dan Presiden Prancis Emmanuel Macron bertemu di Paris.",
      "“Kita harus melihatnya,” kata presiden kepada wartawan."), None),
    # the office was never given to anyone named: nobody
    (("Sidang dipimpin di Pengadilan Negeri Jakarta Pusat pada Senin.",
      "“Gugatan dikabulkan untuk seluruhnya,” ujar hakim."), None),
])
def test_an_office_as_the_speaker_means_the_one_person_named_with_it(paragraphs, expected):
    resolved, cast = cast_of(*paragraphs)
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


@pytest.mark.parametrize("paragraphs, expected", [
    # a ruling, a statement, a report: a document speaks, or the organisation it names
    (("“Mengabulkan gugatan penggugat untuk seluruhnya,” demikian putusan hakim seperti dikutip dari situs SIPP.",),
     "dokumen"),
    (("Kementerian Kebudayaan Prancis mengumumkan pencurian di museum itu.",
      "“Delapan benda warisan budaya telah dicuri,” demikian pernyataan resmi Kementerian Kebudayaan Prancis."),
     "Kementerian Kebudayaan Prancis"),
])
def test_a_ruling_or_a_statement_that_speaks_is_a_document_or_its_organisation(paragraphs, expected):
    resolved, cast = cast_of(*paragraphs)
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


@pytest.mark.parametrize("paragraphs, expected", [
    # a place never speaks: "otoritas Provinsi Banteay mengungkapkan" names a province, not a person
    ((INTRO, "Sementara itu, otoritas Provinsi Banteay mengungkapkan para tahanan segera dipindahkan.",
      "“Kami akan terus memantau kasus ini,” tutupnya."), None),
    # an office in a place, then the person after the comma
    (("“Orang mencari kerja di kota,” kata Kepala Dinas Sosial (Dinsos) Kota Mataram, Rahmat Samsul Adnan saat "
      "ditemui di Mataram.",), "Rahmat Samsul Adnan"),
    # the name right after the cue beats the institution named later in the clause
    (("Ketua KPU Rudi Hartono membuka rapat pleno.",
      "“Kami membatalkan keputusan itu,” kata Hartono di kantor KPU RI, Jakarta."), "Rudi Hartono"),
    (("“Kami membatalkan keputusan itu,” kata Afandi di kantor KPU RI, Jakarta.",), "Afandi"),
    # an initial with its full stop is part of the name
    (("“Pegawai harus memperbaiki cara kerja,” kata M. Iftah Surya Negara di kantornya.",), "Iftah Surya Negara"),
    # "Anggota Komisi XII DPR itu mengatakan": the member just named, not the parliament
    (("Wakil Ketua Komisi XII DPR Eko Pranoto meninjau tambak udang.",
      "Anggota Komisi XII DPR itu mengatakan ekspor bergantung pada tiga hal.",
      "“Udang adalah kekuatan ekspor kita,” paparnya."), "Eko Pranoto"),
    # … or "ini" (this): "Pengasuh Ponpes Al Hikmah ini menilai", the head of the school just named
    (("“Pengajian digelar tiap pekan,” kata Ahmad Fauzi di Ponpes Al Hikmah Tuban, Senin.",
      "Pengasuh Ponpes Al Hikmah Tuban ini menilai pemerintah bekerja dengan baik.",
      "“Negara ini harus diurus oleh orang-orang yang mampu,” imbuhnya."), ["Ahmad Fauzi", "Ahmad Fauzi"]),
    (("“Data daerah sama dengan data kami,” beber Purnomo Sidi.",
      "Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan (LPS) itu pun menegaskan dirinya tidak merinci data.",
      "“Saya tidak pernah merinci data per daerah,” tuturnya."), ["Purnomo Sidi", "Purnomo Sidi"]),
    # "Menurut penuturan Pak Seno": the speaker behind the noun of speech
    (("Menurut penuturan Pak Seno, istilah Tata Tentram Raharja berasal dari prasasti. “Dari enam prasasti di sini,” "
      "ujarnya.",), "Seno"),
    # an office's short form as the speaker: the person the article named with it
    (("Menteri Agama (Menag) Nasrul Umar membeberkan capaian kementeriannya.",
      "“Anggaran naik dua kali lipat tahun ini,” jelas Menag."), "Nasrul Umar"),
    # after a rank the one word is the name, even when it is also a word; the name after the last rank
    (("“Penegakan hukum bukan kebanggaan kami,” kata Irjen Agus di Mapolresta Sidoarjo.",), "Agus"),
    (("“Kami menerima informasi itu kemarin,” ujar Kapolsek SU I AKP Heri kepada wartawan.",), "Heri"),
    # after "Menurut" two words are the source's name, even a title and a word ("Ratu Dewa", "Raja Sinaga")
    (("Pansus II dan Pansus V menyoroti dua rancangan peraturan.",
      "Menurut Raja Sinaga, pengkajian lanjutan tersebut diperlukan.",
      "“Kebijakan ini tidak boleh berhenti di atas kertas,” katanya."), "Raja Sinaga"),
    # "Ketiganya" (the three of them) is no name
    (("“Semua prasasti menegaskan prinsip keteraturan dan kedamaian di kerajaan itu.” Ketiganya menegaskan hal itu.",),
     None),
])
def test_places_offices_and_anaphora_are_not_the_speaker(paragraphs, expected):
    resolved, cast = cast_of(*paragraphs)
    assert [speaker(resolved, q) for q in cast.quotes] == (expected if isinstance(expected, list) else [expected])


def test_the_article_the_actor_page_and_the_data_show_the_same_attribution(tmp_path):
    """One built archive: the article's "Kutipan" list, the speaker's actor page and data/articles.json agree on
    each quote's speaker — an actor page, a name printed without a page, a document."""
    import json

    from conftest import arsip, make_project

    project = make_project(tmp_path / "project")
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    (project / "seeds" / "jembatan.txt").write_text(
        "Jembatan Cisomang Dibuka Lagi Pekan Depan\n\nSenin, 3 Maret 2025 - 10:15 WIB\n\n"
        "BANDUNG - Menteri Perhubungan Budi Santoso mengatakan jembatan itu dibuka pekan depan setelah perbaikan "
        "selesai dan diuji dua kali.\n\n"
        "“Semua kendaraan boleh lewat mulai Senin pagi,” kata Budi Santoso di Bandung.\n\n"
        "“Air sudah surut sejak subuh,” ujar Hendi kepada wartawan.\n\n"
        "“Setiap warga berhak atas bantuan hukum,” bunyi keterangan dalam dokumen tersebut.\n", encoding="utf-8")
    arsip("build", cwd=project)
    site = project / "site"
    data = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    (article,) = data["articles"] if isinstance(data, dict) else data
    quotes = {q["text"][:12]: q for q in article["quotes"]}
    assert quotes["Semua kendar"]["speaker"] and not quotes["Semua kendar"]["speaker_name"]
    assert quotes["Air sudah su"]["speaker"] is None and quotes["Air sudah su"]["speaker_name"] == "Hendi"
    assert quotes["Setiap warga"]["from_document"] and quotes["Setiap warga"]["speaker"] is None

    page = next(p for p in (site / "articles").rglob("index.html") if "jembatan" in str(p).lower())
    html = page.read_text(encoding="utf-8")
    kutipan = html[html.index('id="kutipan"'):]
    items = re.findall(r"<li>(.*?)</li>", kutipan, re.S)
    by_text = {re.sub(r"<[^>]+>", "", item).split("”")[0].lstrip("“")[:12]: item for item in items}
    assert "Budi Santoso" in by_text["Semua kendar"] and "<a href" in by_text["Semua kendar"]
    assert by_text["Air sudah su"].rstrip().endswith("Hendi")
    assert "dokumen yang dikutip" in by_text["Setiap warga"]

    actor_link = re.search(r'href="([^"]+)"', by_text["Semua kendar"]).group(1)
    actor_page = (page.parent / actor_link).resolve()
    actor_page = actor_page / "index.html" if actor_page.is_dir() else actor_page
    actor_html = actor_page.read_text(encoding="utf-8")
    assert "Semua kendaraan boleh lewat mulai Senin pagi" in actor_html
    assert "Air sudah surut" not in actor_html and "Setiap warga berhak" not in actor_html


def test_a_quote_opened_after_a_possessive_and_closed_by_a_bare_cue_is_read_without_a_fault():
    """"The fire's "point of origin …," the statement said.": the apostrophe before the quote left the speaker's
    clause empty, which once stopped the whole run."""
    resolved, cast = cast_of("Fire Department Rules the Market Fire Accidental",
                             "The fire's \"point of origin was the booths in the south of the market,\" the statement said.")
    assert [(q.text, speaker(resolved, q)) for q in cast.quotes] == [
        ("point of origin was the booths in the south of the market", "dokumen")]


@pytest.mark.parametrize("after, expected", [
    # English prints the speaker's description, then the name, then the verb
    ('UNISDR spokesman Denis McClean said.', "Denis McClean"),
    ('local police inspector Manoj Kumar Shahi said.', "Manoj Kumar Shahi"),
    ('the officer, Prakash Gharti Magar, said.', "Prakash Gharti Magar"),
    ('deputy minister for disaster management Dunesh Gankanda told reporters in Colombo.', "Dunesh Gankanda"),
    # a document right before the verb speaks
    ('the circular says.', "dokumen"),
    ("Saturday's alert said.", "dokumen"),
    # an unnamed speaker is shown as described (a person on alert duty, not the alert)
    ('the alert officer said.', "the alert officer"),
    ('officials said, and Maria Santos nodded.', "officials"),
    # traps: a body after "the" is no person; a name after the verb is who was spoken to
    ('the Red Cross said.', None),
    ('the mayor told Maria Santos on Monday.', None),
])
def test_an_english_speaker_named_after_a_description_before_the_verb(after, expected):
    resolved, cast = cast_of("Typhoon Forces Mass Evacuations in the Provinces",
                             f'"More than 100,000 families have left their homes since Friday," {after}')
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


def test_a_quotation_with_no_cue_goes_on_with_the_speaker_just_before_it():
    resolved, cast = cast_of(
        "A former governor was sentenced on Tuesday to two years in prison, officials said.",
        "“No one wants to see the governor in this kind of trouble,” U.S. District Judge James Spencer said before "
        "passing sentence. “It breaks my heart, but a sentence must be imposed.”",
        "“I have never seen a case like this one.”",
        language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == ["James Spencer"] * 3
    # trap: a quote whose closing mark is lost before its own cue is no one else's
    resolved, cast = cast_of("“Banjir setinggi dua meter,” kata Kepala BPBD Jombang Gunadi, Rabu.",
                             "\"Saya tetap di rumah untuk menjaga rumah, kalau anak-anak semua mengungsi,” kata Warsi, "
                             "warga.")
    assert speaker(resolved, cast.quotes[-1]) != "Gunadi"


def test_a_speaker_set_off_by_an_apposition_and_a_rank_abbreviated():
    resolved, cast = cast_of(
        "Surya Wirawan, head of the Tabanan Health Agency, said “most of the victims were bitten on the feet” and "
        "that all had been vaccinated.",
        "\"The watch saw what looked like longline fishing in U.S. waters,\" said Lt. Cmdr. Jay Caputo, fisheries "
        "enforcement officer with the district.",
        language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Surya Wirawan", "Jay Caputo"]


def test_a_slogan_in_quotes_under_a_speakers_quote_is_not_his():
    resolved, cast = cast_of("“Kami menyesuaikan aturan internal kami dengan undang-undang,” kata Ketua KPU Afifuddin.",
                             "“Detik Pagi, Jangan Tidur Lagi!”")
    assert [speaker(resolved, q) for q in cast.quotes][1:] in ([None], [])


def test_an_initials_full_stop_ends_no_sentence_but_one_before_a_name_does():
    paragraph = "Jembatan itu diresmikan Bupati Sukabumi H. Marwan Hamami. Warga bergembira."
    assert sentence_start(paragraph, paragraph.index("Marwan")) == 0
    assert sentence_start(paragraph, paragraph.index("Warga")) == paragraph.index("Warga")
    listed = "1. Siti Aisyah, Direktur PT Contoh Abadi2. Budi Santoso, karyawan swasta"
    assert sentence_start(listed, listed.index("Budi")) == listed.index("Siti")


def test_a_quote_opening_its_sentence_is_of_the_source_named_in_the_sentence_before():
    resolved, cast = cast_of("Ekonom Frederic Docquier berbicara dalam seminar di Luxembourg, Senin.",
                             "Menurut Docquier, diskriminasi juga punya dampak ekonomi. \"Kelompok yang terdiskriminasi "
                             "membayar pajak lebih sedikit dibanding potensi mereka.\"")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Frederic Docquier"]


def test_a_pronouns_speaker_is_the_subject_of_the_sentence_right_before_the_quote():
    resolved, cast = cast_of("Presiden Prabowo Subianto mengaku malu dengan kasus mantan Wamenaker Immanuel Ebenezer "
                             "atau Noel. Sebab, Noel merupakan anggota partainya.",
                             "Prabowo mengatakan beberapa hari setelahnya ada anggota partai, yakni Noel, terjaring OTT "
                             "KPK. Prabowo lalu menegaskan Noel masih berstatus anggota, bukan kader.",
                             "\"Dia anggota, belum kader, dia belum ikut pendidikan kader,\" ujarnya.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Prabowo Subianto"]


def test_a_straight_mark_closed_by_a_curly_one_is_a_quote_and_a_surname_that_is_an_office():
    resolved, cast = cast_of("Superintendent Michelle King spoke to parents on Tuesday after the fight at the school.",
                             "\"We will not tolerate violence of any kind on our campuses,” King said.",
                             language="en")
    assert [(q.text, speaker(resolved, q)) for q in cast.quotes] == [
        ("We will not tolerate violence of any kind on our campuses", "Michelle King")]


def test_a_body_described_not_named_is_the_body_the_article_named_before():
    resolved, cast = cast_of("Bank Negara Malaysia kept its policy rate at 3.25 per cent on Wednesday, as expected.",
                             "“Inflation is projected to average lower this year,” the central bank said in a statement.",
                             "“Prices of food will stay high,” the agency said.",
                             language="en")
    # a description that fits no body the article named is shown as printed, never given to the bank
    assert [speaker(resolved, q) for q in cast.quotes] == ["Bank Negara Malaysia", "the agency"]
    resolved, cast = cast_of("PT Contoh Abadi Tbk membuka pabrik baru di Cikarang pada Senin.",
                             "“Pabrik ini akan mempekerjakan 500 orang,” kata perusahaan itu dalam keterangannya.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["PT Contoh Abadi Tbk"]


def test_a_speaker_set_off_by_commas_before_the_verb_and_a_long_clause_after_a_described_speaker():
    resolved, cast = cast_of(
        "Bali began charging the levy on Wednesday, officials said.",
        "The acting governor of Bali, Sang Made Mahendra Jaya, said at the launch that \"the levy is meant to "
        "protect the island's culture and environment.\"",
        "“We have been stuck for more than 48 hours in freezing cold and nobody has helped,” passenger Yasin Mir "
        "said by phone from Batote, a mountain town halfway along the highway.",
        "Prince Sultan Bin Salman, President of the Saudi Commission for Tourism and Antiquities, said visas would "
        "be easier. “We will soon announce new visa packages for travellers,” he said.",
        language="en")
    speakers = [speaker(resolved, q) for q in cast.quotes]
    assert speakers[:2] == ["Sang Made Mahendra Jaya", "Yasin Mir"]
    assert speakers[2] != "Commission for Tourism and Antiquities"  # trap: a body ending a title in apposition


def test_a_curly_opening_mark_closed_by_a_straight_one_is_a_quote():
    resolved, cast = cast_of("Penjaga perlintasan, Doni Saputra, mengatakan mobil berhenti di tengah rel.",
                             "“Mobilnya berhenti persis di tengah perlintasan,\" kata Doni kepada wartawan, Senin.",
                             "“Warga sudah berteriak, tapi sopirnya panik,” kata Doni.")
    assert [(q.text, speaker(resolved, q)) for q in cast.quotes] == [
        ("Mobilnya berhenti persis di tengah perlintasan", "Doni"),
        ("Warga sudah berteriak, tapi sopirnya panik", "Doni")]


@pytest.mark.parametrize("paragraphs, english, expected", [
    # an unnamed speaker described in lower case: the quote goes to the description as printed, up to the word
    # that tells where or to whom it was said
    (('"Evidence of illegal gambling was located and seized," police said in a statement.',), True, ["police"]),
    (('"If the fire department had come quickly, such losses would have been avoided," another trader said.',),
     True, ["another trader"]),
    (('"It was terrible, the car just flipped over," said a witness who saw the crash.',), True, ["a witness"]),
    (('A farmer from the coastal village said: "Paddy fields close to the sea were damaged the most."',), True,
     ["a farmer"]),
    (("“Ayam mati beruntun, jadi kami segera melapor,” kata seorang warga kepada wartawan di Banda Aceh.",),
     False, ["seorang warga"]),
    # and the same speaker goes on: a pronoun after it is the described speaker, not anyone named before
    (("Kepala Dinas Peternakan Budi Santoso meminta warga melapor.",
      "“Ayam mati beruntun, jadi kami segera melapor,” kata seorang warga.",
      "“Setiap hari makin banyak yang mati, keluarga saya takut,” katanya."), False,
     ["seorang warga", "seorang warga"]),
    # a body described, the article naming none: shown as described
    (('"The rates will stay where they are," the ministry said.',), True, ["the ministry"]),
    # traps: a government is no speaker's noun, and a place named before the verb is no speaker
    (('"Paddy fields close to the sea were damaged the most," Mudon Township said.',), True, [None]),
    (("“Harga beras akan turun pekan depan,” kata pemerintah.",), False, [None]),
])
def test_an_unnamed_speaker_described_in_lower_case_is_shown_as_described(paragraphs, english, expected):
    resolved, cast = cast_of("Warga Melapor", *paragraphs, language="en" if english else "id")
    assert [speaker(resolved, q) for q in cast.quotes] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # the one person a sentence names, announcing the quote with a colon, whatever the verb
    ('Chief Minister Mamata Banerjee sharply criticised the Centre: "They should have secured enough gas reserves '
     'before imposing restrictions."', "Mamata Banerjee"),
    # "was quoted as saying" after a name set off by its apposition
    ('"The policy rate will remain unchanged," Mohammad Habibur Rahman, a deputy governor of the bank, was quoted '
     'as saying by local media.', "Mohammad Habibur Rahman"),
    # traps: two people in the sentence before the colon, and a colon with nobody named
    ('Mamata Banerjee and Arvind Kejriwal both attacked the policy: "Supplies have stopped for restaurants."', None),
    ('The notice on the gate read: "Closed until further notice for repairs."', None),
])
def test_a_quote_announced_by_a_colon_and_one_quoted_as_saying(paragraph, expected):
    resolved, cast = cast_of("Gas Shortage Hits Restaurants", paragraph, language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


@pytest.mark.parametrize("after, expected", [
    # the body the speaker is named with, between the name and the verb
    ("Chris Capra of the Example Utility District told reporters on Wednesday.", "Chris Capra"),
    ("Jane Doe from Example Power said.", "Jane Doe"),
    # a body's long name joined by "and" before the speaker's title and name: the speaker, not the place it opens with
    ("says Texas and Southwestern Cattle Raisers Association Special Ranger Bart Perrier.", "Bart Perrier"),
    # traps: two people joined by "and" are each a name's length, and the first who spoke is read
    ("said Jane Doe and John Roe on Wednesday.", "Jane Doe"),
    ("said Smith and Jones on Wednesday.", "Smith"),
])
def test_a_speaker_named_with_the_body_they_speak_for(after, expected):
    resolved, cast = cast_of("Storm cuts power to thousands",
                             f'"We are getting there as fast as we can," {after}')
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


@pytest.mark.parametrize("before, expected", [
    # the speaker named with their office and the body they speak for, the quote after the verb
    ("Assistant Chief Deputy Jane Doe of the Example County Sheriff’s Office said,", "Jane Doe"),
    # trap: a person named with a body earlier in the sentence, someone else speaking, is not the speaker
    ("Divers found John Roe of the Example Utility District, and a deputy said,", None),
])
def test_a_speaker_named_with_the_body_they_speak_for_before_the_quote(before, expected):
    resolved, cast = cast_of("Bodies of crash victims recovered",
                             f"{before} “We had better visibility today, and we mapped the aircraft.”", language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


@pytest.mark.parametrize("after, expected", [
    # a place's name before the speaker's noun, or after a preposition, describes the speaker: no name of theirs
    ("said a 43-year-old Example Terrace woman who was shopping there with her husband.", None),
    ("said the owner of Example Terrace on Monday.", None),
    ("said a man from Example Terrace as he left.", "a man"),
    # trap: the body a spokesman speaks for speaks
    ("said a spokesman for Example Power.", "Example Power"),
    # trap: a name after an office, the clause going on, is the speaker's
    ("said a witness, Jane Doe.", "Jane Doe"),
])
def test_a_place_named_in_the_speakers_description_is_no_speaker(after, expected):
    resolved, cast = cast_of("Boy freed from escalator", f'"We are getting there as fast as we can," {after}',
                             language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


def test_a_body_and_a_role_after_said_describe_the_speaker_named_after_them():
    resolved, cast = cast_of("Gondola Stops at Ski Resort",
                             '"The lift stopped as it was designed to," said Example Resort spokeswoman Jane Roe.')
    assert [speaker(resolved, q) for q in cast.quotes] == ["Jane Roe"]
    # trap: a reporter told something is who heard it, not who spoke
    resolved, cast = cast_of("Gondola Stops at Ski Resort",
                             '"The lift stopped as it was designed to," told Example News reporter Jane Roe.')
    assert [speaker(resolved, q) for q in cast.quotes] != ["Jane Roe"]
    # trap: a speaker named, then who they spoke to ("kepada petugas Polsek …"): the speaker, not the police post
    resolved, cast = cast_of("Bus Masuk Jurang",
                             '"Kami saling berpegangan pada kursi," kata Fajarudin kepada petugas Polsek Contoh Utara.')
    assert [speaker(resolved, q) for q in cast.quotes] == ["Fajarudin"]


@pytest.mark.parametrize(("after", "expected"), [
    ('said a 43-year-old from Example Town in a statement.', "a 43-year-old"),
    ('said a resident of Example Town in a statement.', "a resident"),
    # traps: with no one described before it, the statement itself speaks
    ('said in a statement.', "dokumen"),
    ('said the statement.', "dokumen"),
    ('says a news story on the government\'s website.', "dokumen"),
])
def test_someone_described_before_in_a_statement_speaks_through_it(after, expected):
    resolved, cast = cast_of("Gondola Stops at Ski Resort", f'"The lift stopped as it was designed to," {after}')
    assert [speaker(resolved, q) for q in cast.quotes] == [expected]


def test_he_after_a_quote_is_the_person_named_once_before_it_by_who_not_the_last_speaker():
    resolved, cast = cast_of(
        "Waterspout comes ashore",
        'A couple visiting from Oregon saw the funnel. Molly Hansbrough, the wife, said that "it was very '
        'exciting, especially when you saw it."',
        'Rob Kavala, who also saw it, filmed it. "I was riding my bike, I pulled over and started recording," '
        "he told CBS.", language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Molly Hansbrough", "Rob Kavala"]


def test_a_quote_announced_by_a_colon_goes_to_the_one_quoted_before_it_not_the_name_opening_the_next_sentence():
    resolved, cast = cast_of(
        "Jane Roe, the curator of the company, was quoted by the news agency as saying: “We have opened the options "
        "to lease the factories.” Trade Minister John Doe told a business weekly that several investors were "
        "interested.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Jane Roe"]
    # trap: without the colon's announcement, the name right after a quote closed by a comma speaks it
    resolved, cast = cast_of("Jane Roe said the talks with the investors went well. “We have opened the options to "
                             "lease the factories,” John Doe added on Monday.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["John Doe"]


def test_a_possessive_name_and_a_counsels_role_after_says_describe_the_speaker_named_after_them():
    resolved, cast = cast_of("“We know he did not really know the man,” says Hambali’s lead defence counsel Jim "
                             "Hodes.", language="en")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Jim Hodes"]
    assert [a.name for a in resolved.actors.values() if a.kind == "person"] == ["Jim Hodes"]


def test_a_scholar_or_artist_of_a_region_before_a_comma_is_the_title_of_the_name_after_it():
    resolved, cast = cast_of("“Kami akan terus menanyakan hal ini,” ujar Budayawan Babel, Ahmadi Sopyan.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Ahmadi Sopyan"]
    assert [a.name for a in resolved.actors.values() if a.kind == "person"] == ["Ahmadi Sopyan"]


def test_an_office_pointing_back_mid_sentence_reports_for_the_one_named_before_not_the_one_it_tells_of():
    opening = ("Yang tewas adalah Muhammad Dimas (23), ketua komplotan begal itu.",
               "“Total ada 11 TKP,” ucap Kapolrestabes Medan, Kombes Pol Gidion Arif Setyawan, Senin.")
    resolved, cast = cast_of(*opening, "Dalam penangkapan itu, kata mantan Kapolsek Pancur Batu tersebut, Dimas "
                             "melawan petugas.", "“Yang tewas itu ketuanya,” pungkasnya.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Gidion Arif Setyawan", "Gidion Arif Setyawan"]
    # trap: with no one reporting it, the sentence tells of Dimas alone, and "-nya" after it is his
    resolved, cast = cast_of(*opening, "Dalam penangkapan itu, Dimas melawan petugas.",
                             "“Yang tewas itu ketuanya,” pungkasnya.")
    assert [speaker(resolved, q) for q in cast.quotes] == ["Gidion Arif Setyawan", "Muhammad Dimas"]
